/** The client initiatives map drawn as a tree, with its gaps and overlaps flagged in words. */
import { format } from '../../i18n/format';
import type { UIKey } from '../../i18n';
import type { InitiativeBranch, InitiativesMap } from '../../lib/initiatives-map';
import type { InitiativeNode } from '../../lib/records';
import type { Strings } from './strings';
import { Icon } from '../Icon';

export const diagramKeys = [
  'worksheet.plan.kind.goal',
  'worksheet.plan.kind.initiative',
  'worksheet.plan.kind.project',
  'worksheet.plan.diagram',
  'worksheet.plan.diagramEmpty',
  'worksheet.plan.unlinkedInitiatives',
  'worksheet.plan.unlinkedProjects',
  'worksheet.plan.findings',
  'worksheet.plan.findingsNone',
  'worksheet.plan.gap.project-without-initiative',
  'worksheet.plan.gap.initiative-without-goal',
  'worksheet.plan.gap.goal-without-project',
  'worksheet.plan.overlap',
  'worksheet.plan.tag.gap',
  'worksheet.plan.tag.overlap',
  'worksheet.untitled',
  'worksheet.quoted',
  'worksheet.listSeparator',
] as const satisfies readonly UIKey[];

interface Props {
  map: InitiativesMap;
  nodes: readonly InitiativeNode[];
  t: Strings<typeof diagramKeys>;
}

interface NodeContext {
  gapIds: ReadonlySet<string>;
  overlapIds: ReadonlySet<string>;
  name: (n: InitiativeNode | undefined) => string;
  t: Strings<typeof diagramKeys>;
}

function MapNode({ node, ctx }: { node: InitiativeNode; ctx: NodeContext }) {
  const gap = ctx.gapIds.has(node.id);
  const overlap = ctx.overlapIds.has(node.id);
  return (
    <span className="imap-node" data-kind={node.kind} data-flag={gap || overlap ? '' : undefined}>
      <span className="imap-kind">{ctx.t[`worksheet.plan.kind.${node.kind}`]}</span>
      <span>{ctx.name(node)}</span>
      {gap && (
        <span className="tag imap-tag">
          <Icon name="warning" />
          {ctx.t['worksheet.plan.tag.gap']}
        </span>
      )}
      {overlap && (
        <span className="tag imap-tag">
          <span aria-hidden="true">⇄ </span>
          {ctx.t['worksheet.plan.tag.overlap']}
        </span>
      )}
    </span>
  );
}

function MapBranch({ branch, ctx }: { branch: InitiativeBranch; ctx: NodeContext }) {
  return (
    <li>
      <MapNode node={branch.node} ctx={ctx} />
      {branch.projects.length > 0 && (
        <ul>
          {branch.projects.map((p) => (
            <li key={p.id}>
              <MapNode node={p} ctx={ctx} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function InitiativesDiagram({ map, nodes, t }: Props) {
  const gapIds = new Set(map.gaps.map((g) => g.id));
  const overlapIds = new Set(map.overlaps.flatMap((o) => o.projectIds));
  const name = (n: InitiativeNode | undefined) => n?.text.trim() || t['worksheet.untitled'];
  const byId = new Map(nodes.map((n) => [n.id, n]));

  const ctx: NodeContext = { gapIds, overlapIds, name, t };
  const empty = nodes.length === 0;
  return (
    <section className="ws-section" aria-labelledby="imap-diagram">
      <h3 id="imap-diagram">{t['worksheet.plan.diagram']}</h3>
      <div className="imap ws-derived" data-testid="initiatives-diagram">
        {empty && <p className="muted">{t['worksheet.plan.diagramEmpty']}</p>}
        {map.goals.length > 0 && (
          <ul>
            {map.goals.map((g) => (
              <li key={g.node.id}>
                <MapNode node={g.node} ctx={ctx} />
                {g.initiatives.length > 0 && (
                  <ul>
                    {g.initiatives.map((b) => (
                      <MapBranch key={b.node.id} branch={b} ctx={ctx} />
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
        {map.unlinkedInitiatives.length > 0 && (
          <div className="imap-group">
            <h4>{t['worksheet.plan.unlinkedInitiatives']}</h4>
            <ul>
              {map.unlinkedInitiatives.map((b) => (
                <MapBranch key={b.node.id} branch={b} ctx={ctx} />
              ))}
            </ul>
          </div>
        )}
        {map.unlinkedProjects.length > 0 && (
          <div className="imap-group">
            <h4>{t['worksheet.plan.unlinkedProjects']}</h4>
            <ul>
              {map.unlinkedProjects.map((p) => (
                <li key={p.id}>
                  <MapNode node={p} ctx={ctx} />
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {!empty && (
        <div className="ws-derived" data-testid="initiatives-findings">
          <h4>{t['worksheet.plan.findings']}</h4>
          {map.gaps.length + map.overlaps.length === 0 ? (
            <p>{t['worksheet.plan.findingsNone']}</p>
          ) : (
            <ul className="ws-flags ws-plain-list">
              {map.gaps.map((g) => (
                <li key={`${g.kind}-${g.id}`} className="ws-flag">
                  <Icon name="warning" />
                  {format(t[`worksheet.plan.gap.${g.kind}`], { name: name(byId.get(g.id)) })}
                </li>
              ))}
              {map.overlaps.map((o) => (
                <li key={o.projectIds.join()} className="ws-flag">
                  <span aria-hidden="true">⇄ </span>
                  {format(t['worksheet.plan.overlap'], {
                    name: o.name,
                    initiatives: o.initiativeIds
                      .map((id) => format(t['worksheet.quoted'], { text: name(byId.get(id)) }))
                      .join(t['worksheet.listSeparator']),
                  })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
