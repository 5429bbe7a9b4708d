/** suspend_data packing, package-relative links and the manifest. */
import { describe, expect, it } from 'vitest';
import { packSuspendData, unpackSuspendData } from '../../src/lib/scorm/suspend-data';
import { buildManifest } from '../../src/lib/scorm/manifest';
import { rootFor, sitePathOf, toPackageHref } from '../../src/lib/package-paths';
import { emptyRecords, mergeRecords, type LearnerRecords } from '../../src/lib/export-file';
import type { ExerciseRecord, WorksheetRecord } from '../../src/lib/records';
import { stageSlugs } from '../../src/lib/vocabulary';

const NOW = '2026-12-01T10:00:00Z';
const at = (minute: number) => `2026-11-30T10:${String(minute).padStart(2, '0')}:00Z`;

function sampleRecords(worksheets: number, textSize: number): LearnerRecords {
  const records = emptyRecords();
  stageSlugs.forEach((slug, i) => {
    records.read[slug] = { v: 1, readAt: at(i), updatedAt: at(i) };
    records.check[slug] = {
      v: 1,
      contentHash: 'abc123',
      attempts: 2,
      best: 90,
      last: 70,
      passed: true,
      updatedAt: at(i),
    };
  });
  records.check['final'] = {
    v: 1,
    contentHash: 'f1',
    attempts: 1,
    best: 85,
    last: 85,
    passed: true,
    updatedAt: at(20),
  };
  for (let i = 0; i < 10; i++) {
    const exercise: ExerciseRecord = {
      v: 1,
      contentHash: 'e1',
      attempts: 3,
      best: 80,
      last: 80,
      revealed: false,
      completedAt: at(i),
      updatedAt: at(i),
      answers: Object.fromEntries(
        Array.from({ length: 6 }, (_, c) => [
          `contact-${c}`,
          { roles: ['evaluator' as const], stance: null, move: null },
        ]),
      ),
    };
    records.exercise[`case-${i}`] = exercise;
  }
  for (let i = 0; i < worksheets; i++) {
    const sheet: WorksheetRecord = {
      v: 3,
      contentHash: 'w1',
      opportunity: null,
      client: null,
      completed: false,
      startedAt: at(i),
      updatedAt: at(30 + i),
      body: { fields: { notes: '客户的关键决策负责人'.repeat(textSize / 10) } },
    };
    records.worksheet[`sheet-${i}`] = sheet;
  }
  return records;
}

describe('suspend_data', () => {
  it('round-trips everything when it fits (2004)', () => {
    const records = sampleRecords(3, 500);
    const last = { v: 1 as const, path: '/en/stages/noticing/', title: 'Noticing', at: NOW };
    const packed = packSuspendData(records, last, 64_000);
    expect(packed.omitted).toEqual([]);
    const back = unpackSuspendData(packed.text, NOW);
    expect(back.records).toEqual(records);
    expect(back.last).toEqual(last);
    expect(back.rejected).toBe(0);
  });

  it('within 4,096 characters (1.2): results first, then answers and worksheets as far as they fit, and says what stayed out', () => {
    const records = sampleRecords(4, 600);
    const packed = packSuspendData(records, null, 4096);
    expect(packed.text.length).toBeLessThanOrEqual(4096);
    const back = unpackSuspendData(packed.text, NOW);
    // Every page read and every check result made it, and every exercise's result.
    expect(back.records.read).toEqual(records.read);
    expect(back.records.check).toEqual(records.check);
    for (const [id, r] of Object.entries(records.exercise))
      expect(back.records.exercise[id]).toMatchObject({
        best: r.best,
        attempts: r.attempts,
        completedAt: r.completedAt,
      });
    // What did not fit is listed, and nothing listed is in the data.
    expect(packed.omitted.length).toBeGreaterThan(0);
    for (const o of packed.omitted) {
      if (o.part === 'record') expect(back.records[o.kind as keyof LearnerRecords][o.id]).toBeUndefined();
      else expect(Object.keys(back.records.exercise[o.id]!.answers)).toEqual([]);
    }
    const kept = Object.keys(back.records.worksheet).length;
    expect(kept + packed.omitted.filter((o) => o.kind === 'worksheet').length).toBe(4);
  });

  it('the most recently edited worksheet goes in first', () => {
    const records = { ...sampleRecords(3, 120), exercise: {} };
    const base = packSuspendData({ ...records, worksheet: {} }, null, 64_000).text.length;
    const withOne = packSuspendData(
      { ...records, worksheet: { 'sheet-0': records.worksheet['sheet-0']! } },
      null,
      64_000,
    ).text.length;
    const packed = packSuspendData(records, null, withOne + 10);
    expect(withOne).toBeGreaterThan(base);
    expect(Object.keys(unpackSuspendData(packed.text, NOW).records.worksheet)).toEqual(['sheet-2']);
    expect(packed.omitted).toEqual([
      { kind: 'worksheet', id: 'sheet-1', part: 'record' },
      { kind: 'worksheet', id: 'sheet-0', part: 'record' },
    ]);
  });

  it('merging the LMS copy never lowers a score, and the newer record wins', () => {
    const local = sampleRecords(0, 0);
    const lms = sampleRecords(0, 0);
    lms.check['noticing'] = {
      ...lms.check['noticing']!,
      best: 50,
      last: 50,
      passed: false,
      attempts: 5,
      updatedAt: NOW,
    };
    const merged = mergeRecords(local, unpackSuspendData(packSuspendData(lms, null, 64_000).text, NOW).records);
    expect(merged.check['noticing']).toMatchObject({ best: 90, passed: true, attempts: 5, last: 50 });
  });

  it('anything else gives no records and never throws', () => {
    for (const text of [
      '',
      'not json',
      '{"ssm":2}',
      '[]',
      'null',
      '{"ssm":1,"r":{"check":{"BAD ID":{}}}}',
      '{"ssm":1,"r":{"check":{"x":{"v":1}}},"l":{"path":"https://evil"}}',
    ]) {
      const back = unpackSuspendData(text, NOW);
      expect(back.records).toEqual(emptyRecords());
      expect(back.last).toBeNull();
    }
    expect(unpackSuspendData('{"ssm":1,"r":{"check":{"x":{"v":1}}}}', NOW).rejected).toBe(1);
    expect(unpackSuspendData('{"ssm":1,"r":{"__proto__":{"x":1}}}', NOW).records).toEqual(emptyRecords());
  });
});

