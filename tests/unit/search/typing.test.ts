import { describe, expect, it } from 'vitest';
import { mayStillBeTyping } from '../../../shared/search/typing.ts';

describe('mayStillBeTyping', () => {
  it('is true while the last word is Latin letters', () => {
    for (const q of ['ouzh', 'lsaq', '欧洲 yo', 'Huzh']) expect(mayStillBeTyping(q), q).toBe(true);
  });
  it('is false after Chinese, digits or a space', () => {
    for (const q of ['鲸鱼', 'ouzhou ', '12345', '欧洲', '']) expect(mayStillBeTyping(q), q).toBe(false);
  });
});
