// Badges laid out for printing: A4 sheets of 10 with crop marks, or one card a page for a card
// printer. The sheet renders into document.body through a portal, wherever it is mounted: print.css
// hides it on screen and, while it is in the document, prints it alone (every other child of body
// is hidden in print). Mount it only while printing: mounted, it replaces the app's own printout.
import { createPortal } from 'react-dom';
import { layoutA4Sheet, layoutSingleCard, type SheetLayout } from '../../shared/badge-sheet';
import { BadgeCard } from './BadgeCard';
import type { PreparedCard } from './prepareCards';
import './print.css';

export type BadgeLayout = 'a4' | 'card';

interface BadgeSheetProps {
  cards: readonly PreparedCard[];
  centreName: string;
  layout: BadgeLayout;
}

const mm = (value: number) => `${value}mm`;

function CropMarks(props: { layout: SheetLayout }) {
  const { page, cropMarks } = props.layout;
  if (cropMarks.length === 0) return null;
  return (
    <svg
      className="badge-page__marks"
      viewBox={`0 0 ${page.width} ${page.height}`}
      aria-hidden="true"
      focusable="false"
    >
      {cropMarks.map((m, i) => (
        <line key={i} x1={m.x1} y1={m.y1} x2={m.x2} y2={m.y2} />
      ))}
    </svg>
  );
}

export function BadgeSheet(props: BadgeSheetProps) {
  const { cards, centreName, layout } = props;
  const sheet = layout === 'a4' ? layoutA4Sheet(cards.length) : layoutSingleCard(cards.length);
  // Index of each page's first card in `cards`.
  const firsts = sheet.pages.map((_, i) =>
    sheet.pages.slice(0, i).reduce((sum, p) => sum + p.cards.length, 0),
  );
  return createPortal(
    <div className={`badge-print badge-print--${layout}`} data-pages={sheet.pages.length}>
      {sheet.pages.map((page, pageIndex) => (
        <section
          key={pageIndex}
          className="badge-page"
          style={{ width: mm(sheet.page.width), height: mm(sheet.page.height) }}
        >
          <CropMarks layout={sheet} />
          {page.cards.map((at, i) => {
            const index = firsts[pageIndex]! + i;
            const card = cards[index]!;
            return (
              <div
                key={index}
                className="badge-page__slot"
                style={{ left: mm(at.x), top: mm(at.y) }}
              >
                <BadgeCard card={card} centreName={centreName} />
              </div>
            );
          })}
        </section>
      ))}
    </div>,
    document.body,
  );
}
