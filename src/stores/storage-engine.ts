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

/**
 * Which keys this tab keeps in sessionStorage (or marks removed there), indexed once per page:
 * every read asks localStorage only, unless the index says the tab holds something. Only this
 * page writes its tab's sessionStorage; another frame of the tab doing so fires a storage
 * event, which re-indexes.
 */
const tabKept = new Set<string>();
const tabRemoved = new Set<string>();
function indexTab() {
  tabKept.clear();
  tabRemoved.clear();
  try {
    if (!tab) return;
    for (let i = 0; i < tab.length; i++) {
      const key = tab.key(i) ?? '';
      if (key.startsWith(TAB_PREFIX)) tabKept.add(key.slice(TAB_PREFIX.length));
      else if (key.startsWith(TAB_REMOVED)) tabRemoved.add(key.slice(TAB_REMOVED.length));
    }
  } catch {
    // Enumeration refused: nothing is known to be kept there.
  }
}

function tabGet(key: string): string | null {
  if (!tabKept.has(key)) return null;
  try {
    return tab?.getItem(TAB_PREFIX + key) ?? null;
  } catch {
    return null;
  }
}
const tabHasRemoved = (key: string): boolean => tabRemoved.has(key);
function tabForget(key: string) {
  if (!tabKept.has(key) && !tabRemoved.has(key)) return;
  tabKept.delete(key);
  tabRemoved.delete(key);
  try {
    tab?.removeItem(TAB_PREFIX + key);
    tab?.removeItem(TAB_REMOVED + key);
  } catch {
    // Nothing was kept there.
  }
}

function degrade(to: Exclude<StorageHealth, 'ok'>) {
  const order: StorageHealth[] = ['ok', 'tab', 'page'];
  if (order.indexOf(to) > order.indexOf($storageHealth.get())) $storageHealth.set(to);
}

if (isBrowser) {
  indexTab();
  if (!open('localStorage')) degrade(tab ? 'tab' : 'page');
  // What this tab kept earlier (storage refused it on another page) is still not on the device.
  if (tabKept.size > 0 || tabRemoved.size > 0) degrade('tab');
  window.addEventListener('storage', (event) => {
    forgetKeys();
    if (tab && event.storageArea === tab) indexTab();
  });
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
  forgetKeys();
  if (backing) {
    try {
      // Already stored as it is (a store writes every value back when it mounts): nothing to write.
      if (!memory.has(key) && !tabKept.has(key) && !removed.has(key) && !tabRemoved.has(key)) {
        if (backing.getItem(key) === value) return (lastWriteStored = true);
      }
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
    tabKept.add(key);
    tab.removeItem(TAB_REMOVED + key);
    tabRemoved.delete(key);
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
  forgetKeys();
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
      tabRemoved.add(key);
    } catch {
      // Kept for this page in `removed`.
    }
  }
}

/**
 * The key list, kept for the rest of the current task: every store lists all keys when it
 * mounts (5 to 9 stores a page), and so do the start-up migrations. Any write or removal
 * here, and any storage event, forgets it; another tab's writes arrive as storage events.
 */
let keysThisTask: { keys: string[]; length: number } | null = null;
function forgetKeys() {
  keysThisTask = null;
}

/** Every key, stored or kept for the tab or page. */
export function storedKeys(): string[] {
  let length = -1;
  try {
    length = backing ? backing.length : 0;
  } catch {
    // Unknown: list again.
  }
  if (keysThisTask && keysThisTask.length === length) return [...keysThisTask.keys];
  const keys = listKeys();
  keysThisTask = { keys, length };
  setTimeout(forgetKeys, 0);
  return [...keys];
}

/** Every stored key that starts with `prefix`, with its text (the key list is taken once, at the start). */
export function* storedWithPrefix(prefix: string): Generator<[key: string, raw: string]> {
  for (const key of storedKeys()) {
    if (!key.startsWith(prefix)) continue;
    const raw = readRaw(key);
    if (raw !== undefined) yield [key, raw];
  }
}

function listKeys(): string[] {
  const keys = new Set(memory.keys());
  for (const k of tabKept) keys.add(k);
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
  // What readRaw would find, without reading each value: enumerated keys exist unless removed here.
  // (the keys not kept here were enumerated from localStorage, so they are there).
  return [...keys].filter((k) => memory.has(k) || (!removed.has(k) && (tabKept.has(k) || !tabRemoved.has(k))));
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
