/**
 * The presenter's deck for one stage, built from the stage's content: what each slide shows,
 * what is revealed on a key press (`reveal`), and the presenter's notes. Pure: content in,
 * slides out; the page renders them and src/scripts/present.ts drives them.
 */
import { fnv1a } from './content-hash';
import type { MoveKey, RoleKey, StanceKey } from './vocabulary';

/** How many knowledge-check questions go to the room. */
export const ROOM_QUESTIONS = 3;

interface StageInput {
  number: number;
  slug: string;
  title: string;
  summary: string;
  purpose: string;
  clientStage: string;
  clientView: string;
  sellerActivity: string;
  outcome: string;
  evidence: readonly string[];
  activities: readonly { title: string; detail: string }[];
  roles: readonly { role: string; why: string }[];
  salesAids: readonly string[];
  vitalSign?: { name: string; check: string } | undefined;
  mistakes: readonly string[];
  runningCase: { met: string; did: string; evidence: string };
}
type QuestionInput =
  | {
      id: string;
      type: 'single' | 'multiple';
      prompt: string;
      options: readonly { id: string; text: string; correct: boolean; explanation: string }[];
    }
  | { id: string; type: 'order' | 'match'; prompt: string };
interface CaseInput {
  id: string;
  title: string;
  company: string;
  industry: string;
  situation: string;
  opportunity: string;
  lesson: string;
  contacts: readonly {
    id: string;
    name: string;
    title: string;
    said: string;
    answer: { roles: readonly RoleKey[]; stance: StanceKey; move: MoveKey };
    explanation: string;
  }[];
}
export interface DeckInput {
  stage: StageInput;
  /** Glossary id → term and short definition (role and sales-aid names). */
  glossary: ReadonlyMap<string, { term: string; short: string }>;
  questions: readonly QuestionInput[];
  /** The stage's cases; the first is worked through with the room. */
  cases: readonly CaseInput[];
}

interface Base {
  /** Stable id, used in the slide's anchor. */
  id: string;
  /** The presenter's notes, one paragraph each. */
  notes: string[];
}
export type Slide = Base &
  (
    | { kind: 'title'; number: number; title: string; summary: string; clientStage: string; sellerActivity: string }
    | { kind: 'outcome'; outcome: string; evidence: readonly string[] }
    | { kind: 'activities'; items: readonly { title: string; detail: string }[] }
    | { kind: 'roles'; items: { role: string; name: string; why: string }[] }
    | {
        kind: 'sales-aids';
        items: { id: string; name: string; short: string }[];
        vitalSign: { name: string; check: string } | null;
      }
    | { kind: 'running-case'; met: string; did: string; evidence: string }
    | {
        kind: 'question';
        index: number;
        total: number;
        prompt: string;
        multiple: boolean;
        options: { id: string; letter: string; text: string; correct: boolean }[];
      }
    | { kind: 'case'; title: string; company: string; industry: string; situation: string; opportunity: string }
    | {
        kind: 'contact';
        index: number;
        total: number;
        name: string;
        title: string;
        said: string;
        answer: { roles: readonly RoleKey[]; stance: StanceKey; move: MoveKey };
      }
    | { kind: 'lesson'; lesson: string }
    | { kind: 'end' }
  );

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
const letters = 'ABCDEFG';

/** Slides that reveal something on a key press before moving on. */
export function revealSteps(slide: Slide): number {
  return slide.kind === 'question' || slide.kind === 'contact' ? 1 : 0;
}

