/**
 * The one place that touches `localStorage`. It is handed to @nanostores/persistent as its
 * storage engine, so every store goes through it, and it never throws:
 * - a write that fails (quota exceeded, storage blocked): the old stored value stays as it
 *   was, and the new one is kept for this tab in `sessionStorage` (it follows the learner
 *   from page to page until the tab closes), or, where that fails too, for this page only;
 * - `$storageHealth` says which, so notices never promise more than is true.
 * Storage events from other tabs pass a filter first, so a record store can ignore an event
 * older than what it holds.
 */
import { atom } from 'nanostores';
import { setPersistentEngine } from '@nanostores/persistent';

/** `ok`: kept on this device. `tab`: kept until this tab closes. `page`: kept until this page is left. */
export type StorageHealth = 'ok' | 'tab' | 'page';

/** Where work is being kept. Server render is always `ok` (neutral). */
export const $storageHealth = atom<StorageHealth>('ok');

/** Values kept for this page only, because no storage took them. */
const memory = new Map<string, string>();
/** Keys removed here but not in storage (the removal was refused). */
const removed = new Set<string>();
/** Where a tab keeps what localStorage refused: `sessionStorage`, under this prefix. */
const TAB_PREFIX = 'ssm-tab:';
const TAB_REMOVED = 'ssm-tab-removed:';

