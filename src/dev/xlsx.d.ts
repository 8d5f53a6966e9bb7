// Example workbooks are imported as fake-workbook specs (src/dev/xlsx-spec-loader.cjs).
declare module '*.xlsx' {
  import type { ExampleWorkbookSpec } from './xlsx-to-spec';
  const spec: ExampleWorkbookSpec;
  export default spec;
}
