/**
 * The English and Chinese editions mirror each other: every content file has its twin, the
 * language-neutral facts (ids, numbers, correct answers) agree, links stay inside their
 * locale and point at real glossary terms, and Chinese files are actually in Chinese.
 * Every failure names the file and the field.
 */
import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../src/lib/vocabulary';
import { listContent, readBody, readData } from '../content-files';

type Obj = Record<string, unknown>;
/** Language-neutral facts of one file, by field name. */
type Facts = Record<string, unknown>;

const obj = (value: unknown): Obj =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : {};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const ids = (value: unknown): unknown[] => list(value).map((item) => obj(item)['id']);
const sorted = (value: unknown): unknown[] => [...list(value)].map(String).sort();
/** `{name}` placeholders of a template, sorted. */
const placeholders = (value: unknown): string[] =>
  [...String(value ?? '').matchAll(/\{([\w-]+)\}/g)].map((m) => m[1]!).sort();

function stageFacts(data: Obj): Facts {
  return {
    number: data['number'],
    slug: data['slug'],
    'evidence (count)': list(data['evidence']).length,
    'activities (count)': list(data['activities']).length,
    'roles[].role': list(data['roles']).map((r) => obj(r)['role']),
    salesAids: data['salesAids'],
    'vitalSign.term': obj(data['vitalSign'])['term'],
    beyondSource: data['beyondSource'] ?? false,
  };
}

function glossaryFacts(data: Obj): Facts {
  return { kind: data['kind'], related: data['related'] ?? [] };
}

function caseFacts(data: Obj): Facts {
  const facts: Facts = { stage: data['stage'], 'contacts[].id': ids(data['contacts']) };
  for (const contact of list(data['contacts']).map(obj)) {
    const answer = obj(contact['answer']);
    const at = `contacts[${String(contact['id'])}].answer`;
    facts[`${at}.roles`] = sorted(answer['roles']);
    facts[`${at}.stance`] = answer['stance'];
    facts[`${at}.move`] = answer['move'];
    facts[`${at}.alsoAccepted`] = sorted(answer['alsoAccepted']);
  }
  return facts;
}

function checkFacts(data: Obj): Facts {
  const facts: Facts = { stage: data['stage'], 'questions[].id': ids(data['questions']) };
  for (const question of list(data['questions']).map(obj)) {
    const at = `questions[${String(question['id'])}]`;
    facts[`${at}.type`] = question['type'];
    if ('options' in question) {
      facts[`${at}.options[].id`] = ids(question['options']);
      for (const option of list(question['options']).map(obj))
        facts[`${at}.options[${String(option['id'])}].correct`] = option['correct'] ?? false;
    }
    if ('items' in question) facts[`${at}.items[].id (in order)`] = ids(question['items']);
    if ('pairs' in question) facts[`${at}.pairs[].id`] = ids(question['pairs']);
  }
  return facts;
}

/** Fields whose values are language-neutral, in worksheets, facilitation modules and workshop plans. */
const worksheetNeutral = new Set([
  'sheet',
  'id',
  'criterion',
  'fromStage',
  'when',
  'stage',
  'minutes',
  'kind',
  'module',
  'start',
  'end',
  'isBreak',
  'order',
]);

/** Every id, count and neutral value of a worksheet by path, plus the placeholders of its templates. */
function worksheetFacts(data: unknown, path = '', facts: Facts = {}): Facts {
  if (Array.isArray(data)) {
    facts[`${path} (count)`] = data.length;
    data.forEach((item, index) => worksheetFacts(item, `${path}[${index}]`, facts));
  } else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      const at = path ? `${path}.${key}` : key;
      if (worksheetNeutral.has(key)) facts[at] = value;
      else worksheetFacts(value, at, facts);
    }
  } else if (typeof data === 'string' && placeholders(data).length > 0) {
    facts[`${path} (placeholders)`] = placeholders(data);
  }
  return facts;
}

/** Fields of a zh-cn file that hold ids, keys or names rather than translated text. */
const neutralFields =
  /(^|\.)(id|slug|role|kind|sheet|criterion|type|stage|stance|move|module)$|^vitalSign\.term$|^(salesAids|related|stages|aka)$|\.(when|roles|alsoAccepted)$|^contacts\.name$|^company$/;

