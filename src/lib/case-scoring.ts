/**
 * Scoring a role-identification case. Per contact: roles earn partial credit (overlap of
 * the chosen and expected role sets), stance and move are right or wrong. Roles weigh half,
 * stance and move a quarter each.
 */
import type { MoveKey, RoleKey, StanceKey } from './vocabulary';

export interface ExpectedAnswer {
  roles: readonly RoleKey[];
  stance: StanceKey;
  move: MoveKey;
  alsoAccepted?: readonly MoveKey[];
}
export interface GivenAnswer {
  roles: readonly RoleKey[];
  stance: StanceKey | null;
  move: MoveKey | null;
}
export interface ContactResult {
  id: string;
  /** 0..1: |chosen ∩ expected| / |chosen ∪ expected|. */
  roleScore: number;
  missingRoles: RoleKey[];
  extraRoles: RoleKey[];
  stanceRight: boolean;
  moveRight: boolean;
  /** 0..1 for this contact. */
  score: number;
  answered: boolean;
}
export interface CaseResult {
  contacts: ContactResult[];
  /** 0..100, rounded. */
  percent: number;
  /** Every contact has roles, a stance and a move. */
  complete: boolean;
}

export const WEIGHTS = { roles: 0.5, stance: 0.25, move: 0.25 } as const;

/** Whether a contact's answer is filled in enough to check. */
export function isAnswered(given: GivenAnswer | undefined): given is GivenAnswer {
  return !!given && given.roles.length > 0 && given.stance !== null && given.move !== null;
}

export function scoreContact(id: string, expected: ExpectedAnswer, given: GivenAnswer | undefined): ContactResult {
  const chosen = new Set(given?.roles ?? []);
  const wanted = new Set(expected.roles);
  const overlap = [...chosen].filter((r) => wanted.has(r)).length;
  const union = new Set([...chosen, ...wanted]).size;
  const roleScore = union === 0 ? 0 : overlap / union;
  const stanceRight = given?.stance === expected.stance;
  const moveRight =
    !!given?.move && (given.move === expected.move || (expected.alsoAccepted ?? []).includes(given.move));
  return {
    id,
    roleScore,
    missingRoles: [...wanted].filter((r) => !chosen.has(r)),
    extraRoles: [...chosen].filter((r) => !wanted.has(r)),
    stanceRight,
    moveRight,
    score: WEIGHTS.roles * roleScore + (stanceRight ? WEIGHTS.stance : 0) + (moveRight ? WEIGHTS.move : 0),
    answered: isAnswered(given),
  };
}

export function scoreCase(
  contacts: readonly { id: string; answer: ExpectedAnswer }[],
  answers: Readonly<Record<string, GivenAnswer | undefined>>,
): CaseResult {
  const results = contacts.map((c) => scoreContact(c.id, c.answer, answers[c.id]));
  const total = results.reduce((sum, r) => sum + r.score, 0);
  return {
    contacts: results,
    percent: contacts.length === 0 ? 0 : Math.round((100 * total) / contacts.length),
    complete: results.every((r) => r.answered),
  };
}

/**
 * What "Try again" keeps: per contact, the parts that were right (all roles exactly right,
 * the stance, the move); wrong parts are cleared. Contacts with nothing right are dropped.
 */
export function keptAnswers(
  contacts: readonly { id: string; answer: ExpectedAnswer }[],
  answers: Readonly<Record<string, GivenAnswer | undefined>>,
): Record<string, { roles: RoleKey[]; stance: StanceKey | null; move: MoveKey | null }> {
  const out: Record<string, { roles: RoleKey[]; stance: StanceKey | null; move: MoveKey | null }> = {};
  for (const c of contacts) {
    const given = answers[c.id];
    if (!given) continue;
    const r = scoreContact(c.id, c.answer, given);
    const kept = {
      roles: r.roleScore === 1 ? [...given.roles] : [],
      stance: r.stanceRight ? given.stance : null,
      move: r.moveRight ? given.move : null,
    };
    if (kept.roles.length > 0 || kept.stance !== null || kept.move !== null) out[c.id] = kept;
  }
  return out;
}
