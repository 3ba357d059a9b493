// Pictograms for the learners' screen, drawn inline (no file to fetch; the CSP allows nothing
// remote). They repeat what the words say, so they are hidden from assistive technology.
import type { ReactNode } from 'react';
import type { Category } from './describe';

const PATHS: Record<Category | 'reader', ReactNode> = {
  // An arrow going in through a door.
  arrival: (
    <>
      <path d="M14 3h5a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2h-5" />
      <path d="M3 12h12" />
      <path d="m10 7 5 5-5 5" />
    </>
  ),
  // An arrow leaving through a door.
  departure: (
    <>
      <path d="M10 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h5" />
      <path d="M9 12h12" />
      <path d="m16 7 5 5-5 5" />
    </>
  ),
  // A clock: already noted, at that time.
  info: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3.5 2" />
    </>
  ),
  // A circular arrow going round: once more.
  retry: (
    <>
      <path d="M19.4 13.3A7.5 7.5 0 1 1 18.5 8.25" />
      <path d="M20.1 4.6 18.9 8.9l-4.4-1.1" />
    </>
  ),
  // A desk bell: go to reception.
  reception: (
    <>
      <path d="M4.5 17a7.5 7.5 0 0 1 15 0" />
      <path d="M2.5 17h19" />
      <path d="M3.5 20.5h17" />
      <path d="M12 9.5V7" />
      <path d="M10 6.5h4" />
    </>
  ),
  // A warning triangle.
  error: (
    <>
      <path d="M10.3 3.9 2.2 18a2 2 0 0 0 1.7 3h16.2a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z" />
      <path d="M12 9v4.5" />
      <path d="M12 17.2v.1" />
    </>
  ),
  // A badge's code in a reader's frame, crossed by its beam: where to scan without a camera.
  reader: (
    <>
      <path d="M3 7V5a2 2 0 0 1 2-2h2" />
      <path d="M17 3h2a2 2 0 0 1 2 2v2" />
      <path d="M21 17v2a2 2 0 0 1-2 2h-2" />
      <path d="M7 21H5a2 2 0 0 1-2-2v-2" />
      <rect x="7" y="6.5" width="3.5" height="3.5" rx="0.5" />
      <rect x="13.5" y="6.5" width="3.5" height="3.5" rx="0.5" />
      <rect x="7" y="14" width="3.5" height="3.5" rx="0.5" />
      <path d="M14.5 15h.01M16.5 17h.01" />
      <path d="M1.5 12h21" className="pictogram__beam" />
    </>
  ),
};

export function Pictogram(props: { name: Category | 'reader'; className?: string }) {
  return (
    <svg
      className={props.className}
      data-icon={props.name}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[props.name]}
    </svg>
  );
}
