// Renders <BadgeSheet> from the query string: ?cards=<JSON [{firstName,lastName,token}]>
// &centre=<name>&layout=a4|card. Marks <html data-ready> once the sheet and its fonts are in.
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { BadgeCardData } from '../../../renderer/print/BadgeCard';
import { BadgeSheet, type BadgeLayout } from '../../../renderer/print/BadgeSheet';
import { prepareCards, type PreparedCard } from '../../../renderer/print/prepareCards';

const query = new URLSearchParams(location.search);
const cards = JSON.parse(query.get('cards') ?? '[]') as BadgeCardData[];
const centreName = query.get('centre') ?? '';
const layout: BadgeLayout = query.get('layout') === 'card' ? 'card' : 'a4';

function Harness() {
  const [prepared, setPrepared] = useState<PreparedCard[] | null>(null);
  useEffect(() => {
    void prepareCards(cards).then(setPrepared);
  }, []);
  useEffect(() => {
    if (!prepared) return;
    void document.fonts.ready.then(() => {
      document.documentElement.dataset.ready = 'true';
    });
  }, [prepared]);
  return (
    <>
      {/* Stands for the app's own screen: the printout must not show it. */}
      <h1>HARNESS-SCREEN-ONLY</h1>
      {prepared && <BadgeSheet cards={prepared} centreName={centreName} layout={layout} />}
    </>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html lost its #root element');
createRoot(root).render(
  <StrictMode>
    <Harness />
  </StrictMode>,
);