describe('package paths', () => {
  it('turns site paths into relative links to index.html files', () => {
    expect(toPackageHref('/en/stages/noticing/', '../../')).toBe('../../en/stages/noticing/index.html');
    expect(toPackageHref('/en/glossary/#evaluator', '../')).toBe('../en/glossary/index.html#evaluator');
    expect(toPackageHref('/en/search/?q=kdl', '')).toBe('en/search/index.html?q=kdl');
    expect(toPackageHref('/favicon.svg', '../')).toBe('../favicon.svg');
    expect(toPackageHref('/', '')).toBe('index.html');
    expect(toPackageHref('#main', '../')).toBe('#main');
    expect(toPackageHref('//cdn.example/x.js', '../')).toBe('//cdn.example/x.js');
  });
  it('knows the way up from each file, and back to the site path', () => {
    expect(rootFor('index.html')).toBe('');
    expect(rootFor('en/index.html')).toBe('../');
    expect(rootFor('en/stages/noticing/index.html')).toBe('../../../');
    expect(sitePathOf('/lms/course/p/en/stages/noticing/index.html', '/lms/course/p/')).toBe('/en/stages/noticing/');
    expect(sitePathOf('/lms/course/p/en/index.html', '/lms/course/p/')).toBe('/en/');
  });
});

describe('manifest', () => {
  const input = {
    identifier: 'ssm-playbook-zh-cn-scorm2004',
    lang: 'zh-CN',
    title: 'SSM <课程> & more',
    description: '七个阶段',
    launch: 'zh-cn/lms/index.html',
    files: ['zh-cn/index.html', '_astro/a b.js'],
  };
  it('2004: one SCO, the language on title and description, files escaped as URIs', () => {
    const xml = buildManifest({ ...input, version: '2004' });
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(xml).toContain('<lom:string language="zh-CN">SSM &lt;课程&gt; &amp; more</lom:string>');
    expect(xml.match(/adlcp:scormType="sco"/g)).toHaveLength(1);
    expect(xml).toContain('href="zh-cn/lms/index.html"');
    expect(xml).toContain('<file href="_astro/a%20b.js"/>');
  });
  it('1.2: the 1.2 namespaces and scormtype', () => {
    const xml = buildManifest({ ...input, version: '1.2' });
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
    expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
    expect(xml.match(/adlcp:scormtype="sco"/g)).toHaveLength(1);
    expect(xml).toContain('<imsmd:langstring xml:lang="zh-CN">七个阶段</imsmd:langstring>');
  });
});
