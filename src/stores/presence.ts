/**
 * Which items (a worksheet, an exercise) are open in other tabs of this site, so a learner
 * is told before two tabs edit the same thing. Tabs say "open" and "closed" over the tab
 * channel and answer "who" when a new tab asks.
 */
import { atom } from 'nanostores';
import { onTabMessage, postToTabs } from './tab-channel';

/** Item → ids of the other tabs that have it open. */
export const $openElsewhere = atom<Readonly<Record<string, readonly string[]>>>({});
const mine = new Map<string, number>();

const set = (item: string, tabs: readonly string[]) => $openElsewhere.set({ ...$openElsewhere.get(), [item]: tabs });

if (typeof window !== 'undefined') {
  onTabMessage((message) => {
    if (message.type === 'patch') return;
    const others = $openElsewhere.get()[message.item] ?? [];
    if (message.type === 'open' && !others.includes(message.from)) set(message.item, [...others, message.from]);
    if (message.type === 'closed')
      set(
        message.item,
        others.filter((t) => t !== message.from),
      );
    // A tab that just opened this item asks who else has it: answer, and it learns of us.
    if (message.type === 'who' && mine.has(message.item)) postToTabs({ type: 'open', item: message.item });
  });
  window.addEventListener('pagehide', () => {
    for (const item of mine.keys()) postToTabs({ type: 'closed', item });
  });
}

/** Announces that this tab has `item` open; returns the function that closes it. */
export function openItem(item: string): () => void {
  mine.set(item, (mine.get(item) ?? 0) + 1);
  postToTabs({ type: 'open', item });
  postToTabs({ type: 'who', item });
  return () => {
    const n = (mine.get(item) ?? 1) - 1;
    if (n > 0) mine.set(item, n);
    else {
      mine.delete(item);
      postToTabs({ type: 'closed', item });
    }
  };
}
