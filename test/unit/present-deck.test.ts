import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  buildDeck,
  move,
  parsePosition,
  positionHash,
  revealSteps,
  ROOM_QUESTIONS,
  type DeckInput,
} from '../../src/lib/present-deck';
import { stageSlugs } from '../../src/lib/vocabulary';

const root = join(import.meta.dirname, '../..');
const frontmatter = (file: string) => parse(readFileSync(join(root, file), 'utf8').split(/^---$/m)[1]!);
const yaml = (file: string) => parse(readFileSync(join(root, file), 'utf8'));

function deckInput(locale: string, n: number, withCase: string | null): DeckInput {
  const slug = stageSlugs[n - 1]!;
  const stage = frontmatter(`content/stages/${locale}/0${n}-${slug}.mdx`);
  const glossary = new Map([['key-decision-leader', { term: 'KDL', short: 'Leads the decision.' }]]);
  const cases = withCase ? [{ id: withCase, ...yaml(`content/cases/${locale}/${withCase}.yaml`) }] : [];
  return { stage, glossary, questions: yaml(`content/checks/${locale}/${slug}.yaml`).questions, cases };
}

describe('presenter deck', () => {
  it.each(['en', 'zh-cn'])(
    'builds stage 2 (%s): content slides, questions for the room, a case contact by contact',
    (locale) => {
      const deck = buildDeck(deckInput(locale, 2, 'loudest-voice'));
      const kinds = deck.map((s) => s.kind);
      expect(kinds.slice(0, 6)).toEqual(['title', 'outcome', 'activities', 'roles', 'sales-aids', 'running-case']);
      const questions = deck.filter((s) => s.kind === 'question');
      expect(questions.length).toBeGreaterThanOrEqual(2);
      expect(questions.length).toBeLessThanOrEqual(ROOM_QUESTIONS);
      for (const q of questions) if (q.kind === 'question') expect(q.options.some((o) => o.correct)).toBe(true);
      const contacts = deck.filter((s) => s.kind === 'contact');
      expect(contacts).toHaveLength(6);
      expect(contacts.every((c) => revealSteps(c) === 1 && c.notes.length === 1)).toBe(true);
      expect(kinds.at(-2)).toBe('lesson');
      expect(kinds.at(-1)).toBe('end');
      expect(new Set(deck.map((s) => s.id)).size).toBe(deck.length);
    },
  );

  it('a stage without a case has no case slides', () => {
    const deck = buildDeck(deckInput('en', 1, null));
    expect(deck.some((s) => s.kind === 'case' || s.kind === 'contact' || s.kind === 'lesson')).toBe(false);
  });

  it('question notes give the right answer first, with every explanation', () => {
    const q = buildDeck(deckInput('en', 1, null)).find((s) => s.kind === 'question')!;
    expect(q.notes[0]).toMatch(/^[A-G] ✓: /);
    expect(q.kind === 'question' && q.notes.length).toBe(q.kind === 'question' ? q.options.length : 0);
  });
});

describe('presenter position', () => {
  const steps = [0, 1, 0];
  it.each<[string, { index: number; step: number }]>([
    ['', { index: 0, step: 0 }],
    ['#2', { index: 1, step: 0 }],
    ['#2.1', { index: 1, step: 1 }],
    ['#2.9', { index: 1, step: 1 }],
    ['#1.1', { index: 0, step: 0 }],
    ['#99', { index: 2, step: 0 }],
    ['#0', { index: 0, step: 0 }],
    ['#x', { index: 0, step: 0 }],
  ])('reads %j', (hash, expected) => expect(parsePosition(hash, steps)).toEqual(expected));

  it('round-trips through the hash', () => {
    expect(positionHash({ index: 1, step: 1 })).toBe('#2.1');
    expect(parsePosition(positionHash({ index: 2, step: 0 }), steps)).toEqual({ index: 2, step: 0 });
  });

  it('reveals before moving on; back shows the earlier slide revealed; stops at both ends', () => {
    let p = { index: 0, step: 0 };
    const trail = [];
    for (let i = 0; i < 4; i++) trail.push((p = move(p, steps, 'next')));
    expect(trail).toEqual([
      { index: 1, step: 0 },
      { index: 1, step: 1 },
      { index: 2, step: 0 },
      { index: 2, step: 0 },
    ]);
    expect(move({ index: 2, step: 0 }, steps, 'prev')).toEqual({ index: 1, step: 1 });
    expect(move({ index: 0, step: 0 }, steps, 'prev')).toEqual({ index: 0, step: 0 });
    expect(move({ index: 1, step: 1 }, steps, 'first')).toEqual({ index: 0, step: 0 });
    expect(move({ index: 0, step: 0 }, steps, 'last')).toEqual({ index: 2, step: 0 });
  });
});
