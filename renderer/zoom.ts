// Page zoom for Ctrl +/−/0, applied as the root font size (all sizes are in rem), so it
// behaves the same in Electron and in a browser tab and is remembered across restarts.
import { readSetting, writeSetting } from './settings.ts';
import { LEVELS } from './zoom-levels.ts';

export { stepZoom } from './zoom-levels.ts';

export function storedZoom(): number {
  const value = Number(readSetting('zoom'));
  return (LEVELS as readonly number[]).includes(value) ? value : 1;
}

export function applyZoom(level: number): void {
  document.documentElement.style.fontSize = `${level * 100}%`;
  document.documentElement.dataset.zoom = level >= 1.5 ? 'large' : 'normal';
  writeSetting('zoom', String(level));
}
