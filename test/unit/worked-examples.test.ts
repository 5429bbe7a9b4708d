/**
 * Worked examples (content/worked-examples/): the Jade River Dairy case as a filled-in
 * example of every worksheet, in both locales, with the same ids and marks; entries name
 * the sheet's own fields, criteria and questions, and the buying unit map the case's people.
 */
import { describe, expect, it } from 'vitest';
import { exampleSheets, workedExampleSchema, type WorkedExampleData } from '../../src/schemas/worked-example';
import { listContent, readData } from '../content-files';

const files = listContent('worked-examples', ['.yaml']);
const parse = (file: string): WorkedExampleData => workedExampleSchema.parse(readData('worked-examples', file));
const sheetIds = (sheet: string): Set<string> => {
  const d = readData('worksheets', `en/${sheet}.yaml`) as {
    parts?: { id: string; fields: { id: string }[] }[];
    questions?: { id: string; criteria?: { id: string }[] }[];
  };
  return new Set([
    ...(d.parts ?? []).flatMap((p) => [p.id, ...p.fields.map((f) => f.id)]),
    ...(d.questions ?? []).flatMap((q) => [q.id, ...(q.criteria ?? []).map((c) => c.id)]),
  ]);
};

describe('content/worked-examples', () => {
  it.each(files)('%s matches its schema', (file) => {
    const result = workedExampleSchema.safeParse(readData('worked-examples', file));
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`), file).toEqual([]);
  });

  it.each(['en', 'zh-cn'])('%s has an example of every sheet', (locale) => {
    expect(
      files
        .filter((f) => f.startsWith(`${locale}/`))
        .map((f) => parse(f).sheet)
        .sort(),
    ).toEqual([...exampleSheets].sort());
  });

  it.each(files.filter((f) => f.startsWith('en/')))('%s: the same ids, structure and marks in Chinese', (file) => {
    const facts = (d: WorkedExampleData) => ({
      sheet: d.sheet,
      sections: d.sections.map((s) => [s.id, s.entries.map((e) => [e.id, e.mark ?? null])]),
    });
    expect(facts(parse(file.replace(/^en\//, 'zh-cn/')))).toEqual(facts(parse(file)));
  });

  it('the assessment marks every criterion of the sheet, with real Yes, No and ? marks', () => {
    const d = parse('en/opportunity-assessment.yaml');
    const marked = d.sections.flatMap((s) => s.entries.filter((e) => e.mark));
    const criteria = [...sheetIds('opportunity-assessment')].filter(
      (id) => !['is-it-real', 'best-solution', 'client-wants-us', 'worth-it'].includes(id),
    );
    expect(marked.map((e) => e.id).sort()).toEqual(criteria.sort());
    expect(new Set(marked.map((e) => e.mark))).toEqual(new Set(['yes', 'no', 'unknown']));
  });

  it.each(['account-plan', 'cra-planner', 'unique-value'])(
    "%s: every entry names one of the sheet's fields or questions",
    (sheet) => {
      const known = sheetIds(sheet);
      const d = parse(`en/${sheet}.yaml`);
      const entries = d.sections.flatMap((s) => s.entries).filter((e) => e.id !== 'proposition');
      for (const e of entries) expect(known.has(e.id), `${sheet}: ${e.id}`).toBe(true);
    },
  );

  it('the buying unit map has exactly the people of the Jade River Dairy case', () => {
    const people = (readData('cases', 'en/jade-river-dairy.yaml') as { contacts: { id: string }[] }).contacts.map(
      (c) => c.id,
    );
    expect(parse('en/buying-unit-map.yaml').sections.flatMap((s) => s.entries.map((e) => e.id))).toEqual(people);
  });
});