function open(name: 'localStorage' | 'sessionStorage'): Storage | null {
  const probe = name === 'localStorage' ? 'ssm:probe' : `${TAB_PREFIX}probe`;
  try {
    const storage = globalThis[name];
    if (!storage) return null;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

function readable(name: 'localStorage'): Storage | null {
  try {
    const storage = globalThis[name];
    storage?.getItem('ssm:probe');
    return storage ?? null;
  } catch {
    return null;
  }
}

const isBrowser = typeof window !== 'undefined';
/** localStorage, when it can be read (writes may still fail: quota). */
const backing: Storage | null = isBrowser ? readable('localStorage') : null;
const tab: Storage | null = isBrowser ? open('sessionStorage') : null;

function tabGet(key: string): string | null {
  try {
    return tab?.getItem(TAB_PREFIX + key) ?? null;
  } catch {
    return null;
  }
}
function tabHasRemoved(key: string): boolean {
  try {
    return (tab?.getItem(TAB_REMOVED + key) ?? null) !== null;
  } catch {
    return false;
  }
}
function tabForget(key: string) {
  try {
    tab?.removeItem(TAB_PREFIX + key);
    tab?.removeItem(TAB_REMOVED + key);
  } catch {
    // Nothing was kept there.
  }
}
function tabKeys(): string[] {
  const keys: string[] = [];
  try {
    if (tab) for (let i = 0; i < tab.length; i++) keys.push(tab.key(i) ?? '');
  } catch {
    // Enumeration refused.
  }
  return keys;
}

function degrade(to: Exclude<StorageHealth, 'ok'>) {
  const order: StorageHealth[] = ['ok', 'tab', 'page'];
  if (order.indexOf(to) > order.indexOf($storageHealth.get())) $storageHealth.set(to);
}

if (isBrowser) {
  if (!open('localStorage')) degrade(tab ? 'tab' : 'page');
  // What this tab kept earlier (storage refused it on another page) is still not on the device.
  if (tabKeys().some((k) => k.startsWith(TAB_PREFIX) || k.startsWith(TAB_REMOVED))) degrade('tab');
}

/** The stored text of a key, or undefined. */
export function readRaw(key: string): string | undefined {
  if (memory.has(key)) return memory.get(key);
  if (removed.has(key)) return undefined;
  const kept = tabGet(key);
  if (kept !== null) return kept;
  if (tabHasRemoved(key) || !backing) return undefined;
  try {
    return backing.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Outcome of the last write: true when it reached this device's storage. */
let lastWriteStored = true;
export const lastWriteReachedDevice = () => lastWriteStored;

/** Stores a value; returns false (and keeps it for the tab, or the page) when storage refused it. */
export function writeRaw(key: string, value: string): boolean {
  if (backing) {
    try {
      backing.setItem(key, value);
      memory.delete(key);
      removed.delete(key);
      tabForget(key);
      return (lastWriteStored = true);
    } catch {
      // Refused (quota, blocked): keep it below.
    }
  }
  lastWriteStored = false;
  removed.delete(key);
  try {
    if (!tab) throw new Error('no tab storage');
    tab.setItem(TAB_PREFIX + key, value);
    tab.removeItem(TAB_REMOVED + key);
    memory.delete(key);
    degrade('tab');
  } catch {
    memory.set(key, value);
    degrade('page');
  }
  return false;
}

/** Removes a key (for this tab or page at least). */
export function removeRaw(key: string): void {
  memory.delete(key);
  tabForget(key);
  if (!backing) {
    removed.add(key);
    return;
  }
  try {
    backing.removeItem(key);
    removed.delete(key);
  } catch {
    removed.add(key);
    try {
      tab?.setItem(TAB_REMOVED + key, '1');
    } catch {
      // Kept for this page in `removed`.
    }
  }
}

/** Every key, stored or kept for the tab or page. */
export function storedKeys(): string[] {
  const keys = new Set(memory.keys());
  for (const k of tabKeys()) if (k.startsWith(TAB_PREFIX)) keys.add(k.slice(TAB_PREFIX.length));
  if (backing) {
    try {
      for (let i = 0; i < backing.length; i++) {
        const key = backing.key(i);
        if (key !== null) keys.add(key);
      }
    } catch {
      // Enumeration refused: the kept keys are all we can list.
    }
  }
  return [...keys].filter((k) => readRaw(k) !== undefined);
}

/** The storage engine shape @nanostores/persistent expects (property access, `in`, `for…in`). */
const engine = new Proxy({} as Record<string, string>, {
  get: (_, key) => (typeof key === 'string' ? readRaw(key) : undefined),
  set: (_, key, value) => {
    writeRaw(String(key), String(value));
    return true;
  },
  has: (_, key) => typeof key === 'string' && readRaw(key) !== undefined,
  deleteProperty: (_, key) => {
    removeRaw(String(key));
    return true;
  },
  ownKeys: () => storedKeys(),
  getOwnPropertyDescriptor: (_, key) => {
    const value = typeof key === 'string' ? readRaw(key) : undefined;
    return value === undefined ? undefined : { value, enumerable: true, configurable: true, writable: true };
  },
});

/**
 * Looks at a storage event from another tab before the stores see it: returns `null` to
 * ignore it (older than what this tab holds), a new text to pass on instead (this tab's
 * own newer edits kept in), or `undefined` to pass it on as it is.
 */
type EventFilter = (key: string, newValue: string) => string | null | undefined;
const eventFilters: EventFilter[] = [];
export function filterStorageEvents(filter: EventFilter) {
  eventFilters.push(filter);
}

type Listener = (event: { key: string | null; newValue: string | null }) => void;
const wrapped = new Map<Listener, (event: StorageEvent) => void>();
const events = {
  addEventListener(_key: string, listener: Listener, restore: () => void) {
    const filtered = (event: StorageEvent) => {
      if (event.storageArea && event.storageArea !== backing) return;
      if (event.key === null) {
        memory.clear();
        removed.clear();
        listener(event);
        return;
      }
      // Another tab wrote this key: its value is newer than anything kept here for the tab.
      memory.delete(event.key);
      removed.delete(event.key);
      tabForget(event.key);
      let newValue = event.newValue;
      for (const filter of eventFilters) {
        if (newValue === null) break;
        const verdict = filter(event.key, newValue);
        if (verdict === null) return;
        if (verdict !== undefined) newValue = verdict;
      }
      listener({ key: event.key, newValue });
    };
    wrapped.set(listener, filtered);
    window.addEventListener('storage', filtered);
    window.addEventListener('pageshow', restore);
  },
  removeEventListener(_key: string, listener: Listener, restore: () => void) {
    const filtered = wrapped.get(listener);
    if (filtered) window.removeEventListener('storage', filtered);
    wrapped.delete(listener);
    window.removeEventListener('pageshow', restore);
  },
};

const noEvents = { addEventListener() {}, removeEventListener() {} };
// The library types its listener for plain `{ key, newValue }` events; the window hands it StorageEvents.
setPersistentEngine(engine, (isBrowser ? events : noEvents) as unknown as Parameters<typeof setPersistentEngine>[1]);
