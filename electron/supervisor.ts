// On Linux the XDG autostart entry starts the kiosk through build/linux/accueil-session, a small
// loop that starts it again whenever it stops on a failure (DEPLOY.md: why not a systemd unit).
// The loop sets ACCUEIL_SUPERVISED=1. Under it, a restart is "exit with RELAUNCH_EXIT_CODE and
// let the loop start us": app.relaunch() would start a child outside the loop, which nothing
// would watch any more. Unsupervised (Windows, development), app.relaunch() it is.
export const SUPERVISED_ENV = 'ACCUEIL_SUPERVISED';
/** EX_TEMPFAIL: "try again". build/linux/accueil-session restarts at once on it. */
export const RELAUNCH_EXIT_CODE = 75;

export interface RestartableApp {
  relaunch(): void;
  exit(code: number): void;
}

export function isSupervised(env: Readonly<Record<string, string | undefined>>): boolean {
  return env[SUPERVISED_ENV] === '1';
}

export function restartApp(app: RestartableApp, supervised: boolean): void {
  if (supervised) {
    app.exit(RELAUNCH_EXIT_CODE);
    return;
  }
  app.relaunch();
  app.exit(0);
}
