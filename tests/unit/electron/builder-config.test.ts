// Checks the packaging configuration without packaging (electron-builder downloads Electron,
// which is unreachable here): the configuration as electron-builder's own loader and schema
// see it, what goes into app.asar, the fuses hook run against a stand-in binary, and the files
// the deb installs (autostart entry, post-install script, icons).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FuseV1Options, FuseVersion, getCurrentFuseWire, type FuseV1Config } from '@electron/fuses';
import { FileMatcher } from 'app-builder-lib/out/fileMatcher';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { getConfig } from 'app-builder-lib/out/util/config/load';
import { DebugLogger } from 'builder-util';
import type { AfterPackContext, Configuration, TargetConfiguration } from 'electron-builder';
import { describe, expect, it, vi } from 'vitest';
import { afterPack, createAfterPack, kioskFuses } from '../../../build/after-pack';
import config, {
  APP_ID,
  AUTOSTART_SOURCE,
  AUTOSTART_TARGET,
  LINUX_EXECUTABLE,
  PRODUCT_NAME,
  SESSION_SOURCE,
  SESSION_TARGET,
} from '../../../build/electron-builder.config';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const fromRoot = (relative: string): string => path.join(projectRoot, relative);
/** Where the deb puts the app: electron-builder's /opt/<sanitized product name>. */
const INSTALL_DIR = `/opt/${PRODUCT_NAME}`;

function targets(value: unknown): { target: string; arch: string[] }[] {
  return (value as TargetConfiguration[]).map((t) => ({
    target: t.target,
    arch: [t.arch ?? []].flat().map(String),
  }));
}

