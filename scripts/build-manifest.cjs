// The manifest names https://localhost:3000/ for development; a deployed build names its host.
// CommonJS so that webpack.config.js and the jest tests can both require it.

const DEV_BASE_URL = "https://localhost:3000/";

/** The base URL as the manifest needs it: https, no query or fragment, ending with "/". */
function normalizeBaseUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`DVCQ_BASE_URL is not a URL: "${raw}"`);
  }
  if (url.protocol !== "https:")
    throw new Error(`DVCQ_BASE_URL must be https (Office loads add-ins only over https): "${raw}"`);
  if (url.search !== "" || url.hash !== "")
    throw new Error(`DVCQ_BASE_URL must not have a query or fragment: "${raw}"`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

function escapeXmlAttribute(text) {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Replaces every https://localhost:3000/ in the manifest text with the base URL. */
function rewriteManifestUrls(manifestXml, baseUrl) {
  return manifestXml.split(DEV_BASE_URL).join(escapeXmlAttribute(normalizeBaseUrl(baseUrl)));
}

module.exports = { DEV_BASE_URL, normalizeBaseUrl, rewriteManifestUrls };
