import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The host is chosen at build time (package.json "imports", vite.config.ts): the kiosk build
// holds only the preload's bridge, the web build the browser bridge and the demo roster.
import { hostApp } from '#platform';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lost its #root element');
createRoot(root).render(<StrictMode>{hostApp()}</StrictMode>);
