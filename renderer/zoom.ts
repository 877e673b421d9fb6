// Page zoom for Ctrl +/−/0, applied as the root font size (all sizes are in rem), so it
// behaves the same in Electron and in a browser tab and is remembered across restarts.
import { readSetting, writeSetting } from './settings.ts';

const LEVELS = [0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const;

export function storedZoom(): number {
  const value = Number(readSetting('zoom'));
  return (LEVELS as readonly number[]).includes(value) ? value : 1;
}

export function applyZoom(level: number): void {
  document.documentElement.style.fontSize = `${level * 100}%`;
  document.documentElement.dataset.zoom = level >= 1.5 ? 'large' : 'normal';
  writeSetting('zoom', String(level));
}

/** The next level in a direction (+1 larger, -1 smaller), or 1 for reset (0). */
export function stepZoom(current: number, direction: -1 | 0 | 1): number {
  if (direction === 0) return 1;
  const at = LEVELS.findIndex((l) => l >= current);
  const index = Math.min(LEVELS.length - 1, Math.max(0, (at < 0 ? LEVELS.length - 1 : at) + direction));
  return LEVELS[index];
}
