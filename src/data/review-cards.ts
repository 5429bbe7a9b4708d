/**
 * The review deck's cards for one locale, from the content: every check question (it joins
 * a learner's deck only once missed), every glossary term and every stage's verifiable
 * outcome. Card ids are language-neutral (`lib/review.ts`), so both editions share a deck.
 */
import { cardIds, type CatalogueCard } from '../lib/review-deck';
import type { Locale } from '../lib/vocabulary';
import type { Question } from '../schemas/check';
import { getChecks, getGlossary, getStages, localId } from './content';

export interface ReviewCardView extends CatalogueCard {
  /** What kind of card, as shown: "Stage 3 check", "Term", "Outcome of stage 2". */
  label: string;
  front: string;
  back: string[];
  /** Where to read more. */
  href: string;
}

function answerLines(q: Question): string[] {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.options.filter((o) => o.correct).flatMap((o) => [o.text, o.explanation]);
    case 'order':
      return [q.items.map((i, n) => `${n + 1}. ${i.text}`).join('  '), q.explanation];
    case 'match':
      return q.pairs.map((p) => `${p.term}: ${p.definition}`);
  }
}

export async function getReviewCards(
  locale: Locale,
  labels: { check: (n: number) => string; term: string; outcome: (n: number) => string },
): Promise<ReviewCardView[]> {
  const stages = await getStages(locale);
  const numberOf = new Map(stages.map((s) => [s.data.slug, s.data.number]));
  const checks = (await getChecks(locale)).sort(
    (a, b) => (numberOf.get(a.data.stage) ?? 0) - (numberOf.get(b.data.stage) ?? 0),
  );
  const outcomes = stages.map((s) => ({
    id: cardIds.outcome(s.data.slug),
    source: 'outcome' as const,
    label: labels.outcome(s.data.number),
    front: s.data.title,
    back: [s.data.outcome],
    href: `/${locale}/stages/${s.data.slug}/#verifiable-outcome`,
  }));
  const terms = (await getGlossary(locale)).map((g) => ({
    id: cardIds.term(localId(g)),
    source: 'term' as const,
    label: labels.term,
    front: g.data.term,
    back: [g.data.short],
    href: `/${locale}/glossary/#${localId(g)}`,
  }));
  const questions = checks.flatMap((c) =>
    c.data.questions.map((q) => ({
      id: cardIds.question(q.id),
      source: 'missed' as const,
      label: labels.check(numberOf.get(c.data.stage) ?? 0),
      front: q.prompt,
      back: answerLines(q),
      href: `/${locale}/checks/${c.data.stage}/`,
    })),
  );
  // Outcomes first: they are the method's backbone, and the first new cards a learner meets.
  return [...outcomes, ...terms, ...questions];
}
