/**
 * Actions on practice records (outcome reached?, make it verifiable, branching
 * conversation). Built on the store's `update`, which starts from the freshest stored
 * record (another tab may have written a moment ago) and tells other tabs what changed.
 */
import type { PracticeAnswer } from '../lib/practice-scoring';
import type { PracticeRecord } from '../lib/practice-record';
import { nowIso, practiceStore } from './learner';

const empty = (contentHash: string): PracticeRecord => ({
  v: 1,
  contentHash,
  answer: { choices: {}, flags: [], sequence: [] },
  checked: false,
  attempts: 0,
  best: null,
  last: null,
  completedAt: null,
  updatedAt: nowIso(),
});
const copy = (a: PracticeAnswer) => ({ choices: { ...a.choices }, flags: [...a.flags], sequence: [...a.sequence] });

/** Saves the learner's answer while they work; it is no longer "checked". */
export function savePracticeAnswer(exerciseId: string, contentHash: string, answer: PracticeAnswer) {
  return practiceStore.update(exerciseId, (stored) => ({
    ...(stored ?? empty(contentHash)),
    contentHash,
    answer: copy(answer),
    checked: false,
    updatedAt: nowIso(),
  }));
}

/** Records a checked (or, for a conversation, finished) attempt and its score (0..100). */
export function recordPracticeAttempt(exerciseId: string, contentHash: string, answer: PracticeAnswer, score: number) {
  return practiceStore.update(exerciseId, (stored) => {
    const current = stored ?? empty(contentHash);
    const now = nowIso();
    return {
      ...current,
      contentHash,
      answer: copy(answer),
      checked: true,
      attempts: current.attempts + 1,
      last: score,
      best: Math.max(current.best ?? 0, score),
      completedAt: current.completedAt ?? now,
      updatedAt: now,
    };
  });
}
