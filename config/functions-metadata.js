/**
 * The metadata Excel reads for the PAR.* worksheet functions is generated from the JSDoc of
 * src/functions/functions.ts by custom-functions-metadata: that is the Vietnamese file,
 * functions.vi.json (the manifest's vi-VN override). functions.json, the manifest's default, is the
 * same metadata with the English descriptions of src/functions/metadata.en.json, since the generator
 * reads one language only. This small plugin emits both into the web build and fails the build on
 * any metadata error or any description missing in English. It does not use the package's own
 * webpack plugin because that one also appends CustomFunctions.associate() calls to the source,
 * which would throw on pages without CustomFunctions (the browser tests); the add-in registers the
 * functions itself, guarded (src/functions/functions.ts).
 */
'use strict';

const path = require('path');

const FUNCTIONS_SOURCE = path.join(__dirname, '..', 'src', 'functions', 'functions.ts');
const ENGLISH_TEXTS = path.join(__dirname, '..', 'src', 'functions', 'metadata.en.json');
const FUNCTIONS_JSON = 'functions.json';
const FUNCTIONS_VI_JSON = 'functions.vi.json';

function generate(source = FUNCTIONS_SOURCE) {
  const { generateCustomFunctionsMetadata } = require('custom-functions-metadata');
  return generateCustomFunctionsMetadata(source, false);
}

/**
 * The generated metadata with every description replaced by its English text. Throws on a function
 * or parameter without one, or an English text for something that does not exist, so the two
 * languages cannot drift apart.
 */
function localize(metadataJson, texts) {
  const metadata = JSON.parse(metadataJson);
  const missing = [];
  const seen = new Set();
  for (const fn of metadata.functions) {
    const entry = texts[fn.id];
    seen.add(fn.id);
    if (!entry || !entry.description) missing.push(fn.id);
    else fn.description = entry.description;
    for (const param of fn.parameters) {
      const text = entry && entry.parameters && entry.parameters[param.name];
      if (!text) missing.push(`${fn.id}(${param.name})`);
      else param.description = text;
    }
    const extra = entry && entry.parameters ? Object.keys(entry.parameters).filter((p) => !fn.parameters.some((q) => q.name === p)) : [];
    for (const p of extra) missing.push(`${fn.id}(${p}) is not a parameter`);
  }
  for (const id of Object.keys(texts)) if (!seen.has(id)) missing.push(`${id} is not a function`);
  if (missing.length > 0) throw new Error(`English function descriptions out of step with the JSDoc: ${missing.join(', ')}`);
  return JSON.stringify(metadata, null, 4);
}

function englishTexts(file = ENGLISH_TEXTS) {
  return JSON.parse(require('fs').readFileSync(file, 'utf8'));
}

class FunctionsMetadataPlugin {
  constructor(options = {}) {
    this.source = options.source || FUNCTIONS_SOURCE;
    this.texts = options.texts || ENGLISH_TEXTS;
  }

  apply(compiler) {
    const name = 'FunctionsMetadataPlugin';
    const { WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      // Rebuilt when the JSDoc changes under the dev server.
      compilation.fileDependencies.add(this.source);
      compilation.fileDependencies.add(this.texts);
      compilation.hooks.processAssets.tapPromise({ name, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, async () => {
        const result = await generate(this.source);
        if (result.errors.length > 0) {
          for (const error of result.errors) compilation.errors.push(new WebpackError(`${path.relative(compiler.context, this.source)}: ${error}`));
          return;
        }
        let english;
        try {
          english = localize(result.metadataJson, englishTexts(this.texts));
        } catch (error) {
          compilation.errors.push(new WebpackError(error.message));
          return;
        }
        compilation.emitAsset(FUNCTIONS_VI_JSON, new sources.RawSource(result.metadataJson));
        compilation.emitAsset(FUNCTIONS_JSON, new sources.RawSource(english));
      });
    });
  }
}

module.exports = { FUNCTIONS_SOURCE, ENGLISH_TEXTS, FUNCTIONS_JSON, FUNCTIONS_VI_JSON, generate, localize, englishTexts, FunctionsMetadataPlugin };
