/**
 * Messages between this site's open tabs (BroadcastChannel): field-level record changes and
 * which items each tab has open. Where BroadcastChannel is missing, tabs still sync through
 * storage events, only less finely.
 */
import type { PatchOp } from '../lib/record-patch';

export type TabMessage =
  { type: 'patch'; key: string; ops: PatchOp[]; at: string } | { type: 'open' | 'closed' | 'who'; item: string };
type Envelope = TabMessage & { from: string };

/** This tab's id, to tell its own messages from others'. */
export const TAB_ID = Math.random().toString(36).slice(2, 10);

const channel: BroadcastChannel | null = (() => {
  try {
    return typeof window !== 'undefined' && typeof BroadcastChannel !== 'undefined'
      ? new BroadcastChannel('ssm-playbook')
      : null;
  } catch {
    return null;
  }
})();

const handlers = new Set<(message: Envelope) => void>();
channel?.addEventListener('message', (event: MessageEvent<Envelope>) => {
  const message = event.data;
  if (typeof message !== 'object' || message === null || message.from === TAB_ID) return;
  for (const handle of handlers) handle(message);
});

export function postToTabs(message: TabMessage) {
  try {
    channel?.postMessage({ ...message, from: TAB_ID });
  } catch {
    // A closed channel (page going away): the storage event still carries the change.
  }
}

export function onTabMessage(handle: (message: Envelope) => void): () => void {
  handlers.add(handle);
  return () => handlers.delete(handle);
}
