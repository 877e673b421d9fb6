// The words an official types for the national bodies' area (全国/中央 in the directory): a
// region filter of one of them keeps the national-level offices, which have no place.
export const NATION_WORDS = ['全国', '中央', '国家级'] as const;

/** Whether `text`, as typed into a region filter, names the nation rather than a place. */
export function namesTheNation(text: string): boolean {
  const words = text
    .trim()
    .split(/[/／、\s]+/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => (NATION_WORDS as readonly string[]).includes(w));
}

/** Whether a filter being typed (at least two characters) starts one of the nation's words. */
export function startsANationWord(typed: string): boolean {
  return typed.length >= 2 && NATION_WORDS.some((w) => w.startsWith(typed));
}
