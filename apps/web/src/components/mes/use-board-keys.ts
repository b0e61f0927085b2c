'use client';

import { useEffect, useRef, useState } from 'react';

export interface BoardKeyHandlers {
  next: () => void;
  previous: () => void;
  open: () => void;
  /** Only boards whose cards can be claimed. */
  claim?: () => void;
  back?: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The console's keyboard: j/k or arrows to move, Enter to open, c to claim, Esc to go back. Returns
 * whether the keys work yet (from hydration on), so that a page announces its shortcuts
 * (`aria-keyshortcuts`) only once they do.
 */
export function useBoardKeys(handlers: BoardKeyHandlers): boolean {
  const latest = useRef(handlers);
  latest.current = handlers;
  const [live, setLive] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target))
        return;
      const keys = latest.current;
      const action =
        event.key === 'j' || event.key === 'ArrowDown' || event.key === 'ArrowRight'
          ? keys.next
          : event.key === 'k' || event.key === 'ArrowUp' || event.key === 'ArrowLeft'
            ? keys.previous
            : event.key === 'Enter' &&
                !(event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement)
              ? keys.open
              : event.key === 'c'
                ? keys.claim
                : event.key === 'Escape'
                  ? keys.back
                  : undefined;
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    setLive(true);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return live;
}
