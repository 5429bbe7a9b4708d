/**
 * The draft value proposition of the CRA call planner: the content's `propositionTemplate`
 * with `{client}` and the CRA question ids in braces filled from the learner's answers. An
 * unanswered placeholder stays a visible gap, `[label]`, so the draft shows what is missing.
 */
import { isBlank } from './worksheet-body';

export type PropositionPart =
  | { kind: 'text'; text: string }
  | { kind: 'value'; key: string; text: string }
  | { kind: 'gap'; key: string; text: string };
export interface Proposition {
  parts: PropositionPart[];
  /** The draft as plain text, gaps included, ready to copy. */
  text: string;
  /** Placeholders still unanswered, in template order, each once. */
  gaps: string[];
}

/** The placeholder keys of a template, in order, each once. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{([a-z0-9-]+)\}/g)].map((m) => m[1]!))];
}

/**
 * An answer as it reads inside a sentence: spaces and line breaks collapsed, closing
 * punctuation dropped (the template has its own).
 */
export function inlineAnswer(answer: string): string {
  return answer
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.。,，;；:：!！]+$/u, '');
}

/** Fills the template; `labels` names each placeholder for its gap (the key itself if missing). */
export function composeProposition(
  template: string,
  answers: Readonly<Record<string, string | undefined>>,
  labels: Readonly<Record<string, string>>,
): Proposition {
  const parts: PropositionPart[] = [];
  const gaps: string[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{([a-z0-9-]+)\}/g)) {
    const key = match[1]!;
    if (match.index > last) parts.push({ kind: 'text', text: template.slice(last, match.index) });
    const value = inlineAnswer(answers[key] ?? '');
    if (isBlank(value)) {
      parts.push({ kind: 'gap', key, text: `[${labels[key] ?? key}]` });
      if (!gaps.includes(key)) gaps.push(key);
    } else parts.push({ kind: 'value', key, text: value });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ kind: 'text', text: template.slice(last) });
  return {
    parts,
    text: parts
      .map((p) => p.text)
      .join('')
      .replace(/\s+/g, ' ')
      .trim(),
    gaps,
  };
}
