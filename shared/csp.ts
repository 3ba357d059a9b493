// The one Content-Security-Policy of the renderer: the Electron protocol handler, the production
// build's meta tag and the e2e test server all send this. WebAssembly compilation is allowed
// (zxing-wasm); no remote script, style, image or frame is. Network requests may go to any
// http(s) origin: the sync server's address is typed by an admin at run time, and a static
// policy (a meta tag, the protocol handler's header) cannot name it in advance.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self' http: https:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The centre's console (served by the sync server under /console): its own origin only, no
 * WebAssembly, never framed. Images may be data: or blob: URLs (QR codes, previews).
 */
export const CONSOLE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'self' blob:",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');
