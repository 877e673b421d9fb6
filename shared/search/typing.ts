// Whether a query may still be on its way somewhere: Latin letters (pinyin or initials) are
// typed one at a time, so `ouzh` is likely the start of `ouzhou` and an empty answer for it
// says little. Chinese arrives a whole character (or word) at a time from the IME, so an
// empty answer for it is final. A trailing space ends the word.
export function mayStillBeTyping(query: string): boolean {
  return /[a-z]$/i.test(query);
}