const collections = [
  { name: 'stages', ext: ['.mdx'], facts: stageFacts, mdx: true },
  { name: 'pages', ext: ['.mdx'], facts: () => ({}), mdx: true },
  { name: 'glossary', ext: ['.yaml'], facts: glossaryFacts, mdx: false },
  { name: 'cases', ext: ['.yaml'], facts: caseFacts, mdx: false },
  { name: 'checks', ext: ['.yaml'], facts: checkFacts, mdx: false },
  { name: 'worksheets', ext: ['.yaml'], facts: (data: Obj) => worksheetFacts(data), mdx: false },
  { name: 'facilitation', ext: ['.yaml'], facts: (data: Obj) => worksheetFacts(data), mdx: false },
  { name: 'workshop-plans', ext: ['.yaml'], facts: (data: Obj) => worksheetFacts(data), mdx: false },
] as const;

/** File names (without locale folder) of a collection in one locale. */
function filesOf(collection: string, ext: readonly string[], locale: Locale): string[] {
  return listContent(collection, [...ext])
    .filter((path) => path.startsWith(`${locale}/`))
    .map((path) => path.slice(locale.length + 1));
}

const glossaryIds = Object.fromEntries(
  locales.map((locale) => [
    locale,
    new Set(filesOf('glossary', ['.yaml'], locale).map((f) => f.replace(/\.yaml$/, ''))),
  ]),
) as Record<Locale, Set<string>>;

/** Fields whose facts differ between the two locales, as readable lines. */
function factDifferences(en: Facts, zh: Facts): string[] {
  const keys = [...new Set([...Object.keys(en), ...Object.keys(zh)])];
  return keys
    .filter((key) => JSON.stringify(en[key]) !== JSON.stringify(zh[key]))
    .map((key) => `${key}: en ${JSON.stringify(en[key])}, zh-cn ${JSON.stringify(zh[key])}`);
}

/** True for text that carries no Chinese but has English words: a string left untranslated. */
function looksUntranslated(text: string): boolean {
  return !/\p{Script=Han}/u.test(text) && /[a-z]{2,}/.test(text);
}

/** Untranslated text fields of parsed zh-cn data, by path (indices dropped for matching). */
function untranslatedFields(data: unknown, path = ''): string[] {
  if (Array.isArray(data)) return data.flatMap((item, index) => untranslatedFields(item, `${path}[${index}]`));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => untranslatedFields(value, path ? `${path}.${key}` : key));
  }
  if (typeof data !== 'string' || neutralFields.test(path.replace(/\[\d+\]/g, ''))) return [];
  return looksUntranslated(data) ? [`${path}: ${JSON.stringify(data.slice(0, 60))}`] : [];
}

/** Body lines of a zh-cn MDX file that are English prose (links, code and tags aside). */
function untranslatedLines(body: string): string[] {
  let inCode = false;
  return body.split('\n').flatMap((line, index) => {
    if (/^\s*```/.test(line)) inCode = !inCode;
    if (inCode || /^\s*(import|export)\s/.test(line) || /^\s*</.test(line)) return [];
    const prose = line.replace(/\]\([^)]*\)/g, ']').replace(/`[^`]*`/g, '');
    return looksUntranslated(prose) ? [`body line ${index + 1}: ${JSON.stringify(line.trim().slice(0, 60))}`] : [];
  });
}

/** Links in an MDX body that leave the locale or name an unknown glossary term. */
function badLinks(body: string, locale: Locale, known: Set<string>): string[] {
  const problems: string[] = [];
  for (const match of body.matchAll(/\]\(([^)\s]+)[^)]*\)|href=["']([^"']+)["']/g)) {
    const target = (match[1] ?? match[2])!;
    const localeOf = /^\/(en|zh-cn)(\/|$)/.exec(target)?.[1];
    if (localeOf !== undefined && localeOf !== locale)
      problems.push(`link ${target}: points into /${localeOf}/, expected /${locale}/`);
    if (!target.includes('glossary')) continue;
    const glossary = /^\/([\w-]+)\/glossary\/(?:#([\w-]+))?$/.exec(target);
    if (!glossary) problems.push(`link ${target}: a glossary link must look like /${locale}/glossary/#term-id`);
    else if (glossary[2] !== undefined && !known.has(glossary[2]))
      problems.push(`link ${target}: no glossary term "${glossary[2]}"`);
  }
  return problems;
}

