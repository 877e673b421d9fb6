// An honour is stored with its date read out of its text (`2019年3月,获得…` → 2019-03), so
// showing both would say the date twice. The page shows the date once: in the date column
// when the text opens with it (the text then starts after it), otherwise in the text only.

export interface HonorShown {
  date: string | null;
  text: string;
}

/** The date as written at the start of the text: 2019年3月(5日), 2019.3(.5), 2019-03(-05), 2019/3(/5), 2019年. */
function leadingDate(year: string, month: number | null): RegExp {
  const day = String.raw`(?:[./-]\s*\d{1,2}(?!\d)|\d{1,2}\s*日)?`;
  const m = month === null ? '' : String.raw`[年./-]\s*0?${month}(?!\d)\s*月?${day}|`;
  return new RegExp(String.raw`^\s*${year}\s*(?:${m}年(?!\s*\d))[\s,，、:：]*`);
}

export function honorShown(honor: { date: string | null; text: string }): HonorShown {
  const { date, text } = honor;
  const m = date ? /^(\d{4})(?:-(\d{2}))?/.exec(date) : null;
  if (!date || !m) return { date, text };
  const opening = leadingDate(m[1]!, m[2] ? Number(m[2]) : null).exec(text);
  if (opening && opening[0].length < text.length) return { date, text: text.slice(opening[0].length) };
  return text.includes(m[1]!) ? { date: null, text } : { date, text };
}
