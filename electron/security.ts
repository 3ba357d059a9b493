// Web-content hardening: the kiosk shows only its own bundled renderer, so every way out of it
// (navigation, redirects, pop-ups, <webview>) is refused, and of all browser permissions only the
// camera (video, no microphone) is granted, to the app's own main frame.
import type {
  Event,
  HandlerDetails,
  MediaAccessPermissionRequest,
  PermissionCheckHandlerHandlerDetails,
  Session,
  WebContentsWillFrameNavigateEventParams,
  WebContentsWillNavigateEventParams,
  WebContentsWillRedirectEventParams,
  WebPreferences,
  WindowOpenHandlerResponse,
} from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { silentLogger, type Logger } from './log';
import { isSameOrigin, requireOrigin } from './origin';

/**
 * Sent on every app:// response (protocol.ts), workers included. The policy itself lives in
 * shared/csp.ts so the renderer's production meta tag and the e2e server send the same one:
 * 'wasm-unsafe-eval' for the zxing decoder without eval(), nothing remote.
 */
export const contentSecurityPolicy: string = CONTENT_SECURITY_POLICY;

/** The part of WebContents this module uses; Electron's WebContents satisfies it. */
export interface HardenableContents {
  on(
    event: 'will-navigate',
    listener: (event: Event<WebContentsWillNavigateEventParams>) => void,
  ): unknown;
  on(
    event: 'will-redirect',
    listener: (event: Event<WebContentsWillRedirectEventParams>) => void,
  ): unknown;
  on(
    event: 'will-frame-navigate',
    listener: (event: Event<WebContentsWillFrameNavigateEventParams>) => void,
  ): unknown;
  on(
    event: 'will-attach-webview',
    listener: (
      event: Event,
      webPreferences: WebPreferences,
      params: Record<string, string>,
    ) => void,
  ): unknown;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
}

export interface OriginOptions {
  /** e.g. 'app://kiosk'; anything else is foreign. */
  appOrigin: string;
  log?: Logger;
}

export function hardenWebContents(contents: HardenableContents, options: OriginOptions): void {
  const appOrigin = requireOrigin(options.appOrigin);
  const log = options.log ?? silentLogger;

  const guardNavigation =
    (kind: string) =>
    (event: { url: string; preventDefault(): void }): void => {
      if (isSameOrigin(event.url, appOrigin)) return;
      event.preventDefault();
      log.warn(`Blocked ${kind} to a foreign URL`, { url: event.url });
    };

  // will-navigate covers the main frame, will-frame-navigate every frame (frame-src 'none'
  // should stop frames earlier; this is the second lock), will-redirect server-side hops.
  contents.on('will-navigate', guardNavigation('navigation'));
  contents.on('will-frame-navigate', guardNavigation('frame navigation'));
  contents.on('will-redirect', guardNavigation('redirect'));

  // No pop-ups of any kind, same-origin included: a second window would escape kiosk mode.
  contents.setWindowOpenHandler((details) => {
    log.warn('Blocked window.open', { url: details.url });
    return { action: 'deny' };
  });

  contents.on('will-attach-webview', (event, _webPreferences, params) => {
    event.preventDefault();
    log.warn('Blocked <webview>', { src: params['src'] });
  });
}

type RequestHandler = Parameters<Session['setPermissionRequestHandler']>[0] & {};
type CheckHandler = Parameters<Session['setPermissionCheckHandler']>[0] & {};
export type RequestedPermission = Parameters<RequestHandler>[1];
export type CheckedPermission = Parameters<CheckHandler>[1];
type RequestDetails = Parameters<RequestHandler>[3];

function isVideoOnly(mediaTypes: readonly string[] | undefined): boolean {
  return (
    mediaTypes !== undefined && mediaTypes.length > 0 && mediaTypes.every((t) => t === 'video')
  );
}

/** Permission requests (getUserMedia and friends): only the app's main frame, camera only. */
export function isAllowedPermissionRequest(
  permission: RequestedPermission,
  details: RequestDetails,
  appOrigin: string,
): boolean {
  if (permission !== 'media') return false;
  // Electron documents the details of a 'media' request as a MediaAccessPermissionRequest.
  const media: MediaAccessPermissionRequest = details;
  if (!media.isMainFrame || !isSameOrigin(media.requestingUrl, appOrigin)) return false;
  if (media.securityOrigin !== undefined && !isSameOrigin(media.securityOrigin, appOrigin)) {
    return false;
  }
  return isVideoOnly(media.mediaTypes);
}

/** Synchronous permission checks (permissions.query, device enumeration): the same rule. */
export function isAllowedPermissionCheck(
  permission: CheckedPermission,
  requestingOrigin: string,
  details: PermissionCheckHandlerHandlerDetails,
  appOrigin: string,
): boolean {
  if (permission !== 'media' || details.mediaType !== 'video') return false;
  if (!details.isMainFrame || details.embeddingOrigin !== undefined) return false;
  if (!isSameOrigin(requestingOrigin, appOrigin)) return false;
  if (details.securityOrigin !== undefined && !isSameOrigin(details.securityOrigin, appOrigin)) {
    return false;
  }
  return true;
}

export type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler'
>;

export function installPermissionHandlers(
  session: PermissionSession,
  options: OriginOptions,
): void {
  const appOrigin = requireOrigin(options.appOrigin);
  const log = options.log ?? silentLogger;

  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const granted = isAllowedPermissionRequest(permission, details, appOrigin);
    if (!granted) {
      log.warn('Denied permission request', { permission, url: details.requestingUrl });
    }
    callback(granted);
  });

  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isAllowedPermissionCheck(permission, requestingOrigin, details, appOrigin),
  );
}
