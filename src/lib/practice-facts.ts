/**
 * The language-neutral facts of a practice exercise: ids, structure and correct answers.
 * Both locales must agree on them (parity test), and their hash says "this exercise changed".
 */
import { contentHash } from './content-hash';

type Facts =
  | {
      type: 'outcome-reached';
      stage: number;
      reached: boolean;
      evidence: readonly { id: string; item: number; missing: boolean }[];
    }
  | {
      type: 'make-verifiable';
      stage: number;
      items: readonly { id: string; options: readonly { id: string; correct: boolean }[] }[];
      sequence?: { steps: readonly { id: string }[] } | undefined;
    }
  | {
      type: 'branching';
      stage: number;
      start: string;
      scenes: readonly { id: string; choices: readonly { id: string; next: string; quality: string }[] }[];
    };

export function practiceFacts(d: Facts): unknown {
  const base = { type: d.type, stage: d.stage };
  switch (d.type) {
    case 'outcome-reached':
      return { ...base, reached: d.reached, evidence: d.evidence.map((e) => [e.id, e.item, e.missing]) };
    case 'make-verifiable':
      return {
        ...base,
        items: d.items.map((i) => [i.id, i.options.map((o) => [o.id, o.correct])]),
        sequence: d.sequence?.steps.map((s) => s.id) ?? null,
      };
    case 'branching':
      return {
        ...base,
        start: d.start,
        scenes: d.scenes.map((s) => [s.id, s.choices.map((c) => [c.id, c.next, c.quality])]),
      };
  }
}

export const practiceHash = (d: Facts) => contentHash(practiceFacts(d));
