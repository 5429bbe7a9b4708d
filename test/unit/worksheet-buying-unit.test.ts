import { describe, expect, it } from 'vitest';
import { buyingUnitHints, newContact } from '../../src/lib/worksheet-buying-unit';
import type { UnitContact } from '../../src/lib/records';

const c = (id: string, roles: UnitContact['roles'], stance: UnitContact['stance'], name = id): UnitContact => ({
  id,
  name,
  title: '',
  roles,
  stance,
  nextAction: '',
});
const kinds = (contacts: UnitContact[]) => buyingUnitHints(contacts).map((h) => h.kind);

describe('buyingUnitHints', () => {
  it.each([
    ['nobody yet', [], ['no-kdl', 'no-sponsor']],
    ['empty rows do not count', [newContact([])], ['no-kdl', 'no-sponsor']],
    [
      'a KDL and a sponsor, all supporters',
      [c('a', ['key-decision-leader'], 'supporter'), c('b', ['sponsor', 'evaluator'], 'supporter')],
      [],
    ],
    ['no sponsor yet', [c('a', ['key-decision-leader'], 'supporter')], ['no-sponsor']],
    [
      'two KDLs',
      [c('a', ['key-decision-leader'], 'supporter'), c('b', ['key-decision-leader', 'sponsor'], 'supporter')],
      ['several-kdl'],
    ],
    [
      'an opponent and a neutral',
      [c('a', ['key-decision-leader'], 'neutral'), c('b', ['sponsor'], 'supporter'), c('x', ['evaluator'], 'opponent')],
      ['opponents', 'neutrals'],
    ],
  ] as const)('%s', (_name, contacts, expected) => {
    expect(kinds([...contacts])).toEqual(expected);
  });
  it('names the opponents', () => {
    expect(buyingUnitHints([c('x', [], 'opponent'), c('y', ['approver'], 'opponent')])).toContainEqual({
      kind: 'opponents',
      ids: ['x', 'y'],
    });
  });
});
