// Packaging of the kiosk: a .deb for Linux kiosks (x64, arm64) and an NSIS installer for Windows
// (x64). electron-builder 26 loads this TypeScript file itself (through jiti):
//   electron-builder --config build/electron-builder.config.ts      (npm run dist)
// Nothing here has been run end to end: electron-builder downloads Electron, which our machines
// cannot reach. tests/unit/electron/builder-config.test.ts checks the configuration, the fuses
// hook and the Linux files instead (see README, "What was and was not run").
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'electron-builder';
import { afterPack } from './after-pack';

export const APP_ID = 'be.tumo.liege.accueil';
export const PRODUCT_NAME = 'Accueil';
/** Linux binary and package name: /opt/Accueil/accueil, /usr/bin/accueil. */
export const LINUX_EXECUTABLE = 'accueil';
export const AUTOSTART_TARGET = '/etc/xdg/autostart/accueil.desktop';
/** The session loop the autostart entry runs: restarts the kiosk when it stops on a failure. */
export const SESSION_TARGET = '/usr/lib/accueil/accueil-session';

// Placeholders until the centre names a contact for the package metadata (the deb needs a
// maintainer and a homepage). `.invalid` is reserved (RFC 2606): it cannot reach anyone by mistake.
const MAINTAINER = 'TUMO Liège <accueil@tumo-liege.invalid>';
const HOMEPAGE = 'https://tumo-liege.invalid/accueil';

const here = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));
export const AUTOSTART_SOURCE = here('./linux/accueil-autostart.desktop');
export const SESSION_SOURCE = here('./linux/accueil-session');

const config: Configuration = {
  appId: APP_ID,
  productName: PRODUCT_NAME,
  copyright: 'TUMO Liège',
  directories: {
    buildResources: 'build',
    // Inside dist/, which git, ESLint and Prettier already ignore.
    output: 'dist/packages',
  },
  // Only the built bundles: main.cjs requires nothing but electron and Node built-ins and the
  // renderer's kiosk build is bundled by Vite (never dist/renderer, the web build with its demo),
  // so no source, test, source map or node_modules is shipped.
  // (electron-builder adds package.json itself: Electron reads "main" from it.)
  files: ['dist-electron/**/*', 'dist/kiosk/**/*', '!**/*.map'],
  asar: true,
  // Resolving to false tells electron-builder that node_modules are handled elsewhere: it then
  // neither installs/rebuilds nor copies the production dependencies (the server's Fastify and
  // PostgreSQL drivers would otherwise land in the kiosk's app.asar).
  beforeBuild: async () => false,
  afterPack,
  // Fuses are flipped once, by our afterPack hook; electron-builder's own electronFuses stays unset.
  electronFuses: null,
  // Updates are installed by hand or by a managed package repository (DEPLOY.md): no auto-update
  // feed, so no app-update.yml and no network call from the kiosk to a release server.
  publish: null,
  // The kiosk speaks French, Dutch, German and English; Chromium falls back on en-US.
  electronLanguages: ['fr', 'nl', 'de', 'en-US', 'en-GB'],
  extraMetadata: { homepage: HOMEPAGE },

  linux: {
    target: [{ target: 'deb', arch: ['x64', 'arm64'] }],
    executableName: LINUX_EXECUTABLE,
    icon: 'build/icons',
    category: 'Education',
    synopsis: 'Check-in kiosk of TUMO Liège',
    description: 'Offline-first check-in kiosk: learners show their QR badge and are greeted.',
    maintainer: MAINTAINER,
    vendor: 'TUMO Liège',
  },
  deb: {
    // Replaces electron-builder's default: the Chromium sandbox helper is always setuid root
    // (see the script for why).
    afterInstall: 'build/linux/after-install.tpl',
    // Extra files for fpm, as source=destination. Files under /etc become dpkg conffiles, so an
    // admin who disables the autostart entry keeps that change across updates. The session
    // loop (not a conffile) is replaced by each update; the post-install script makes it
    // executable whatever mode fpm kept.
    fpm: [`${AUTOSTART_SOURCE}=${AUTOSTART_TARGET}`, `${SESSION_SOURCE}=${SESSION_TARGET}`],
    // safeStorage (the sync device token) needs a Secret Service on Linux; without one the kiosk
    // refuses to keep the token and does not sync (electron/device-token.ts).
    recommends: ['gnome-keyring'],
  },

  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'build/icon.ico',
  },
  nsis: {
    // A per-user, one-click install into %LOCALAPPDATA%\Programs\Accueil for the kiosk's Windows
    // account: no administrator needed, and the login item (electron/login-item.ts) is written
    // for that same user when the installer starts the app at the end.
    oneClick: true,
    perMachine: false,
    runAfterFinish: true,
    createDesktopShortcut: false,
    createStartMenuShortcut: true,
    // The kiosk's IndexedDB lives in userData: uninstalling or reinstalling must never delete
    // check-ins that have not reached the server yet.
    deleteAppDataOnUninstall: false,
  },
};

export default config;
