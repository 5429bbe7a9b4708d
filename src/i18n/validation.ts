/** A validation failure in the learner's language: `records.check.noticing.best: must be a whole number from 0 to 100`. */
import type { Failure, Problem } from '../lib/validate';
import { format } from './format';

const problems: readonly Problem[] = [
  'not-text',
  'too-short',
  'too-long',
  'no-match',
  'not-whole-number',
  'not-boolean',
  'not-one-of',
  'not-list',
  'too-many',
  'repeated',
  'not-object',
  'forbidden-key',
  'unknown-field',
  'missing',
  'bad-id',
  'bad-date',
  'bad-path',
  'too-deep',
];
export const validationKeys = ['validation.at', ...problems.map((p) => `validation.${p}` as const)] as const;
export type ValidationStrings = Record<(typeof validationKeys)[number], string>;

export function describeFailure(failure: Pick<Failure, 'path' | 'problem' | 'params'>, t: ValidationStrings): string {
  return format(t['validation.at'], {
    path: failure.path,
    problem: format(t[`validation.${failure.problem}`], failure.params),
  });
}
