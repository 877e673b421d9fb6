// Database ids as they appear in addresses (#/unit/12, ?office=3).

/** A database id as written in an address: 1-16 digits, no leading zero. */
export function positiveId(raw: string): number | null {
  return /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null;
}
