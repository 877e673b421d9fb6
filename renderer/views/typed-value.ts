// What a text box will hold once a typed insertion lands, read from its beforeinput event.
// The browser fires beforeinput, then edits the box (the text, the caret, a layout for the
// caret), then fires input: a search sent from beforeinput leaves that much sooner.

/** The box's text and selection as beforeinput sees them (before the edit). */
export interface BoxBeforeEdit {
  value: string;
  selectionStart: number | null;
  selectionEnd: number | null;
}

/** The edit as beforeinput describes it. */
export interface InsertionEvent {
  inputType: string;
  data: string | null;
  isComposing: boolean;
}

/**
 * The box's text after a plain insertion (a typed key, text inserted outside a composition),
 * which replaces the selection with the event's data; null for any other edit (deletions,
 * pastes, an IME's composition), whose result only the input event tells. A wrong guess costs
 * one request: the input event searches what the box really holds, and that answer wins.
 */
export function valueAfterInsertion(box: BoxBeforeEdit, edit: InsertionEvent): string | null {
  if (edit.inputType !== 'insertText' || edit.isComposing || edit.data === null) return null;
  const { value, selectionStart: start, selectionEnd: end } = box;
  if (start === null || end === null) return null;
  return value.slice(0, start) + edit.data + value.slice(end);
}
