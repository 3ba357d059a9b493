// Demo badges on screen (browser build only): hold one up to the camera from a phone, or tap it
// to send its token through the very same keyboard path a USB scanner uses.
import { toDataURL } from 'qrcode';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n';
import type { DemoState } from './seed';

function typeLikeAScanner(token: string) {
  for (const char of `${token}\n`) {
    const key = char === '\n' ? 'Enter' : char;
    const code = char === '\n' ? 'Enter' : `Key${char}`;
    document.dispatchEvent(new KeyboardEvent('keydown', { key, code, bubbles: true }));
  }
}

export function DemoBadges(props: { demo: DemoState }) {
  const { t } = useI18n();
  const [images, setImages] = useState<string[]>([]);
  const panel = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    let live = true;
    const tokens = props.demo.showcase.map((d) => d.revokedToken ?? d.token);
    Promise.all(
      tokens.map((tk) => toDataURL(tk, { errorCorrectionLevel: 'Q', margin: 4, width: 160 })),
    )
      .then((urls) => live && setImages(urls))
      .catch((error: unknown) => console.warn('Demo badges could not be drawn', error));
    return () => {
      live = false;
    };
  }, [props.demo]);

  return (
    <details className="demo" ref={panel}>
      <summary>{t('demo.title')}</summary>
      <div className="demo__panel">
        <p>{t('demo.hint')}</p>
        <ul className="demo__badges">
          {props.demo.showcase.map((d, i) => (
            <li key={d.learner.id}>
              <button
                type="button"
                aria-label={t('demo.scan', { name: d.learner.firstName })}
                onClick={() => {
                  // Closed first, so the panel does not hide the answer it provokes.
                  if (panel.current) panel.current.open = false;
                  typeLikeAScanner(d.revokedToken ?? d.token);
                }}
              >
                {images[i] && <img src={images[i]} alt="" width={120} height={120} />}
                <span>{d.learner.firstName}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
