/**
 * A facilitation step names what learners open ("run the loudest-voice exercise") by kind
 * and id. This resolves such a reference to its page and says which references name
 * nothing, so a renamed case or worksheet fails the tests instead of leaving a dead link.
 */
import { routes } from './paths';
import type { Locale } from './vocabulary';

export type PracticeKind = 'exercise' | 'check' | 'worksheet';

export interface PracticeRef {
  kind: PracticeKind;
  id: string;
}

/** The ids that exist, per kind. */
export type KnownPractice = Record<PracticeKind, ReadonlySet<string>>;

/** The learner's page for a reference. */
export function practiceHref(locale: Locale, ref: PracticeRef): string {
  if (ref.kind === 'exercise') return routes.exercise(locale, ref.id);
  if (ref.kind === 'check') return routes.check(locale, ref.id);
  return routes.worksheet(locale, ref.id);
}

/** References that name no existing item, as `kind "id"` lines. */
export function unknownPractice(refs: readonly PracticeRef[], known: KnownPractice): string[] {
  return refs.filter((ref) => !known[ref.kind].has(ref.id)).map((ref) => `${ref.kind} "${ref.id}"`);
}
