/**
 * The one place that touches `localStorage`. It is handed to @nanostores/persistent as its
 * storage engine, so every store goes through it, and it never throws:
 * - storage missing or blocked (private mode, disabled): values live in memory, health
 *   `unavailable`;
 * - a write that fails (quota exceeded): the old stored value stays as it was, the new one
 *   lives in memory for this page, health `read-only`.
 */
import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';

export type StorageHealth = 'ok' | 'read-only' | 'unavailable';

/** Whether work is being kept. Server render is always `ok` (neutral). */
export const $storageHealth = atom<StorageHealth>('ok');

/** Values kept in memory because storage refused them. */
const memory = new Map<string, string>();
/** Keys removed in memory because storage refused the removal. */
const removed = new Set<string>();

function openStorage(): Storage | null {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return null;
    storage.getItem('ssm:probe');
    return storage;
  } catch {
    return null;
  }
}

const isBrowser = typeof window !== 'undefined';
const backing: Storage | null = isBrowser ? openStorage() : null;

if (isBrowser) {
  if (!backing) $storageHealth.set('unavailable');
  else {
    try {
      backing.setItem('ssm:probe', '1');
      backing.removeItem('ssm:probe');
    } catch {
      $storageHealth.set('read-only');
    }
    // Another tab wrote this key: its value is newer than anything kept here in memory.
    window.addEventListener('storage', (event) => {
      if (event.key === null) {
        memory.clear();
        removed.clear();
      } else {
        memory.delete(event.key);
        removed.delete(event.key);
      }
    });
  }
}

/** The stored text of a key, or undefined. */
export function readRaw(key: string): string | undefined {
  if (memory.has(key)) return memory.get(key);
  if (removed.has(key) || !backing) return undefined;
  try {
    return backing.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Stores a value; returns false (and keeps it in memory) when storage refused it. */
export function writeRaw(key: string, value: string): boolean {
  if (backing) {
    try {
      backing.setItem(key, value);
      memory.delete(key);
      removed.delete(key);
      return true;
    } catch {
      if ($storageHealth.get() === 'ok') $storageHealth.set('read-only');
    }
  }
  memory.set(key, value);
  removed.delete(key);
  return false;
}

/** Removes a key (in memory at least). */
export function removeRaw(key: string): void {
  memory.delete(key);
  if (!backing) return;
  try {
    backing.removeItem(key);
    removed.delete(key);
  } catch {
    removed.add(key);
  }
}

/** Every key, stored or in memory. */
export function storedKeys(): string[] {
  const keys = new Set(memory.keys());
  if (backing) {
    try {
      for (let i = 0; i < backing.length; i++) {
        const key = backing.key(i);
        if (key !== null && !removed.has(key)) keys.add(key);
      }
    } catch {
      // Enumeration refused: the in-memory keys are all we can list.
    }
  }
  return [...keys];
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

const noEvents = { addEventListener() {}, removeEventListener() {} };
setPersistentEngine(engine, isBrowser ? windowPersistentEvents : noEvents);
