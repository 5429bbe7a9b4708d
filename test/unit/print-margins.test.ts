import { describe, expect, it } from 'vitest';
import { cssString, pageCounterContent } from '../../src/lib/print-margins';

describe('print margin boxes', () => {
  it.each([
    ['Opportunity assessment', '"Opportunity assessment"'],
    ['机会评估', '"机会评估"'],
    ['The "best" \\ worst', '"The \\"best\\" \\\\ worst"'],
    ['two\nlines', '"two lines"'],
  ])('quotes %j as a CSS string', (text, css) => expect(cssString(text)).toBe(css));
  it.each([
    ['Page {page} of {pages}', '"Page " counter(page) " of " counter(pages)'],
    ['第 {page} 页，共 {pages} 页', '"第 " counter(page) " 页，共 " counter(pages) " 页"'],
    ['{page}/{pages}', 'counter(page) "/" counter(pages)'],
    ['{page}', 'counter(page)'],
  ])('turns %j into counters', (template, css) => expect(pageCounterContent(template)).toBe(css));
});
