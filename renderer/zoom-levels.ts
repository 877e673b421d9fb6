// The zoom levels Ctrl +/−/0 step through. Pure: no DOM.
export const LEVELS = [0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const;

/** The next level in a direction (+1 larger, -1 smaller), or 1 for reset (0). */
export function stepZoom(current: number, direction: -1 | 0 | 1): number {
  if (direction === 0) return 1;
  const at = LEVELS.findIndex((l) => l >= current);
  const index = Math.min(LEVELS.length - 1, Math.max(0, (at < 0 ? LEVELS.length - 1 : at) + direction));
  return LEVELS[index];
}
