// The web build's host (npm run dev, and `vite build` for the e2e tests and the benchmarks): the
// browser bridge, and the demo roster with the benchmark hook unless the URL says ?demo=off.
// package.json's `#platform` import resolves here in every build but the kiosk's (vite.config.ts).
import type { ReactElement, ReactNode } from 'react';
import { App } from '../app/App';
import type { KioskDatabase } from '../db/schema';
import { DemoBadges } from '../demo/DemoBadges';
import { prepareDemo } from '../demo/seed';
import { createWebBridge } from './webBridge';

async function showDemo(db: KioskDatabase): Promise<ReactNode> {
  return <DemoBadges demo={await prepareDemo(db)} />;
}

export function hostApp(): ReactElement {
  const demo = new URLSearchParams(window.location.search).get('demo') !== 'off';
  return <App bridge={createWebBridge(window.location)} demo={demo ? showDemo : undefined} />;
}
