/** The list editor of the client initiatives map: goals, initiatives and projects, each with its parent. */
import { useRef } from 'react';
import { useFocusAfterRender } from '../use-focus-after-render';
import { PrintChoices } from '../PrintChoices';
import { format } from '../../i18n/format';
import type { UIKey } from '../../i18n';
import {
  addNode,
  editNode,
  MAX_NODE_TEXT,
  MAX_NODES,
  parentOptions,
  removeNode,
  type NodeKind,
} from '../../lib/initiatives-map';
import { nextId } from '../../lib/worksheet-body';
import type { InitiativeNode } from '../../lib/records';
import type { Strings } from './strings';

export const editorKeys = [
  'worksheet.plan.kind.goal',
  'worksheet.plan.kind.initiative',
  'worksheet.plan.kind.project',
  'worksheet.plan.goals',
  'worksheet.plan.initiatives',
  'worksheet.plan.projects',
  'worksheet.plan.add.goal',
  'worksheet.plan.add.initiative',
  'worksheet.plan.add.project',
  'worksheet.plan.parent.initiative',
  'worksheet.plan.parent.project',
  'worksheet.plan.noParent.initiative',
  'worksheet.plan.noParent.project',
  'worksheet.plan.itemN',
  'worksheet.plan.deleteItem',
  'worksheet.plan.editor',
  'worksheet.plan.limit',
  'worksheet.untitled',
  'worksheet.delete',
] as const satisfies readonly UIKey[];

const kinds: readonly NodeKind[] = ['goal', 'initiative', 'project'];
const heading = {
  goal: 'worksheet.plan.goals',
  initiative: 'worksheet.plan.initiatives',
  project: 'worksheet.plan.projects',
} as const;

interface Props {
  nodes: readonly InitiativeNode[];
  hints: Record<NodeKind, string>;
  onChange: (update: (nodes: readonly InitiativeNode[]) => InitiativeNode[]) => void;
  t: Strings<typeof editorKeys>;
}

export function InitiativesEditor({ nodes, hints, onChange, t }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const setFocus = useFocusAfterRender((id) => root.current?.querySelector<HTMLElement>(`#${id}`) ?? null);
  const full = nodes.length >= MAX_NODES;
  const kindName = (k: NodeKind) => t[`worksheet.plan.kind.${k}`];

  const add = (kind: NodeKind) => {
    // A new item hangs under the latest possible parent, the usual order of entry.
    const parent = parentOptions(nodes, kind).at(-1)?.id ?? null;
    onChange((list) => addNode(list, kind, parent));
    setFocus(
      `node-${nextId(
        kind,
        nodes.map((n) => n.id),
      )}`,
    );
  };

  return (
    <div className="imap-editor ws-screen" ref={root} role="group" aria-label={t['worksheet.plan.editor']}>
      {kinds.map((kind) => {
        const own = nodes.filter((n) => n.kind === kind);
        const parents = parentOptions(nodes, kind);
        return (
          <section key={kind} aria-labelledby={`imap-${kind}s`}>
            <h3 id={`imap-${kind}s`}>{t[heading[kind]]}</h3>
            <p className="ws-hint">{hints[kind]}</p>
            <ol className="ws-rows">
              {own.map((node, i) => {
                const label = format(t['worksheet.plan.itemN'], { kind: kindName(kind), n: i + 1 });
                return (
                  <li key={node.id} className="ws-row" data-testid={`node-${node.id}`}>
                    <div className="ws-field">
                      <label htmlFor={`node-${node.id}`}>{label}</label>
                      <input
                        id={`node-${node.id}`}
                        type="text"
                        maxLength={MAX_NODE_TEXT}
                        value={node.text}
                        onChange={(e) => {
                          const text = e.currentTarget.value;
                          onChange((list) => editNode(list, node.id, { text }));
                        }}
                      />
                    </div>
                    {kind !== 'goal' && (
                      <div className="ws-field">
                        <label htmlFor={`parent-${node.id}`}>
                          {t[`worksheet.plan.parent.${kind}`]}
                          <span className="visually-hidden">: {label}</span>
                        </label>
                        <select
                          id={`parent-${node.id}`}
                          value={parents.some((p) => p.id === node.parent) ? (node.parent ?? '') : ''}
                          onChange={(e) => {
                            const parent = e.currentTarget.value || null;
                            onChange((list) => editNode(list, node.id, { parent }));
                          }}
                        >
                          <option value="">{t[`worksheet.plan.noParent.${kind}`]}</option>
                          {parents.map((p) => (
                            <option key={p.id} value={p.id}>
                              {p.text.trim().slice(0, 80) || t['worksheet.untitled']}
                            </option>
                          ))}
                        </select>
                        <PrintChoices
                          options={parents.map((p) => ({
                            value: p.id,
                            label: p.text.trim().slice(0, 80) || t['worksheet.untitled'],
                          }))}
                          selected={node.parent}
                        />
                      </div>
                    )}
                    <button
                      type="button"
                      className="danger"
                      aria-label={format(t['worksheet.plan.deleteItem'], { kind: kindName(kind), n: i + 1 })}
                      onClick={() => {
                        onChange((list) => removeNode(list, node.id));
                        setFocus(`add-${kind}`);
                      }}
                    >
                      {t['worksheet.delete']}
                    </button>
                  </li>
                );
              })}
            </ol>
            <button
              type="button"
              id={`add-${kind}`}
              className="secondary ws-add"
              onClick={() => add(kind)}
              disabled={full}
            >
              {t[`worksheet.plan.add.${kind}`]}
            </button>
          </section>
        );
      })}
      {full && <p className="notice ws-limit">{format(t['worksheet.plan.limit'], { n: MAX_NODES })}</p>}
    </div>
  );
}
