/**
 * Reads a store in an island without a hydration mismatch: the server and the first client
 * render use `serverValue` (what the HTML was rendered with), then the stored value follows.
 */
import { useStore } from '@nanostores/react';
import type { ReadableAtom } from 'nanostores';

export function useStored<T>(store: ReadableAtom<T>, serverValue: T): T {
  return useStore(store, { ssr: () => serverValue });
}

/** Shared empty objects, so server snapshots are stable between renders. */
export const NO_RECORDS: Readonly<Record<string, never>> = Object.freeze({});