describe.each(collections)('content/$name in both locales', ({ name, ext, facts, mdx }) => {
  const en = filesOf(name, ext, 'en');
  const zh = filesOf(name, ext, 'zh-cn');
  const all = [...new Set([...en, ...zh])].sort();
  const twins = all.filter((file) => en.includes(file) && zh.includes(file));

  it('has files', () => expect(all.length).toBeGreaterThan(0));

  it.each(all)('%s has a twin in en/ and zh-cn/', (file) => {
    const missing = locales
      .filter((locale) => !(locale === 'en' ? en : zh).includes(file))
      .map((l) => `content/${name}/${l}/${file} is missing`);
    expect(missing, `content/${name}/*/${file}`).toEqual([]);
  });

  it.each(twins)('%s: language-neutral facts agree', (file) => {
    const differences = factDifferences(
      facts(obj(readData(name, `en/${file}`))),
      facts(obj(readData(name, `zh-cn/${file}`))),
    );
    expect(differences, `content/${name}/{en,zh-cn}/${file}`).toEqual([]);
  });

  it.each(zh)('zh-cn/%s is written in Chinese', (file) => {
    const problems = [
      ...untranslatedFields(readData(name, `zh-cn/${file}`)),
      ...(mdx ? untranslatedLines(readBody(name, `zh-cn/${file}`)) : []),
    ];
    expect(problems, `content/${name}/zh-cn/${file}`).toEqual([]);
  });

  if (mdx) {
    it.each(locales.flatMap((locale) => (locale === 'en' ? en : zh).map((file) => [locale, file] as const)))(
      '%s/%s: links stay in the locale and name real glossary terms',
      (locale, file) => {
        expect(
          badLinks(readBody(name, `${locale}/${file}`), locale, glossaryIds[locale]),
          `content/${name}/${locale}/${file}`,
        ).toEqual([]);
      },
    );
  }
});

describe('glossary ids referenced from content exist', () => {
  const references = locales.flatMap((locale) => [
    ...filesOf('stages', ['.mdx'], locale).map((file) => {
      const data = obj(readData('stages', `${locale}/${file}`));
      const refs: [string, unknown][] = [
        ...list(data['salesAids']).map((id, i): [string, unknown] => [`salesAids[${i}]`, id]),
        ...list(data['roles']).map((r, i): [string, unknown] => [`roles[${i}].role`, obj(r)['role']]),
      ];
      if (data['vitalSign'] !== undefined) refs.push(['vitalSign.term', obj(data['vitalSign'])['term']]);
      return { locale, path: `stages/${locale}/${file}`, refs };
    }),
    ...filesOf('glossary', ['.yaml'], locale).map((file) => ({
      locale,
      path: `glossary/${locale}/${file}`,
      refs: list(obj(readData('glossary', `${locale}/${file}`))['related']).map((id, i): [string, unknown] => [
        `related[${i}]`,
        id,
      ]),
    })),
  ]);

  it.each(references)('$path', ({ locale, path, refs }) => {
    const unknown = refs
      .filter(([, id]) => !glossaryIds[locale].has(String(id)))
      .map(([field, id]) => `${field}: no glossary term "${String(id)}"`);
    expect(unknown, `content/${path}`).toEqual([]);
  });
});

describe('the checks themselves catch problems', () => {
  it.each([
    ['English prose', 'The client signs the order.', true],
    ['Chinese', '客户签署了订单。', false],
    ['Chinese with an English term', '使用 CRA Call Planner 准备拜访。', false],
    ['an acronym', 'CRA', false],
    ['a number', '12%', false],
  ])('looksUntranslated: %s', (_label, text, expected) => expect(looksUntranslated(text)).toBe(expected));

  it.each([
    ['a good link', '[赞助者](/zh-cn/glossary/#sponsor)', 0],
    ['a link into the other locale', '[赞助者](/en/glossary/#sponsor)', 1],
    ['an unknown term', '[赞助者](/zh-cn/glossary/#sponsors)', 1],
    ['a malformed glossary link', '[赞助者](/zh-cn/glossary#sponsor)', 1],
    ['an English page link', '[关于](/en/about/)', 1],
  ])('badLinks: %s', (_label, body, count) =>
    expect(badLinks(body, 'zh-cn', new Set(['sponsor']))).toHaveLength(count),
  );

  it('factDifferences names the field and both values', () => {
    expect(
      factDifferences({ stage: 2, 'questions[].id': ['a', 'b'] }, { stage: 2, 'questions[].id': ['b', 'a'] }),
    ).toEqual(['questions[].id: en ["a","b"], zh-cn ["b","a"]']);
  });

  it('worksheet facts cover ids, counts, warnings and placeholders', () => {
    const facts = worksheetFacts({
      sheet: 's',
      questions: [{ id: 'q', title: 'T', criteria: [{ id: 'c' }] }],
      stageWarnings: [{ id: 'w', criterion: 'c', fromStage: 3, when: ['no'] }],
      propositionTemplate: '{client} {driver}',
    });
    expect(facts).toMatchObject({
      sheet: 's',
      'questions (count)': 1,
      'questions[0].id': 'q',
      'questions[0].criteria[0].id': 'c',
      'stageWarnings[0].criterion': 'c',
      'stageWarnings[0].fromStage': 3,
      'stageWarnings[0].when': ['no'],
      'propositionTemplate (placeholders)': ['client', 'driver'],
    });
  });
});
