/**
 * functions.json, the metadata Excel reads for the PAR.* worksheet functions, is generated from the
 * JSDoc of src/functions/functions.ts by custom-functions-metadata. This small plugin emits it into
 * the web build and fails the build on any metadata error. It does not use the package's own
 * webpack plugin because that one also appends CustomFunctions.associate() calls to the source,
 * which would throw on pages without CustomFunctions (the browser tests); the add-in registers the
 * functions itself, guarded (src/functions/functions.ts).
 */
'use strict';

const path = require('path');

const FUNCTIONS_SOURCE = path.join(__dirname, '..', 'src', 'functions', 'functions.ts');
const FUNCTIONS_JSON = 'functions.json';

function generate(source = FUNCTIONS_SOURCE) {
  const { generateCustomFunctionsMetadata } = require('custom-functions-metadata');
  return generateCustomFunctionsMetadata(source, false);
}

class FunctionsMetadataPlugin {
  constructor(options = {}) {
    this.source = options.source || FUNCTIONS_SOURCE;
    this.output = options.output || FUNCTIONS_JSON;
  }

  apply(compiler) {
    const name = 'FunctionsMetadataPlugin';
    const { WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      // Rebuilt when the JSDoc changes under the dev server.
      compilation.fileDependencies.add(this.source);
      compilation.hooks.processAssets.tapPromise({ name, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, async () => {
        const result = await generate(this.source);
        if (result.errors.length > 0) {
          for (const error of result.errors) compilation.errors.push(new WebpackError(`${path.relative(compiler.context, this.source)}: ${error}`));
          return;
        }
        compilation.emitAsset(this.output, new sources.RawSource(result.metadataJson));
      });
    });
  }
}

module.exports = { FUNCTIONS_SOURCE, FUNCTIONS_JSON, generate, FunctionsMetadataPlugin };
