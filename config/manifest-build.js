/**
 * What `npm run build` does to manifest.xml on its way to dist/web/manifest.xml, the file a
 * province hands out: the add-in's URLs on the address it is built for (PAR_SCORER_BASE_URL, else
 * the development server), an optional support page of the province's own (PAR_SCORER_SUPPORT_URL),
 * and a header comment that says what this copy is. Plain CommonJS so webpack.config.js can require it.
 */
'use strict';

const { DEV_BASE_URL, baseUrl, normalizeBaseUrl, rewriteManifest } = require('./urls.js');

/** The committed manifest's header comment, which describes the source file, not a built copy. */
const SOURCE_COMMENT = /<!--\s*PAR Scorer add-in manifest[\s\S]*?-->/;

function isDevelopmentBuild(env = process.env) {
  return baseUrl(env) === DEV_BASE_URL;
}

function supportUrl(env = process.env) {
  const url = env.PAR_SCORER_SUPPORT_URL;
  if (!url) return undefined;
  let parsed;
  try {
    parsed = new URL(String(url).trim());
  } catch {
    throw new Error(`PAR_SCORER_SUPPORT_URL is not a URL: "${url}"`);
  }
  if (parsed.protocol !== 'https:') throw new Error(`PAR_SCORER_SUPPORT_URL must use https: "${url}"`);
  return parsed.href;
}

function builtComment(env) {
  const base = baseUrl(env);
  const lines = isDevelopmentBuild(env)
    ? [
        `PAR Scorer add-in manifest built by \`npm run build\` for the development address ${base}`,
        '(`npm run dev-server` on the same computer). Not for deployment: build again with',
        'PAR_SCORER_BASE_URL set to the HTTPS address that serves dist/web (docs/install-guide.md).',
      ]
    : [
        `PAR Scorer add-in manifest built by \`npm run build\` for ${base}, which must serve the files`,
        'of this folder (dist/web) over HTTPS. This is the file to upload in the Microsoft 365 admin',
        'center or to put in a network-share catalog (docs/huong-dan-cai-dat.md, docs/install-guide.md).',
      ];
  return ['<!--', ...lines.map((line) => `  ${line}`), '-->'].join('\n');
}

/** The manifest as written to dist/web: URLs, support page and header comment for this build. */
function builtManifest(xml, env = process.env) {
  const text = String(xml);
  if (!SOURCE_COMMENT.test(text)) throw new Error('manifest.xml: the header comment "PAR Scorer add-in manifest …" is missing');
  let out = isDevelopmentBuild(env) ? text : rewriteManifest(text, normalizeBaseUrl(env.PAR_SCORER_BASE_URL));
  const support = supportUrl(env);
  if (support) out = out.replace(/<SupportUrl DefaultValue="[^"]*"\s*\/>/, `<SupportUrl DefaultValue="${support.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" />`);
  return out.replace(SOURCE_COMMENT, builtComment(env));
}

/** The line `npm run build` prints, so nobody deploys a build that points at localhost unawares. */
function buildNotice(env = process.env) {
  const base = baseUrl(env);
  if (isDevelopmentBuild(env)) {
    return (
      `dist/web was built for the development address ${base}: its manifest.xml only works with ` +
      '`npm run dev-server` on the same computer. For a deployment run ' +
      'PAR_SCORER_BASE_URL=https://<your server>/<path> npm run build (docs/install-guide.md).'
    );
  }
  return `dist/web was built for ${base}: serve this folder at that address over HTTPS and hand out dist/web/manifest.xml.`;
}

module.exports = { builtManifest, buildNotice, isDevelopmentBuild, supportUrl };
