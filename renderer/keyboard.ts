// App-wide shortcuts: Ctrl/Cmd+K and / focus the search box, Alt+←/→ and the mouse's
// back/forward buttons walk the history, Ctrl/Cmd +/−/0 zoom.
import { useEffect } from 'react';

export interface ShortcutHandlers {
  focusSearch(): void;
  zoom(direction: -1 | 0 | 1): void;
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.tagName === 'INPUT' ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT'
  );
}

const zoomKeys: Record<string, -1 | 0 | 1> = { '+': 1, '=': 1, '-': -1, _: -1, '0': 0 };

export function useShortcuts(handlers: ShortcutHandlers): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        handlers.focusSearch();
      } else if (event.key === '/' && !mod && !event.altKey && !isEditable(event.target)) {
        event.preventDefault();
        handlers.focusSearch();
      } else if (event.altKey && !mod && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
        event.preventDefault();
        if (event.key === 'ArrowLeft') history.back();
        else history.forward();
      } else if (mod && !event.altKey && event.key in zoomKeys) {
        event.preventDefault();
        handlers.zoom(zoomKeys[event.key]);
      }
    };
    // Buttons 3 and 4 are the mouse's back and forward buttons.
    const onMouse = (event: MouseEvent) => {
      if (event.button !== 3 && event.button !== 4) return;
      event.preventDefault();
      if (event.button === 3) history.back();
      else history.forward();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('mouseup', onMouse);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mouseup', onMouse);
    };
  }, [handlers]);
}
