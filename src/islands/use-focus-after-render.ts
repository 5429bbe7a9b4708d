/**
 * Moves focus after the next render (to a row just added, or to the add button after a
 * delete), without a second render: the target is kept in a ref, not in state.
 */
import { useEffect, useRef } from 'react';

const byId = (id: string) => document.getElementById(id);

/** Returns `focusAfterRender(id)`; `find` turns the id into the element to focus. */
export function useFocusAfterRender(find: (id: string) => HTMLElement | null = byId): (id: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const id = pending.current;
    if (id === null) return;
    pending.current = null;
    find(id)?.focus();
  });
  return (id: string) => {
    pending.current = id;
  };
}