/** The deck: stage, outcome, activities, roles, sales aids, running case, questions for the room, a case contact by contact, end. */
export function buildDeck({ stage, glossary, questions, cases }: DeckInput): Slide[] {
  const term = (id: string) => glossary.get(id)?.term ?? id;
  const slides: Slide[] = [
    {
      id: 'stage',
      kind: 'title',
      number: stage.number,
      title: stage.title,
      summary: stage.summary,
      clientStage: stage.clientStage,
      sellerActivity: stage.sellerActivity,
      notes: [...paragraphs(stage.purpose), stage.clientView],
    },
    { id: 'outcome', kind: 'outcome', outcome: stage.outcome, evidence: stage.evidence, notes: [] },
    { id: 'activities', kind: 'activities', items: stage.activities, notes: [...stage.mistakes] },
    {
      id: 'roles',
      kind: 'roles',
      items: stage.roles.map((r) => ({ role: r.role, name: term(r.role), why: r.why })),
      notes: stage.roles.map((r) => `${term(r.role)}: ${glossary.get(r.role)?.short ?? ''}`.trim()),
    },
    {
      id: 'sales-aids',
      kind: 'sales-aids',
      items: stage.salesAids.map((id) => ({ id, name: term(id), short: glossary.get(id)?.short ?? '' })),
      vitalSign: stage.vitalSign ? { name: stage.vitalSign.name, check: stage.vitalSign.check } : null,
      notes: [],
    },
    { id: 'running-case', kind: 'running-case', ...stage.runningCase, notes: [] },
  ];
  const room = questions
    .filter((q): q is Extract<QuestionInput, { options: unknown }> => q.type === 'single' || q.type === 'multiple')
    .slice(0, ROOM_QUESTIONS);
  room.forEach((q, i) => {
    // A fixed shuffle per question, so the right answer's place says nothing and every showing agrees.
    const shuffled = [...q.options].sort((a, b) => (fnv1a(`${q.id}:${a.id}`) < fnv1a(`${q.id}:${b.id}`) ? -1 : 1));
    const options = shuffled.map((o, j) => ({
      id: o.id,
      letter: letters[j] ?? String(j + 1),
      text: o.text,
      correct: o.correct,
    }));
    slides.push({
      id: `q-${q.id}`,
      kind: 'question',
      index: i + 1,
      total: room.length,
      prompt: q.prompt,
      multiple: q.type === 'multiple',
      options,
      // Right answers first, then why the near misses are wrong.
      notes: [
        ...shuffled
          .map((o, j) => ({ o, letter: options[j]!.letter }))
          .sort((a, b) => Number(b.o.correct) - Number(a.o.correct))
          .map(({ o, letter }) => `${letter}${o.correct ? ' ✓' : ''}: ${o.explanation}`),
      ],
    });
  });
  const worked = cases[0];
  if (worked) {
    slides.push({
      id: `case-${worked.id}`,
      kind: 'case',
      title: worked.title,
      company: worked.company,
      industry: worked.industry,
      situation: worked.situation,
      opportunity: worked.opportunity,
      notes: [],
    });
    worked.contacts.forEach((c, i) =>
      slides.push({
        id: `contact-${c.id}`,
        kind: 'contact',
        index: i + 1,
        total: worked.contacts.length,
        name: c.name,
        title: c.title,
        said: c.said,
        answer: c.answer,
        notes: [c.explanation],
      }),
    );
    slides.push({ id: 'lesson', kind: 'lesson', lesson: worked.lesson, notes: [] });
  }
  slides.push({ id: 'end', kind: 'end', notes: [] });
  return slides;
}

/** Parses `#5` or `#5.1` (1-based slide, reveal step) into a position within the deck. */
export function parsePosition(hash: string, steps: readonly number[]): { index: number; step: number } {
  const m = /^#?(\d+)(?:\.(\d+))?$/.exec(hash);
  if (!m || steps.length === 0) return { index: 0, step: 0 };
  const index = Math.min(Math.max(Number(m[1]) - 1, 0), steps.length - 1);
  return { index, step: Math.min(Number(m[2] ?? 0), steps[index]!) };
}

/** The hash for a position: `#5`, or `#5.1` once something is revealed. */
export function positionHash({ index, step }: { index: number; step: number }): string {
  return step > 0 ? `#${index + 1}.${step}` : `#${index + 1}`;
}

/** One move forward or back: reveals come before the next slide; going back shows the earlier slide fully revealed. */
export function move(
  position: { index: number; step: number },
  steps: readonly number[],
  direction: 'next' | 'prev' | 'first' | 'last',
): { index: number; step: number } {
  const last = steps.length - 1;
  if (direction === 'first') return { index: 0, step: 0 };
  if (direction === 'last') return { index: last, step: 0 };
  const { index, step } = position;
  if (direction === 'next') {
    if (step < steps[index]!) return { index, step: step + 1 };
    return index < last ? { index: index + 1, step: 0 } : position;
  }
  if (step > 0) return { index, step: step - 1 };
  return index > 0 ? { index: index - 1, step: steps[index - 1]! } : position;
}
