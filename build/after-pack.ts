// electron-builder afterPack hook: flips Electron's fuses in the packed binary, after the app is
// copied and before electron-builder signs it (a signed binary must not change afterwards).
// Fuses remove ways of turning the kiosk binary into something else: a Node interpreter
// (ELECTRON_RUN_AS_NODE), a process that loads code from NODE_OPTIONS or a debugger port, or one
// that runs an app folder placed beside app.asar.
import path from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';

export type FlipFuses = (electronBinaryPath: string, config: FuseV1Config) => Promise<unknown>;

/** The platforms build/electron-builder.config.ts packs for. */
export type PackedPlatform = 'linux' | 'win32';

function isPackedPlatform(name: string): name is PackedPlatform {
  return name === 'linux' || name === 'win32';
}

/**
 * Every fuse @electron/fuses 1.8 knows, set explicitly. strictlyRequireAllFuses stays off:
 * Electron 41's fuse wire may be longer than this package knows, and the unknown fuses keep
 * Electron's defaults rather than failing the build.
 */
export function kioskFuses(platform: PackedPlatform): FuseV1Config {
  return {
    version: FuseVersion.V1,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // Electron validates app.asar against a hash embedded in the executable on Windows (and
    // macOS) only; electron-builder embeds it on Windows. Linux has no support: on there the
    // fuse would protect nothing, so it stays off rather than claim a check that is not made.
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: platform === 'win32',
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    // The renderer is served over app:// (electron/protocol.ts); file:// needs no extra powers.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/** Where electron-builder put the Electron binary, named as its own fuse step names it. */
export function packedBinaryPath(context: AfterPackContext, platform: PackedPlatform): string {
  if (platform === 'linux') {
    // LinuxPackager.executableName (linux.executableName in the configuration).
    const { executableName } = context.packager as unknown as { executableName?: unknown };
    if (typeof executableName !== 'string' || executableName === '') {
      throw new Error('afterPack: the Linux packager has no executableName');
    }
    return path.join(context.appOutDir, executableName);
  }
  return path.join(context.appOutDir, `${context.packager.appInfo.productFilename}.exe`);
}

export function createAfterPack(deps: {
  flipFuses: FlipFuses;
}): (context: AfterPackContext) => Promise<void> {
  return async (context) => {
    const platform = context.electronPlatformName;
    // Refuse rather than ship an unfused binary for a platform nobody reviewed.
    if (!isPackedPlatform(platform)) {
      throw new Error(`afterPack: no fuse policy for platform "${platform}"`);
    }
    await deps.flipFuses(packedBinaryPath(context, platform), kioskFuses(platform));
  };
}

export const afterPack = createAfterPack({ flipFuses });
