// One printed badge, drawn in millimetres (see print.css). It prints only data: names, the centre's
// name and the token, so there is nothing here to translate. Its QR path and name lines come
// prepared (prepareCards.ts): rendering a card computes nothing.
import { formatTokenForPrint } from '../../shared/badge';
import type { FittedName } from '../../shared/badge-names';
import type { PreparedCard } from './prepareCards';

export interface BadgeCardData {
  firstName: string;
  lastName: string;
  token: string;
}

function BadgeQr(props: { qr: PreparedCard['qr'] }) {
  const { size, d } = props.qr;
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

/** A name as its fitted lines, each a block that never wraps again. */
function NameLines(props: { className: string; name: FittedName }) {
  const { className, name } = props;
  if (name.lines.length === 0) return null;
  return (
    <p className={className} style={{ fontSize: `${name.sizeMm}mm` }}>
      {name.lines.map((line, i) => (
        <span key={i}>{line}</span>
      ))}
    </p>
  );
}

export function BadgeCard(props: { card: PreparedCard; centreName: string }) {
  const { card, centreName } = props;
  return (
    <article className="badge-card">
      <p className="badge-card__centre">{centreName}</p>
      <div className="badge-card__names">
        <NameLines className="badge-card__first" name={card.names.first} />
        <NameLines className="badge-card__last" name={card.names.last} />
      </div>
      <BadgeQr qr={card.qr} />
      <p className="badge-card__token">{formatTokenForPrint(card.token)}</p>
    </article>
  );
}
