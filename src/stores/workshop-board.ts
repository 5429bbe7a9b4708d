/**
 * The instructor's pasted results codes, kept until cleared so a reload (or a projector
 * that goes to sleep) does not lose the class list. Not learner data: it never enters the
 * export file or the learner's records.
 *
 * Stored shape: key `ssm:workshop:codes`, the pasted text as is (no JSON, no version: a
 * value that is not text is simply text). Texts over MAX_KEPT_CHARS are not kept, so a huge
 * paste never fills the storage the learner's own work needs; the board says so.
 */
import { persistentAtom } from '@nanostores/persistent';
import './storage-engine';

export const MAX_KEPT_CHARS = 1_000_000;
const KEY = 'ssm:workshop:codes';

/** The pasted list, as kept. */
export const $boardCodes = persistentAtom<string>(KEY, '');

/** Keeps the pasted text for the next visit; false when it is too long to keep (then nothing is kept). */
export function keepBoardCodes(text: string): boolean {
  if (text.length > MAX_KEPT_CHARS) {
    $boardCodes.set('');
    return false;
  }
  $boardCodes.set(text);
  return true;
}

/** Forgets the pasted list. */
export function clearBoardCodes(): void {
  $boardCodes.set('');
}
