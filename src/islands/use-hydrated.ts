/**
 * False while React hydrates the server HTML, true from then on. What only this browser
 * knows (stored records) waits for it, so the first render matches the server's.
 */
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
