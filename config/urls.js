/**
 * The one place that knows where the add-in is served. manifest.xml is committed with the
 * development URLs (DEV_BASE_URL); a production build sets PAR_SCORER_BASE_URL and the web build
 * rewrites the manifest with rewriteManifest() (config/manifest-build.js). Plain CommonJS so webpack.config.js can require it.
 */
'use strict';

const DEV_PORT = 3000;
const DEV_BASE_URL = `https://localhost:${DEV_PORT}`;

/** Office only loads add-in pages over https, and a trailing slash would double up in the paths. */
function normalizeBaseUrl(base) {
  const trimmed = String(base).trim().replace(/\/+$/, '');
  let url;
  try {
    url = new URL(trimmed);
  } catch {
    throw new Error(`PAR_SCORER_BASE_URL is not a URL: "${base}"`);
  }
  if (url.protocol !== 'https:') throw new Error(`PAR_SCORER_BASE_URL must use https (Office refuses http): "${base}"`);
  if (url.search || url.hash) throw new Error(`PAR_SCORER_BASE_URL must not have a query or fragment: "${base}"`);
  return trimmed;
}

/** The base URL for this build: the environment's production URL, else the dev server. */
function baseUrl(env = process.env) {
  return env.PAR_SCORER_BASE_URL ? normalizeBaseUrl(env.PAR_SCORER_BASE_URL) : DEV_BASE_URL;
}

function urlsFor(base) {
  const root = normalizeBaseUrl(base);
  return {
    base: root,
    // The shared runtime's one page: pane, ribbon command and worksheet functions.
    taskpane: `${root}/taskpane.html`,
    functionsScript: `${root}/functions.js`,
    functionsMetadata: `${root}/functions.json`,
    assets: `${root}/assets`,
  };
}

/**
 * Replaces every development URL in the manifest text (pages, icons, support page) with base. An
 * AppDomain is an origin (scheme, host, port) and never a path, so it gets base's origin only.
 */
function rewriteManifest(xml, base) {
  const root = normalizeBaseUrl(base);
  const origin = new URL(root).origin;
  return String(xml)
    .split(`<AppDomain>${DEV_BASE_URL}</AppDomain>`)
    .join(`<AppDomain>${origin}</AppDomain>`)
    .split(DEV_BASE_URL)
    .join(root);
}

module.exports = { DEV_PORT, DEV_BASE_URL, normalizeBaseUrl, baseUrl, urlsFor, rewriteManifest };
