// The Content-Security-Policy of every page the add-in serves (taskpane.html, commands.html,
// help.html, preview.html): webpack.config.js writes it into each page's <meta>, first in <head>,
// so it governs everything the page loads, and the browser tests serve the preview page under it
// (test/e2e/support/preview-server.ts), so a violation fails them.
//
// Scripts only from this add-in's origin and Office's CDN (office.js, which Office requires from
// there for published add-ins); no eval, no inline script. Inline styles are allowed: Fluent UI's
// web components set them, and help.html keeps its page styles inline. Office.js talks to Excel
// through postMessage and frames of Office's own hosts, and 3 s after loading, in Excel or not,
// frames its own telemetry proxy (telemetryservice.firstpartyapps.oaspapps.com, in
// o15apptofilemappingtable.js): refused, every pane logged a policy violation
// (test/e2e/real-office-js.test.ts). Plain CommonJS for webpack.config.js.

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline' https://appsforoffice.microsoft.com",
  "img-src 'self' data: https://appsforoffice.microsoft.com",
  "font-src 'self' data:",
  "connect-src 'self' https://appsforoffice.microsoft.com",
  "frame-src 'self' https://*.officeapps.live.com https://*.office.com https://*.microsoft.com https://telemetryservice.firstpartyapps.oaspapps.com",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

module.exports = { CONTENT_SECURITY_POLICY };