describe('electron-builder configuration', () => {
  it('loads through electron-builder’s own loader (jiti) and passes its schema', async () => {
    const loaded = await getConfig<Configuration>(
      {
        projectDir: projectRoot,
        packageKey: 'build',
        configFilename: 'electron-builder',
        packageMetadata: null,
      },
      'build/electron-builder.config.ts', // the path `npm run dist` passes
    );
    expect(loaded?.result.appId).toBe(APP_ID);
    expect(typeof loaded?.result.afterPack).toBe('function');
    await expect(
      validateConfiguration(loaded?.result as Configuration, new DebugLogger(false)),
    ).resolves.toBeUndefined();
  });

  it('the npm script passes this file to electron-builder after building', async () => {
    const pkg = JSON.parse(await readFile(fromRoot('package.json'), 'utf8')) as {
      scripts: Record<string, string>;
      main: string;
    };
    expect(pkg.scripts['dist']).toBe(
      'npm run build && electron-builder --config build/electron-builder.config.ts',
    );
    expect(pkg.main).toBe('dist-electron/main.cjs');
  });

  it('names the app: app id, product name, Linux executable', () => {
    expect(config.appId).toBe('be.tumo.liege.accueil');
    expect(config.productName).toBe('Accueil');
    expect(config.linux?.executableName).toBe(LINUX_EXECUTABLE);
    expect(LINUX_EXECUTABLE).toBe('accueil');
  });

  it('builds a deb for x64 and arm64 and an NSIS installer for x64, nothing else', () => {
    expect(targets(config.linux?.target)).toEqual([{ target: 'deb', arch: ['x64', 'arm64'] }]);
    expect(targets(config.win?.target)).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    // AppImage aborts on Ubuntu 23.10+ (sandbox); macOS is not a kiosk platform here.
    expect(config.mac).toBeUndefined();
    expect(config.appImage).toBeUndefined();
  });

  it('ships only the built bundles in an asar, without node_modules', async () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(['dist-electron/**/*', 'dist/kiosk/**/*', '!**/*.map']);
    // false = "node_modules handled elsewhere": electron-builder neither rebuilds nor copies them.
    const beforeBuild = config.beforeBuild as () => Promise<boolean>;
    await expect(beforeBuild()).resolves.toBe(false);
    expect(config.npmRebuild).not.toBe(false); // false would skip beforeBuild altogether
    expect(config.directories?.output).toBe('dist/packages');

    // electron-builder's own matcher, with the package.json it always adds.
    const matcher = new FileMatcher(projectRoot, '/app', (p) => p, [
      ...(config.files as string[]),
      'package.json',
    ]);
    const filter = matcher.createFilter();
    const file = { isDirectory: () => false } as never;
    const shipped = (relative: string): boolean => filter(path.join(projectRoot, relative), file);

    const tracked = execFileSync('git', ['ls-files'], { cwd: projectRoot, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    expect(tracked.length).toBeGreaterThan(100);
    expect(tracked.filter(shipped)).toEqual(['package.json']); // no source, test or config
    for (const built of [
      'dist-electron/main.cjs',
      'dist-electron/preload.cjs',
      'dist/kiosk/index.html',
      'dist/kiosk/assets/index-abc123.js',
      'dist/kiosk/assets/zxing_reader-abc123.wasm',
    ]) {
      expect(shipped(built), built).toBe(true);
    }
    for (const other of [
      'dist-electron/main.cjs.map',
      'dist/kiosk/assets/index-abc123.js.map',
      // The web build, with the browser bridge and the demo roster: never in the kiosk.
      'dist/renderer/index.html',
      'dist/renderer/assets/index-abc123.js',
      'dist-server/main.js',
      'dist/packages/accueil_0.1.0_amd64.deb',
      'node_modules/fastify/package.json',
      'server-data/pglite/PG_VERSION',
    ]) {
      expect(shipped(other), other).toBe(false);
    }
  });

  it('has no auto-update feed and flips fuses in one place only', () => {
    expect(config.publish).toBeNull();
    expect(config.electronFuses).toBeNull();
    expect(config.afterPack).toBe(afterPack);
  });

  it('NSIS: per-user one-click install that starts the app and keeps its data on uninstall', () => {
    expect(config.nsis).toMatchObject({
      oneClick: true,
      perMachine: false,
      runAfterFinish: true,
      deleteAppDataOnUninstall: false,
    });
    expect(config.win?.icon).toBe('build/icon.ico');
  });

  it('deb: custom post-install script, autostart entry, session loop, key ring recommended', () => {
    expect(config.deb?.afterInstall).toBe('build/linux/after-install.tpl');
    expect(config.deb?.fpm).toEqual([
      `${AUTOSTART_SOURCE}=${AUTOSTART_TARGET}`,
      `${SESSION_SOURCE}=${SESSION_TARGET}`,
    ]);
    expect(SESSION_SOURCE).toBe(fromRoot('build/linux/accueil-session'));
    expect(SESSION_TARGET).toBe('/usr/lib/accueil/accueil-session');
    expect(AUTOSTART_SOURCE).toBe(fromRoot('build/linux/accueil-autostart.desktop'));
    expect(AUTOSTART_TARGET).toBe('/etc/xdg/autostart/accueil.desktop');
    expect(config.deb?.recommends).toContain('gnome-keyring');
    expect(config.linux?.icon).toBe('build/icons');
  });
});

describe('afterPack: fuses', () => {
  const fuseNames = (fuses: FuseV1Config) =>
    Object.fromEntries(
      Object.entries(fuses)
        .filter(([key]) => /^\d+$/.test(key))
        .map(([key, value]) => [FuseV1Options[Number(key)], value]),
    );

  const expected = {
    RunAsNode: false,
    EnableCookieEncryption: true,
    EnableNodeOptionsEnvironmentVariable: false,
    EnableNodeCliInspectArguments: false,
    OnlyLoadAppFromAsar: true,
    LoadBrowserProcessSpecificV8Snapshot: false,
    GrantFileProtocolExtraPrivileges: false,
  };

  function context(platform: string, appOutDir: string): AfterPackContext {
    return {
      appOutDir,
      electronPlatformName: platform,
      packager: {
        executableName: LINUX_EXECUTABLE,
        appInfo: { productFilename: PRODUCT_NAME },
      },
    } as unknown as AfterPackContext;
  }

  it('Linux: flips every fuse as required on /opt/Accueil/accueil’s binary', async () => {
    const flipFuses = vi.fn(async () => 1);
    await createAfterPack({ flipFuses })(context('linux', '/out/linux-unpacked'));
    expect(flipFuses).toHaveBeenCalledOnce();
    const [binary, fuses] = flipFuses.mock.calls[0] as unknown as [string, FuseV1Config];
    expect(binary).toBe('/out/linux-unpacked/accueil');
    expect(fuses.version).toBe(FuseVersion.V1);
    expect(fuses.strictlyRequireAllFuses).toBeUndefined();
    // Embedded asar integrity is not implemented by Electron on Linux.
    expect(fuseNames(fuses)).toEqual({
      ...expected,
      EnableEmbeddedAsarIntegrityValidation: false,
    });
  });

  it('Windows: the same, plus embedded asar integrity validation, on Accueil.exe', async () => {
    const flipFuses = vi.fn(async () => 1);
    await createAfterPack({ flipFuses })(context('win32', 'C:\\out\\win-unpacked'));
    const [binary, fuses] = flipFuses.mock.calls[0] as unknown as [string, FuseV1Config];
    expect(binary).toBe(path.join('C:\\out\\win-unpacked', 'Accueil.exe'));
    expect(fuseNames(fuses)).toEqual({ ...expected, EnableEmbeddedAsarIntegrityValidation: true });
    expect(kioskFuses('win32')).toEqual(fuses);
  });

  it('refuses a platform it has no fuse policy for', async () => {
    const flipFuses = vi.fn(async () => 1);
    await expect(createAfterPack({ flipFuses })(context('darwin', '/out/mac'))).rejects.toThrow(
      /no fuse policy for platform "darwin"/,
    );
    expect(flipFuses).not.toHaveBeenCalled();
  });

  it('the real hook rewrites a fuse wire with @electron/fuses (stand-in binary)', async () => {
    // A stand-in for the Electron binary: the fuse sentinel, wire version 1, 9 fuses at
    // Electron's defaults (the ninth is one this @electron/fuses does not know: left as is).
    const dir = await mkdtemp(path.join(tmpdir(), 'accueil-fuses-'));
    try {
      const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
      const binary = path.join(dir, LINUX_EXECUTABLE);
      const defaults = '101100011';
      await writeFile(
        binary,
        Buffer.concat([
          Buffer.from('\x7fELF…code…'),
          Buffer.from(sentinel),
          Buffer.from([1, defaults.length]),
          Buffer.from(defaults),
          Buffer.from('…more code'),
        ]),
      );
      await afterPack(context('linux', dir));
      const wire = await getCurrentFuseWire(binary);
      const states = Array.from({ length: defaults.length }, (_, i) =>
        String.fromCharCode(wire[i as FuseV1Options] as number),
      ).join('');
      // RunAsNode off, cookies on, NODE_OPTIONS off, inspect off, integrity off (Linux),
      // asar only on, V8 snapshot off, file:// privileges off, unknown ninth untouched.
      expect(states).toBe('010001001');
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});

describe('deb files', () => {
  function parseDesktopEntry(text: string): Map<string, string> {
    const lines = text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
    expect(lines[0]).toBe('[Desktop Entry]');
    expect(lines.filter((l) => l.startsWith('['))).toHaveLength(1);
    return new Map(
      lines.slice(1).map((line) => {
        const at = line.indexOf('=');
        expect(at, line).toBeGreaterThan(0);
        return [line.slice(0, at), line.slice(at + 1)] as const;
      }),
    );
  }

  it('the XDG autostart entry starts the kiosk through its session loop, no terminal, no flags', async () => {
    const entry = parseDesktopEntry(await readFile(AUTOSTART_SOURCE, 'utf8'));
    const binary = `${INSTALL_DIR}/${LINUX_EXECUTABLE}`;
    expect(entry.get('Type')).toBe('Application');
    expect(entry.get('Name')).toBe(PRODUCT_NAME);
    // No --no-sandbox or any other argument: the loop starts the kiosk exactly as packaged.
    expect(entry.get('Exec')).toBe(SESSION_TARGET);
    // After `apt remove` dpkg keeps conffiles; TryExec makes the leftover entry inert.
    expect(entry.get('TryExec')).toBe(binary);
    expect(entry.get('Terminal')).toBe('false');
    expect(entry.get('X-GNOME-Autostart-enabled')).toBe('true');
    expect(entry.get('Hidden')).toBeUndefined();
    expect(entry.get('NoDisplay')).toBe('true');
    expect(entry.has('OnlyShowIn') || entry.has('NotShowIn')).toBe(false);
  });

  /** electron-builder's template expansion (FpmTarget writeConfigFile): unknown macros throw. */
  async function renderAfterInstall(): Promise<string> {
    const template = await readFile(fromRoot(config.deb?.afterInstall as string), 'utf8');
    const macros: Record<string, string> = {
      executable: LINUX_EXECUTABLE,
      sanitizedProductName: PRODUCT_NAME,
      productFilename: PRODUCT_NAME,
    };
    return template.replace(/\${([a-zA-Z]+)}/g, (_match, name: string) => {
      const value = macros[name];
      if (value === undefined) throw new Error(`Macro ${name} is not defined`);
      return value;
    });
  }

  it('the post-install script makes chrome-sandbox setuid root and is valid bash', async () => {
    const script = await renderAfterInstall();
    expect(script.startsWith('#!/bin/bash\n')).toBe(true);
    expect(script).toContain(`INSTALL_DIR='${INSTALL_DIR}'`);
    expect(script).toContain(`EXECUTABLE='${LINUX_EXECUTABLE}'`);
    expect(script).toMatch(/chown root:root "\$INSTALL_DIR\/chrome-sandbox"/);
    expect(script).toMatch(/chmod 4755 "\$INSTALL_DIR\/chrome-sandbox"/);
    // Unconditional: not behind electron-builder's root-only `unshare --user` probe.
    const code = script
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('#'))
      .join('\n');
    expect(code).not.toMatch(/unshare/);
    expect(code).not.toMatch(/chmod 0?755 .*chrome-sandbox/);
    expect(code).not.toContain('--no-sandbox');
    expect(code).toContain(`chmod 0755 ${SESSION_TARGET}`);
    const bash = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
    expect(bash.stderr).toBe('');
    expect(bash.status).toBe(0);
  });

  it('icons: committed files match build/make-icons.mjs; PNG sizes and the .ico directory', async () => {
    const check = spawnSync(process.execPath, [fromRoot('build/make-icons.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);

    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const png = await readFile(fromRoot(`build/icons/${size}x${size}.png`));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    const ico = await readFile(fromRoot('build/icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256);
    expect(sizes).toContain(256); // electron-builder's NSIS target wants a 256 px image
    expect(sizes).toContain(16);
  });
});
