// Typing into the focused field as the user would, for the scanner listener (keys it held back)
// and the on-screen pads (PIN pad, keyboard). execCommand is the only way: it goes through the
// browser's editing (input events React sees, the field's undo, its maxlength).

/** Set while this module types: its own input events are not someone else's typing. */
let typing = false;

/** True while insertText or deleteBackward is typing (the scanner listener lets it through). */
export function isTyping(): boolean {
  return typing;
}

function edit(command: 'insertText' | 'delete', text?: string): void {
  typing = true;
  try {
    document.execCommand(command, false, text);
  } finally {
    typing = false;
  }
}

/** Types `text` at the caret of the focused field, replacing its selection. */
export function insertText(text: string): void {
  edit('insertText', text);
}

/** Erases the selection of the focused field, or the character before its caret. */
export function deleteBackward(): void {
  edit('delete');
}

/**
 * Gives a text field the focus, with the caret at its end as a tap on it would leave it, unless
 * it has the focus already (its caret stays where it is).
 */
export function focusField(field: HTMLInputElement | HTMLTextAreaElement): void {
  if (document.activeElement === field) return;
  field.focus();
  field.setSelectionRange(field.value.length, field.value.length);
}
