// One printed badge, drawn in millimetres (see print.css). It prints only data: names, the centre's
// name and the token, so there is nothing here to translate.
import { create } from 'qrcode';
import { useMemo, type CSSProperties } from 'react';
import { formatTokenForPrint } from '../../shared/badge';

export interface BadgeCardData {
  firstName: string;
  lastName: string;
  token: string;
}

/** The white margin a QR reader needs around the symbol, in modules (the standard's minimum). */
const QR_QUIET_ZONE_MODULES = 4;

/**
 * The QR symbol for `token` (error correction Q: a scratched or bent card still reads) as one SVG
 * path in module units, each run of dark modules in a row one rectangle. A vector path stays sharp
 * at any printer resolution and needs no canvas or data: URL.
 */
function qrPath(token: string): { size: number; d: string } {
  const { modules } = create(token, { errorCorrectionLevel: 'Q' });
  const n = modules.size;
  const q = QR_QUIET_ZONE_MODULES;
  let d = '';
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!modules.data[row * n + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.data[row * n + col]) col++;
      d += `M${start + q} ${row + q}h${col - start}v1h${start - col}z`;
    }
  }
  return { size: n + 2 * q, d };
}

function BadgeQr(props: { token: string }) {
  const { size, d } = useMemo(() => qrPath(props.token), [props.token]);
  return (
    // Hidden from assistive technology: the same token is printed beside it as text.
    <svg
      className="badge-card__qr"
      viewBox={`0 0 ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}

// Names come in every length ("Léa", "Marie-Charlotte"); the text column is 40 mm wide.
// A font size from the character count keeps most names on one line without measuring the DOM,
// which a print-only subtree (display: none on screen) cannot do. Longer names still wrap.
const NAME_COLUMN_MM = 40;
function fitSize(text: string, maxMm: number, minMm: number, emPerChar: number, lines = 1) {
  const chars = Math.max(1, [...text].length);
  const fit = (NAME_COLUMN_MM * lines) / (chars * emPerChar);
  return `${Math.max(minMm, Math.min(maxMm, Math.floor(fit * 10) / 10))}mm`;
}

export function BadgeCard(props: BadgeCardData & { centreName: string }) {
  const { firstName, lastName, token, centreName } = props;
  const sizes = {
    '--badge-first-size': fitSize(firstName, 8.5, 4.5, 0.56),
    '--badge-last-size': fitSize(lastName, 4.4, 3, 0.5, 2),
  } as CSSProperties;
  return (
    <article className="badge-card" style={sizes}>
      <p className="badge-card__centre">{centreName}</p>
      <div className="badge-card__names">
        <p className="badge-card__first">{firstName}</p>
        <p className="badge-card__last">{lastName}</p>
      </div>
      <BadgeQr token={token} />
      <p className="badge-card__token">{formatTokenForPrint(token)}</p>
    </article>
  );
}
