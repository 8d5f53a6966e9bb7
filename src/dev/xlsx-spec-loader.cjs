/**
 * Webpack loader: `import spec from '…/example.xlsx'` yields the fake-workbook spec of that file,
 * converted in node with exceljs at build time (see xlsx-to-spec.ts).
 */
const { require: tsxRequire } = require('tsx/cjs/api');

module.exports = function xlsxSpecLoader() {
  const callback = this.async();
  const { readExampleSpec } = tsxRequire('./xlsx-to-spec.ts', __filename);
  readExampleSpec(this.resourcePath)
    .then((spec) => callback(null, `export default ${JSON.stringify(spec)};`))
    .catch((error) => callback(error));
};
