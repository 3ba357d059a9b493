// A control tapped on the learners' screen does not keep the focus: the next learner's scan must
// find the page, not a language button, and a tapped button should not keep a focus ring. Keys
// still move through the controls as usual for keyboard users.
import type { MouseEvent } from 'react';

/** For onClick on a container: blurs the control inside it that a pointer just activated. */
export function blurAfterTap(event: MouseEvent<HTMLElement>): void {
  // A click from Enter or Space has detail 0: the keyboard user keeps their place.
  if (event.detail === 0) return;
  const focused = document.activeElement;
  if (focused instanceof HTMLElement && event.currentTarget.contains(focused)) focused.blur();
}
