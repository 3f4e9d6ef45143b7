/**
 * The manifest for a deployment: every add-in URL in manifest.xml points at the dev server
 * (https://localhost:3000/); a production build points them at the address the add-in is hosted
 * at, as Microsoft's Office-Addin-TaskPane template does with its urlDev/urlProd pair. The one place
 * that address comes from is the KAM_ADDIN_URL environment variable (see docs/taskpane.md).
 */
const DEV_URL = "https://localhost:3000/";

/**
 * Normalised hosting address: https, ending in "/".
 * @example hostingUrl("https://kam.example.com/addin") // "https://kam.example.com/addin/"
 */
function hostingUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`KAM_ADDIN_URL is not a URL: '${raw}'`);
  }
  // Office loads add-ins over https only (https://learn.microsoft.com/office/dev/add-ins/concepts/requirements-for-running-office-add-ins).
  if (url.protocol !== "https:") throw new Error(`KAM_ADDIN_URL must start with https:// (Office loads add-ins over https only): '${raw}'`);
  if (url.search || url.hash) throw new Error(`KAM_ADDIN_URL must be a plain folder address, without ?query or #fragment: '${raw}'`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * manifest.xml with its dev-server URLs moved to `baseUrl`.
 * @example rehostManifest('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>', "https://kam.example.com/")
 *   // '<SourceLocation DefaultValue="https://kam.example.com/taskpane.html"/>'
 */
function rehostManifest(xml, baseUrl) {
  const base = hostingUrl(baseUrl);
  // Escaped for XML attributes: a URL may hold & (query strings are refused above, but paths may not).
  const escaped = base.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  return xml.split(DEV_URL).join(escaped);
}

module.exports = { DEV_URL, hostingUrl, rehostManifest };
