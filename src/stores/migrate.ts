/**
 * Moves v0 records (`ssm:<kind>:<id>`) to their v1 keys once, on the first page load
 * after an upgrade. Nothing is dropped: a v0 value that cannot be upgraded, or whose v1
 * twin already exists, is set aside instead.
 */
import { decodeRecord, v0KeyToV1 } from '../lib/migrations';
import { BACKUP_PREFIX } from '../lib/records';
import { reportSetAside } from './notices';
import { readRaw, removeRaw, storedKeys, writeRaw } from './storage-engine';

export function migrateStoredRecords(now: string): void {
  for (const key of storedKeys()) {
    const target = v0KeyToV1(key);
    if (!target) continue;
    const raw = readRaw(key);
    if (raw === undefined) continue;
    const decoded = decodeRecord(target.kind, raw, now);
    if (decoded.status === 'ok' && readRaw(target.key) === undefined) {
      if (writeRaw(target.key, JSON.stringify(decoded.value))) removeRaw(key);
      continue;
    }
    const backupKey = `${BACKUP_PREFIX}${key}@${now}`;
    const reason = decoded.status === 'invalid' ? decoded.reason : 'already migrated';
    if (writeRaw(backupKey, raw)) {
      removeRaw(key);
      reportSetAside({ key: backupKey, original: key, reason });
    }
  }
}
