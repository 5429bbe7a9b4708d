// @vitest-environment jsdom
/** Two tabs on one record (issue 9, defect 6): field-level changes over BroadcastChannel. Its own file: one store instance per realm. */
import { describe, expect, it, vi } from 'vitest';

describe('tab sync', () => {
  it('6. another tab’s field-level change merges into this tab’s own edits', async () => {
    localStorage.clear();
    const s = await import('../../src/stores/learner');
    const unbind = s.$exercises.listen(() => {});
    s.answerContact('case-a', 'h', 'ann', { roles: ['approver'], stance: null, move: null });
    const other = new BroadcastChannel('ssm-playbook');
    const at = new Date(Date.now() + 5).toISOString();
    other.postMessage({
      from: 'other-tab',
      type: 'patch',
      key: 'ssm:v1:exercise:case-a',
      at,
      ops: [{ path: ['answers', 'bob'], value: { roles: ['sponsor'], stance: null, move: null } }],
    });
    await vi.waitFor(() =>
      expect(Object.keys(s.$exercises.get()['case-a']?.answers ?? {}).sort()).toEqual(['ann', 'bob']),
    );
    expect(Object.keys(JSON.parse(localStorage.getItem('ssm:v1:exercise:case-a')!).answers).sort()).toEqual([
      'ann',
      'bob',
    ]);
    other.close();
    unbind();
  });

  it('6. a later change of the same field from another tab wins over this tab’s older edit', async () => {
    const s = await import('../../src/stores/learner');
    const unbind = s.$worksheets.listen(() => {});
    s.saveWorksheet(
      'cra-planner-for-deal-1',
      'deal-1',
      'h',
      (b) => ({ ...b, fields: { client: 'Dairy' } }),
      () => false,
    );
    const other = new BroadcastChannel('ssm-playbook');
    const at = new Date(Date.now() + 50).toISOString();
    other.postMessage({
      from: 'other-tab',
      type: 'patch',
      key: 'ssm:v1:worksheet:cra-planner-for-deal-1',
      at,
      ops: [{ path: ['body', 'fields', 'client'], value: 'Jade River Dairy' }],
    });
    await vi.waitFor(() =>
      expect(s.$worksheets.get()['cra-planner-for-deal-1']?.body.fields?.['client']).toBe('Jade River Dairy'),
    );
    other.close();
    unbind();
  });
});
