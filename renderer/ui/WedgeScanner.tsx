// The one keyboard listener of the kiosk for the USB scanner. It sees every key first (capturing,
// on window) and asks the gate (shared/wedge.ts) what to do: keys that may belong to a scan are
// held back from the page, the keys of a scan never reach it (no button pressed, no focus moved,
// nothing typed), and keys that turn out to be typing are handed back to the field they were
// typed in. Held keys are not seen by the page's own listeners either, so a queue of learners
// scanning does not count as staff activity for the idle lock; what a person types in a field
// reaches it as input events.
import { useEffect, useState, type ReactNode } from 'react';
import { createWedgeGate, readScan, type FocusKind, type KeyInput } from '../../shared/wedge';
import { insertText, isTyping } from './typing';
import { createScanFeed, ScanFeedContext } from './useWedgeScanner';

const TEXT_INPUTS = new Set(['text', 'search', 'password', 'email', 'url', 'tel']);
const VALUE_INPUTS = new Set(['date', 'datetime-local', 'month', 'week', 'time', 'number']);

export function focusKind(target: Element | null): FocusKind {
  if (target instanceof HTMLInputElement) {
    if (TEXT_INPUTS.has(target.type)) return 'text';
    if (VALUE_INPUTS.has(target.type)) return 'value';
    return 'page';
  }
  if (target instanceof HTMLTextAreaElement) return 'text';
  if (target instanceof HTMLElement && target.isContentEditable) return 'text';
  return 'page';
}

/**
 * Typing that was held back, handed to the field it was typed in as if typed now. Elsewhere a
 * typed character does nothing: nothing to do.
 */
function handBack(keys: KeyInput[], target: Element | null): void {
  if (keys.length === 0 || focusKind(target) !== 'text') return;
  // The focus moved between the key and now (a script, not a click: a click hands keys back
  // first); typing into a field that no longer has the focus would surprise more than losing it.
  if (document.activeElement !== target) return;
  insertText(keys.map((k) => k.key).join(''));
}

export function WedgeScanner(props: { children: ReactNode }) {
  const [feed] = useState(createScanFeed);

  useEffect(() => {
    const gate = createWedgeGate();
    /** Where the held keys were typed: their field gets them back if they were typing. */
    let heldFor: Element | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const releaseAll = () => {
      handBack(gate.release(), heldFor);
      heldFor = null;
    };

    const onKeyDown = (event: KeyboardEvent) => {
      feed.key();
      const target = event.target instanceof Element ? event.target : null;
      const person =
        event.ctrlKey ||
        event.altKey ||
        event.metaKey ||
        event.repeat ||
        event.isComposing ||
        (event.key === 'Tab' && event.shiftKey);
      const step = gate.key(
        { key: event.key, code: event.code, time: event.timeStamp, person },
        focusKind(target),
        performance.now(),
      );
      handBack(step.release, heldFor);
      // Released keys are all that was held before this one.
      if (step.release.length > 0 || !gate.holding) heldFor = null;
      if (step.act !== 'pass') {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
      if (step.act === 'hold') heldFor ??= target;
      if (step.act === 'scan') feed.emit(readScan(step.scan), step.scan.lastKeyAt);

      clearTimeout(timer);
      const deadline = gate.deadline();
      if (deadline !== null) timer = setTimeout(releaseAll, deadline - performance.now());
    };
    // A tap or a click may move the focus: what was typed goes to where it was typed, first.
    const onPointerDown = () => {
      clearTimeout(timer);
      releaseAll();
    };
    // Text that comes without a key (an input method, a virtual keyboard, automation) was typed
    // after the held keys: they go first. Plain text is typed again after them, where the caret
    // then is; anything else follows them as it is.
    const onBeforeInput = (event: InputEvent) => {
      if (isTyping() || !gate.holding) return;
      clearTimeout(timer);
      const text = event.inputType === 'insertText' && event.cancelable ? event.data : null;
      if (text !== null) event.preventDefault();
      releaseAll();
      if (text !== null) insertText(text);
    };

    const capture = { capture: true };
    window.addEventListener('keydown', onKeyDown, capture);
    window.addEventListener('pointerdown', onPointerDown, capture);
    window.addEventListener('beforeinput', onBeforeInput, capture);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('keydown', onKeyDown, capture);
      window.removeEventListener('pointerdown', onPointerDown, capture);
      window.removeEventListener('beforeinput', onBeforeInput, capture);
    };
  }, [feed]);

  return <ScanFeedContext.Provider value={feed}>{props.children}</ScanFeedContext.Provider>;
}
