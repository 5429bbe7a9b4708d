import { describe, expect, it } from 'vitest';
import { composeProposition, inlineAnswer, placeholders } from '../../src/lib/proposition';

const template =
  '{client} is pursuing {initiative}, driven by {driver}. Starting with {entry-point}, the account team will help deliver {business-result}.';
const labels = {
  client: 'client',
  initiative: 'initiative',
  driver: 'driver',
  'entry-point': 'entry point',
  'business-result': 'business result',
};

describe('placeholders', () => {
  it('lists each key once, in order', () => {
    expect(placeholders('{a} and {b-c} and {a}')).toEqual(['a', 'b-c']);
    expect(placeholders(template)).toEqual(['client', 'initiative', 'driver', 'entry-point', 'business-result']);
  });
});

describe('inlineAnswer', () => {
  it.each([
    ['  the CFO programme.  ', 'the CFO programme'],
    ['line one\n\nline two', 'line one line two'],
    ['降低库存成本。', '降低库存成本'],
    ['cost up 30%!!', 'cost up 30%'],
    ['   ', ''],
  ])('%j → %j', (input, expected) => {
    expect(inlineAnswer(input)).toBe(expected);
  });
});

describe('composeProposition', () => {
  it('fills every answered placeholder', () => {
    const p = composeProposition(
      template,
      {
        client: 'Jade River Dairy',
        initiative: 'the working-capital programme',
        driver: 'rising spoilage.',
        'entry-point': 'batch traceability',
        'business-result': 'working capital down 15%',
      },
      labels,
    );
    expect(p.text).toBe(
      'Jade River Dairy is pursuing the working-capital programme, driven by rising spoilage. Starting with batch traceability, the account team will help deliver working capital down 15%.',
    );
    expect(p.gaps).toEqual([]);
    expect(p.parts.filter((x) => x.kind === 'value')).toHaveLength(5);
  });
  it('shows unanswered placeholders as visible gaps', () => {
    const p = composeProposition(template, { client: 'Acme', driver: '  ' }, labels);
    expect(p.text).toBe(
      'Acme is pursuing [initiative], driven by [driver]. Starting with [entry point], the account team will help deliver [business result].',
    );
    expect(p.gaps).toEqual(['initiative', 'driver', 'entry-point', 'business-result']);
    expect(p.parts.find((x) => x.kind === 'gap')).toEqual({ kind: 'gap', key: 'initiative', text: '[initiative]' });
  });
  it('falls back to the key when a label is missing, and works with Chinese templates', () => {
    const p = composeProposition('{client}正在推进{initiative}。', { initiative: '降本计划。' }, {});
    expect(p.text).toBe('[client]正在推进降本计划。');
  });
  it('copes with a 100,000-character answer', () => {
    const long = 'x'.repeat(100_000);
    const p = composeProposition(template, { client: long }, labels);
    expect(p.text.startsWith(long)).toBe(true);
  });
});
