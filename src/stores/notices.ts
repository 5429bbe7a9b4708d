/**
 * What the learner must be told about their stored data: values set aside because they
 * could not be read, and records saved by a newer version of the site.
 */
import { atom } from 'nanostores';
import { BACKUP_PREFIX } from '../lib/records';
import { readRaw, removeRaw, storedKeys } from './storage-engine';

export interface SetAside {
  /** Where the raw text is kept now. */
  key: string;
  /** The key it was read from. */
  original: string;
  reason: string;
}

/** Set-aside values, found in storage at start and added as they are found. */
export const $setAside = atom<SetAside[]>(
  typeof window === 'undefined'
    ? []
    : storedKeys()
        .filter((key) => key.startsWith(BACKUP_PREFIX))
        .map((key) => ({ key, original: key.slice(BACKUP_PREFIX.length).replace(/@[^@]*$/, ''), reason: '' })),
);

/** Keys holding records from a newer site version. */
export const $futureRecords = atom<string[]>([]);

export function reportSetAside(item: SetAside) {
  if ($setAside.get().some((s) => s.key === item.key)) return;
  $setAside.set([...$setAside.get(), item]);
}

export function reportFuture(key: string) {
  if (!$futureRecords.get().includes(key)) $futureRecords.set([...$futureRecords.get(), key]);
}

/** The set-aside values as one JSON document, for download. */
export function setAsideDocument(): string {
  const items = $setAside.get().map((s) => ({ key: s.original, reason: s.reason, raw: readRaw(s.key) ?? null }));
  return JSON.stringify({ format: 'ssm-playbook-set-aside', items }, null, 2);
}

/** Deletes the set-aside copies (after the learner downloaded or chose to discard them). */
export function discardSetAside() {
  for (const s of $setAside.get()) if (s.key.startsWith(BACKUP_PREFIX)) removeRaw(s.key);
  $setAside.set($setAside.get().filter((s) => !s.key.startsWith(BACKUP_PREFIX)));
}
