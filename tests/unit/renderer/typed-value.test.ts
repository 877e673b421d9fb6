// What the search box will hold after an edit, as read from beforeinput.
import { describe, expect, it } from 'vitest';
import { valueAfterInsertion } from '../../../renderer/views/typed-value.ts';

const box = (value: string, start: number | null, end = start) => ({ value, selectionStart: start, selectionEnd: end });
const typed = (data: string | null, inputType = 'insertText', isComposing = false) => ({
  inputType,
  data,
  isComposing,
});

describe('valueAfterInsertion', () => {
  it('puts a typed letter at the caret', () => {
    expect(valueAfterInsertion(box('ouz', 3), typed('h'))).toBe('ouzh');
    expect(valueAfterInsertion(box('ouzh', 0), typed('x'))).toBe('xouzh');
    expect(valueAfterInsertion(box('外记者', 1), typed('国'))).toBe('外国记者');
    expect(valueAfterInsertion(box('', 0), typed('护'))).toBe('护');
  });

  it('replaces the selection with what is typed', () => {
    expect(valueAfterInsertion(box('出国管理', 2, 4), typed('人员'))).toBe('出国人员');
    expect(valueAfterInsertion(box('huzhao', 0, 6), typed('d'))).toBe('d');
  });

  it('leaves every other edit to the input event', () => {
    expect(valueAfterInsertion(box('huz', 3), typed(null, 'deleteContentBackward'))).toBeNull();
    expect(valueAfterInsertion(box('huz', 3), typed('护照', 'insertFromPaste'))).toBeNull();
    expect(valueAfterInsertion(box('huz', 3), typed('h', 'insertCompositionText', true))).toBeNull();
    // Text an IME inserts while its composition is still open is not the box's final text.
    expect(valueAfterInsertion(box('', 0), typed('hu', 'insertText', true))).toBeNull();
    expect(valueAfterInsertion(box('huz', null), typed('h'))).toBeNull();
  });
});
