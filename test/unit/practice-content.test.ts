/**
 * Practice exercises (content/practice/): every file matches its schema, every branching
 * graph is sound, outcome exercises cover exactly their stage's evidence, the right option
 * is not given away by its length, and both locales agree on every language-neutral fact.
 */
import { describe, expect, it } from 'vitest';
import { allPaths, branchingProblems, scorePath } from '../../src/lib/branching';
import { practiceFacts } from '../../src/lib/practice-facts';
import { practiceSchema, type PracticeData } from '../../src/schemas/practice';
import { listContent, readData } from '../content-files';

const files = listContent('practice', ['.yaml']);
const parse = (file: string): PracticeData => practiceSchema.parse(readData('practice', file));
const enFiles = files.filter((f) => f.startsWith('en/'));
const stageEvidenceCount = (locale: string, stage: number) => {
  const stageFile = listContent('stages', ['.mdx']).find((f) => f.startsWith(`${locale}/0${stage}-`))!;
  return (readData('stages', stageFile) as { evidence: unknown[] }).evidence.length;
};

describe('content/practice', () => {
  it.each(files)('%s matches its schema', (file) => {
    const result = practiceSchema.safeParse(readData('practice', file));
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`), file).toEqual([]);
  });

  it('has at least two exercises for stages 1, 5, 6 and 7 and one for stages 2 to 4', () => {
    const perStage = new Map<number, number>();
    for (const f of enFiles) perStage.set(parse(f).stage, (perStage.get(parse(f).stage) ?? 0) + 1);
    for (const stage of [1, 5, 6, 7]) expect(perStage.get(stage) ?? 0, `stage ${stage}`).toBeGreaterThanOrEqual(2);
    for (const stage of [2, 3, 4]) expect(perStage.get(stage) ?? 0, `stage ${stage}`).toBeGreaterThanOrEqual(1);
  });

  it('has branching calls for stages 2, 4 and 6', () => {
    const branchingStages = enFiles
      .map(parse)
      .filter((d) => d.type === 'branching')
      .map((d) => d.stage);
    expect(branchingStages).toEqual(expect.arrayContaining([2, 4, 6]));
  });
});

describe('branching graphs', () => {
  const graphs = files.map((file) => [file, parse(file)] as const).filter(([, d]) => d.type === 'branching');
  it.each(graphs)('%s: every scene reachable, every path ends, no dangling ids', (_, data) => {
    expect(branchingProblems(data as never)).toEqual([]);
  });
  it.each(graphs)('%s: the best path scores 100 and some path scores low', (_, data) => {
    const scores = allPaths(data as never).map(scorePath);
    expect(Math.max(...scores)).toBe(100);
    expect(Math.min(...scores)).toBeLessThan(50);
  });
  it.each(graphs)('%s: endings carry an outcome for the debrief', (_, data) => {
    if (data.type !== 'branching') return;
    for (const scene of data.scenes.filter((s) => s.choices.length === 0)) expect(scene.outcome, scene.id).toBeTruthy();
  });
});

describe('outcome exercises use their stage evidence', () => {
  const outcome = files.map((file) => [file, parse(file)] as const).filter(([, d]) => d.type === 'outcome-reached');
  it.each(outcome)('%s judges every evidence item of its stage', (file, data) => {
    if (data.type !== 'outcome-reached') return;
    const count = stageEvidenceCount(file.split('/')[0]!, data.stage);
    expect(data.evidence.map((e) => e.item).sort((a, b) => a - b)).toEqual(
      Array.from({ length: count }, (_, i) => i + 1),
    );
  });
});

describe('right options are not the longest by habit', () => {
  // Chinese is counted in characters, English in characters too: both compare within one item.
  it.each(['en', 'zh-cn'])(
    '%s: the right rewrite is the strictly longest in at most a third of the items',
    (locale) => {
      const items = files
        .filter((f) => f.startsWith(`${locale}/`))
        .map(parse)
        .flatMap((d) => (d.type === 'make-verifiable' ? d.items : []));
      const longest = items.filter((item) => {
        const right = item.options.find((o) => o.correct)!.text.length;
        return item.options.every((o) => o.correct || o.text.length < right);
      });
      expect(items.length).toBeGreaterThan(0);
      expect(longest.length, longest.map((i) => i.id).join(', ')).toBeLessThanOrEqual(Math.floor(items.length / 3));
    },
  );
});

/** The language-neutral facts, plus the number of scene lines (structure). */
const facts = (d: PracticeData) => ({
  facts: practiceFacts(d),
  seen: d.type === 'outcome-reached' ? d.seen.length : null,
});

describe('both locales mirror each other', () => {
  const names = (locale: string) =>
    files.filter((f) => f.startsWith(`${locale}/`)).map((f) => f.slice(locale.length + 1));
  it('has the same files in both locales', () => expect(names('zh-cn')).toEqual(names('en')));
  it.each(names('en').filter((n) => names('zh-cn').includes(n)))('%s: ids, structure and answers agree', (name) => {
    expect(facts(parse(`zh-cn/${name}`))).toEqual(facts(parse(`en/${name}`)));
  });
  it.each(names('zh-cn'))('zh-cn/%s is written in Chinese', (name) => {
    const d = parse(`zh-cn/${name}`);
    expect(/[\u4e00-\u9fff]/.test(d.title + d.scene + d.lesson)).toBe(true);
  });
});

describe('practice ids', () => {
  it('never collide with role-exercise case ids (the exercises index shares status cards)', () => {
    const cases = new Set(listContent('cases', ['.yaml']).map((f) => f.replace(/^[^/]+\//, '')));
    for (const f of enFiles) expect(cases.has(f.replace(/^en\//, '')), f).toBe(false);
  });
});
