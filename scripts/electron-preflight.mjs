// `npm start` needs the Electron binary, which `npm ci` does not fetch (.npmrc ignore-scripts).
// Fetch it now if this machine can reach Electron's download host; otherwise say what to do.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
try {
  require('electron'); // throws when the binary was never downloaded
} catch {
  console.log('Electron binary missing: downloading it (node node_modules/electron/install.js)…');
  try {
    execFileSync(process.execPath, [require.resolve('electron/install.js')], { stdio: 'inherit' });
  } catch {
    console.error(
      '\nThe Electron binary could not be downloaded (no access to its download host).\n' +
        'Run the kiosk in a browser instead: npm run dev\n',
    );
    process.exit(1);
  }
}
