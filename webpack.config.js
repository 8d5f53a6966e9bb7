/**
 * Web build of the add-in (dist/web), kept apart from the CLI's tsc build (dist/cli).
 *
 *   webpack --mode production                 -> dist/web: taskpane (pane + commands + functions), functions.json, help page, assets, manifest
 *   webpack --mode development --env playground -> dist/playground: the pane beside a fake workbook
 *   webpack --mode production --env fake      -> dist/fake/fake-office.js (browser tests)
 *   webpack serve --env dev-server            -> https://localhost:3000 for sideloading into Excel
 */
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { FunctionsMetadataPlugin } = require('./config/functions-metadata.js');

const ROOT = __dirname;
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
// One source for the add-in's URLs: the manifest tooling and the dev server read the same file.
const { DEV_PORT } = require('./config/urls.js');
const { builtManifest, buildNotice, isDevelopmentBuild } = require('./config/manifest-build.js');
const EXAMPLE_WORKBOOK = path.join(ROOT, 'examples', 'daklak-2020-phu-luc-i.xlsx');

const exists = (rel) => fs.existsSync(path.join(ROOT, rel));

/** dist/web/manifest.xml: the committed manifest made into the copy for this build's address. */
function manifestTransform() {
  return (content) => builtManifest(content.toString('utf8'), process.env);
}

/** Says, after every web build, which address the built manifest points at (localhost unless set). */
class BuildAddressNotice {
  apply(compiler) {
    compiler.hooks.done.tap('BuildAddressNotice', (stats) => {
      if (stats.hasErrors()) return;
      const logger = compiler.getInfrastructureLogger('par-scorer');
      if (isDevelopmentBuild(process.env)) logger.warn(buildNotice(process.env));
      else logger.info(buildNotice(process.env));
    });
  }
}

function common(mode, outDir) {
  const production = mode === 'production';
  return {
    mode,
    context: ROOT,
    // No source maps in a production build: dist/web is copied to a public web server as it is.
    devtool: production ? false : 'eval-cheap-module-source-map',
    output: { path: path.join(ROOT, outDir), filename: '[name].js', clean: true, publicPath: '' },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is tsc's job (npm run typecheck); the bundle only needs transpiling.
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: true } } },
        },
        { test: /\.xlsx$/, use: path.join(ROOT, 'src', 'dev', 'xlsx-spec-loader.cjs'), type: 'javascript/auto' },
      ],
    },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}

function paneHtml(officeScript, chunks, filename = 'taskpane.html') {
  return new HtmlWebpackPlugin({
    filename,
    template: path.join(ROOT, 'src', 'taskpane', 'taskpane.html'),
    chunks,
    chunksSortMode: 'manual',
    officeScript,
  });
}

/**
 * The add-in itself, as deployed. One page, taskpane.html, is the shared runtime: it hosts the pane,
 * the ribbon's function command (registered by the pane's entry) and the worksheet functions.
 * functions.js is also the manifest's custom functions Script, so the pane's bundle depends on it
 * instead of carrying a second copy of the domain code; it is loaded first.
 */
function webConfig(mode) {
  const entry = {
    functions: './src/functions/index.ts',
    taskpane: { import: './src/taskpane/index.tsx', dependOn: 'functions' },
  };
  const plugins = [paneHtml(OFFICE_JS, ['functions', 'taskpane']), new FunctionsMetadataPlugin(), new BuildAddressNotice()];
  // help.html is the manifest's SupportUrl and the Get Started callout's Learn more page.
  const patterns = [{ from: 'src/help/help.html', to: 'help.html' }];
  if (exists('assets')) patterns.push({ from: 'assets', to: 'assets', noErrorOnMissing: true });
  for (const file of fs.readdirSync(ROOT).filter((f) => /^manifest.*\.xml$/.test(f))) {
    patterns.push({ from: file, to: file, transform: manifestTransform() });
  }
  if (patterns.length > 0) plugins.push(new CopyWebpackPlugin({ patterns }));
  return { ...common(mode, 'dist/web'), name: 'web', entry, plugins };
}

/** The fake Office/Excel, for the browser tests: they serve it in place of the CDN's office.js. */
function fakeConfig(mode) {
  return {
    ...common(mode, 'dist/fake'),
    name: 'fake',
    devtool: false,
    entry: { 'fake-office': './test/fakes/browser-entry.ts' },
  };
}

/**
 * `npm start`: the real pane (in a 320 px frame, as in Excel) beside a fake workbook built from
 * an example, so anyone can click through the whole flow in a browser without Office.
 */
function playgroundConfig(mode) {
  return {
    ...common(mode, 'dist/playground'),
    name: 'playground',
    entry: {
      playground: './src/dev/index.tsx',
      'office-shim': './src/dev/office-shim.ts',
      // As in the add-in's page, functions.js's entry runs first: it registers the ribbon command.
      taskpane: ['./src/functions/index.ts', './src/taskpane/index.tsx'],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: path.join(ROOT, 'src', 'dev', 'playground.html'),
        chunks: ['playground'],
        officeScript: '',
      }),
      // The shim takes the place of office.js: it runs first and borrows the page's fake Office.
      paneHtml('', ['office-shim', 'taskpane']),
    ],
  };
}

async function devServerConfig(mode) {
  const devCerts = require('office-addin-dev-certs');
  const config = webConfig(mode);
  return {
    ...config,
    // The dev server serves from memory and is meant for localhost: no notice about dist/web.
    plugins: config.plugins.filter((plugin) => !(plugin instanceof BuildAddressNotice)),
    devtool: 'eval-cheap-module-source-map',
    devServer: {
      port: DEV_PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
      // Everything (pages, assets, manifest) is served from the compilation in memory, never a stale dist/.
      static: false,
    },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || (env.playground ? 'development' : 'production');
  if (env.playground) return playgroundConfig(mode);
  if (env.fake) return fakeConfig(mode);
  if (env['dev-server'] || env.WEBPACK_SERVE) return devServerConfig(argv.mode || 'development');
  return webConfig(mode);
};

module.exports.OFFICE_JS = OFFICE_JS;
module.exports.EXAMPLE_WORKBOOK = EXAMPLE_WORKBOOK;
