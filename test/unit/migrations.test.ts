import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/v0/storage.json';
import { decodeRecord, v0KeyToV1 } from '../../src/lib/migrations';

const NOW = '2026-12-01T08:00:00Z';

describe('v0 → v1 migration, from a stored v0 fixture', () => {
  const migrated = Object.entries(fixture).flatMap(([key, raw]) => {
    const target = v0KeyToV1(key);
    return target ? [[target.key, decodeRecord(target.kind, raw, NOW)] as const] : [];
  });

  it('maps every v0 record key and leaves other keys alone', () => {
    expect(migrated.map(([key]) => key).sort()).toEqual([
      'ssm:v1:check:identifying',
      'ssm:v1:check:noticing',
      'ssm:v1:exercise:loudest-voice',
      'ssm:v1:read:identifying',
      'ssm:v1:read:noticing',
    ]);
    expect(v0KeyToV1('ssm:theme')).toBeNull();
    expect(v0KeyToV1('ssm:v1:read:noticing')).toBeNull();
  });

  it('upgrades each record to a valid v1 record', () => {
    const byKey = Object.fromEntries(migrated);
    expect(byKey['ssm:v1:read:noticing']).toEqual({
      status: 'ok',
      migrated: true,
      value: { v: 1, readAt: NOW, updatedAt: NOW },
    });
    expect(byKey['ssm:v1:read:identifying']).toMatchObject({ status: 'ok', value: { readAt: '2026-03-02T09:30:00Z' } });
    expect(byKey['ssm:v1:exercise:loudest-voice']).toMatchObject({
      status: 'ok',
      value: {
        v: 1,
        attempts: 3,
        best: 72,
        answers: {
          'mei-lin': { roles: ['influencer'], stance: 'supporter', move: null },
          'david-ho': { roles: ['key-decision-leader'], stance: null },
        },
      },
    });
    expect(byKey['ssm:v1:check:noticing']).toMatchObject({
      status: 'ok',
      value: { best: 90, attempts: 2, passed: true },
    });
    expect(byKey['ssm:v1:check:identifying']).toMatchObject({
      status: 'ok',
      value: { best: 60, attempts: 1, passed: false },
    });
  });
});

describe('decodeRecord', () => {
  const v1Check = { v: 1, contentHash: 'ab12', attempts: 1, best: 50, last: 50, passed: false, updatedAt: NOW };

  it('passes a valid v1 record through', () => {
    expect(decodeRecord('check', JSON.stringify(v1Check), NOW)).toEqual({
      status: 'ok',
      migrated: false,
      value: v1Check,
    });
  });
  it.each([
    ['broken JSON', '{"v":1,'],
    ['a score out of range', JSON.stringify({ ...v1Check, best: 101 })],
    ['a wrong type', JSON.stringify({ ...v1Check, attempts: '3' })],
    ['an unknown field', JSON.stringify({ ...v1Check, extra: 1 })],
    ['a missing field', JSON.stringify({ v: 1, best: 1 })],
  ])('reports %s as invalid', (_, raw) => {
    expect(decodeRecord('check', raw, NOW).status).toBe('invalid');
  });
  it('recognises a record from a newer version and leaves it alone', () => {
    expect(decodeRecord('check', JSON.stringify({ ...v1Check, v: 2, shiny: true }), NOW)).toEqual({
      status: 'future',
      version: 2,
    });
  });
});
