/**
 * The stored state of one practice exercise, for an island: the learner's answer (from the
 * store, so it survives a reload and follows other tabs), whether it was checked, and
 * moving focus to the result once it appears.
 */
import { useEffect, useRef } from 'react';
import { EMPTY_ANSWER, type PracticeAnswer } from '../../lib/practice-scoring';
import type { PracticeRecord } from '../../lib/practice-record';
import { $practice } from '../../stores/learner';
import { recordPracticeAttempt, savePracticeAnswer } from '../../stores/practice';
import { NO_RECORDS, useStored } from '../use-stored';

export function usePractice(exerciseId: string, contentHash: string) {
  const records = useStored($practice, NO_RECORDS as Record<string, PracticeRecord>);
  const record = records[exerciseId];
  // An answer given to an older version of the exercise may no longer fit: start afresh.
  const current = record && (record.contentHash === contentHash || record.contentHash === '') ? record : undefined;
  const answer: PracticeAnswer = current?.answer ?? EMPTY_ANSWER;
  const checked = current?.checked ?? false;
  const focusResult = useRef(false);
  const resultRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusResult.current && resultRef.current) {
      resultRef.current.focus();
      resultRef.current.scrollIntoView?.({ block: 'nearest' });
    }
    focusResult.current = false;
  });
  return {
    record,
    changed: record !== undefined && current === undefined,
    answer,
    checked,
    resultRef,
    save: (next: PracticeAnswer) => savePracticeAnswer(exerciseId, contentHash, next),
    submit: (next: PracticeAnswer, score: number) => {
      recordPracticeAttempt(exerciseId, contentHash, next, score);
      focusResult.current = true;
    },
  };
}
