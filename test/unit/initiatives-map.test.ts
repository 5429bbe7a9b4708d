import { describe, expect, it } from 'vitest';
import {
  addNode,
  buildInitiativesMap,
  editNode,
  parentKind,
  parentOptions,
  removeNode,
  sameNameKey,
} from '../../src/lib/initiatives-map';
import type { InitiativeNode } from '../../src/lib/records';

const n = (id: string, kind: InitiativeNode['kind'], parent: string | null, text = id): InitiativeNode => ({
  id,
  kind,
  parent,
  text,
});

describe('parentKind', () => {
  it.each([
    ['goal', null],
    ['initiative', 'goal'],
    ['project', 'initiative'],
  ] as const)('%s hangs under %s', (kind, parent) => {
    expect(parentKind(kind)).toBe(parent);
  });
});

describe('buildInitiativesMap', () => {
  it('arranges goals, initiatives and projects with no gaps when everything is linked', () => {
    const map = buildInitiativesMap([
      n('g1', 'goal', null),
      n('i1', 'initiative', 'g1'),
      n('p1', 'project', 'i1'),
      n('p2', 'project', 'i1'),
    ]);
    expect(map.goals).toHaveLength(1);
    expect(map.goals[0]!.initiatives[0]!.projects.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(map.gaps).toEqual([]);
    expect(map.overlaps).toEqual([]);
  });

  it.each([
    [
      'a project with no initiative',
      [n('g1', 'goal', null), n('i1', 'initiative', 'g1'), n('p0', 'project', 'i1'), n('p1', 'project', null)],
      [{ kind: 'project-without-initiative', id: 'p1' }],
    ],
    [
      'an initiative with no goal',
      [n('i1', 'initiative', null), n('p1', 'project', 'i1')],
      [{ kind: 'initiative-without-goal', id: 'i1' }],
    ],
    [
      'a goal no project serves',
      [n('g1', 'goal', null), n('i1', 'initiative', 'g1')],
      [{ kind: 'goal-without-project', id: 'g1' }],
    ],
    [
      'a parent that was deleted',
      [n('g1', 'goal', null), n('i1', 'initiative', 'g1'), n('p0', 'project', 'i1'), n('p1', 'project', 'gone')],
      [{ kind: 'project-without-initiative', id: 'p1' }],
    ],
    [
      'a parent of the wrong kind',
      [n('g1', 'goal', null), n('i1', 'initiative', 'g1'), n('p0', 'project', 'i1'), n('p1', 'project', 'g1')],
      [{ kind: 'project-without-initiative', id: 'p1' }],
    ],
  ] as const)('flags %s as a gap', (_name, nodes, gaps) => {
    expect(buildInitiativesMap(nodes).gaps).toEqual(gaps);
  });

  it('keeps unlinked items visible with their children', () => {
    const map = buildInitiativesMap([n('i1', 'initiative', null), n('p1', 'project', 'i1'), n('p2', 'project', null)]);
    expect(map.unlinkedInitiatives.map((b) => [b.node.id, b.projects.map((p) => p.id)])).toEqual([['i1', ['p1']]]);
    expect(map.unlinkedProjects.map((p) => p.id)).toEqual(['p2']);
  });

  it('flags two initiatives sharing a project name as an overlap, loosely matched', () => {
    const map = buildInitiativesMap([
      n('g1', 'goal', null),
      n('i1', 'initiative', 'g1'),
      n('i2', 'initiative', 'g1'),
      n('p1', 'project', 'i1', 'Batch traceability'),
      n('p2', 'project', 'i2', '  batch   TRACEABILITY '),
      n('p3', 'project', 'i2', 'Cold-chain sensors'),
      n('p4', 'project', 'i1', 'Cold-chain sensors '),
      n('p5', 'project', 'i1', 'batch traceability'),
    ]);
    expect(map.overlaps).toEqual([
      { name: 'Batch traceability', projectIds: ['p1', 'p2', 'p5'], initiativeIds: ['i1', 'i2'] },
      { name: 'Cold-chain sensors', projectIds: ['p3', 'p4'], initiativeIds: ['i2', 'i1'] },
    ]);
  });

  it('does not call the same name twice under one initiative an overlap, nor blank names', () => {
    const map = buildInitiativesMap([
      n('g1', 'goal', null),
      n('i1', 'initiative', 'g1'),
      n('i2', 'initiative', 'g1'),
      n('p1', 'project', 'i1', 'A'),
      n('p2', 'project', 'i1', 'a'),
      n('p3', 'project', 'i1', ''),
      n('p4', 'project', 'i2', ' '),
    ]);
    expect(map.overlaps).toEqual([]);
  });

  it('matches full-width and half-width names', () => {
    expect(sameNameKey('ＥＲＰ 升级')).toBe(sameNameKey('erp 升级'));
  });
});

describe('editing', () => {
  const base = [n('goal-1', 'goal', null), n('initiative-1', 'initiative', 'goal-1')];
  it('adds a node with the next id and keeps only a parent of the right kind', () => {
    expect(addNode(base, 'project', 'initiative-1').at(-1)).toEqual({
      id: 'project-1',
      kind: 'project',
      parent: 'initiative-1',
      text: '',
    });
    expect(addNode(base, 'project', 'goal-1').at(-1)!.parent).toBeNull();
    expect(addNode(base, 'goal', 'goal-1').at(-1)).toMatchObject({ id: 'goal-2', parent: null });
  });
  it('caps node text at 2000 characters', () => {
    expect(editNode(base, 'goal-1', { text: 'x'.repeat(5000) })[0]!.text).toHaveLength(2000);
  });
  it('removing a parent leaves its children unlinked', () => {
    const after = removeNode(base, 'goal-1');
    expect(after).toEqual([n('initiative-1', 'initiative', null)]);
    expect(buildInitiativesMap(after).gaps).toEqual([{ kind: 'initiative-without-goal', id: 'initiative-1' }]);
  });
  it('offers parents of the right kind', () => {
    expect(parentOptions(base, 'initiative').map((x) => x.id)).toEqual(['goal-1']);
    expect(parentOptions(base, 'project').map((x) => x.id)).toEqual(['initiative-1']);
    expect(parentOptions(base, 'goal')).toEqual([]);
  });
  it('stops at 300 nodes', () => {
    const many = Array.from({ length: 300 }, (_, i) => n(`goal-${i + 1}`, 'goal', null));
    expect(addNode(many, 'goal', null)).toHaveLength(300);
  });
});
