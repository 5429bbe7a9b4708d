/**
 * The client initiatives map: goals, the initiatives that serve each goal and the projects
 * under each initiative (`body.initiatives`, a flat list with parent ids), arranged as a tree
 * with its gaps and overlaps.
 * - gap: a project under no initiative, an initiative under no goal, or a goal that no
 *   project serves (the method looks for goals without projects and projects without goals);
 * - overlap: two or more initiatives with a project of the same name (effort and cost that
 *   could be shared).
 * A parent that is missing or of the wrong kind counts as no parent.
 */
import type { InitiativeNode } from './records';
import { isBlank, nextId } from './worksheet-body';

export type NodeKind = InitiativeNode['kind'];
/** Most nodes the stored shape allows. */
export const MAX_NODES = 300;
/** Longest node text the stored shape allows. */
export const MAX_NODE_TEXT = 2000;

/** The kind a node's parent must have (goals have none). */
export function parentKind(kind: NodeKind): NodeKind | null {
  return kind === 'project' ? 'initiative' : kind === 'initiative' ? 'goal' : null;
}

export interface InitiativeBranch {
  node: InitiativeNode;
  projects: InitiativeNode[];
}
export interface GoalBranch {
  node: InitiativeNode;
  initiatives: InitiativeBranch[];
}
export type Gap =
  | { kind: 'project-without-initiative'; id: string }
  | { kind: 'initiative-without-goal'; id: string }
  | { kind: 'goal-without-project'; id: string };
export interface Overlap {
  /** The shared project name as the learner first wrote it. */
  name: string;
  projectIds: string[];
  initiativeIds: string[];
}
export interface InitiativesMap {
  goals: GoalBranch[];
  /** Initiatives with no valid goal, with their projects. */
  unlinkedInitiatives: InitiativeBranch[];
  /** Projects with no valid initiative. */
  unlinkedProjects: InitiativeNode[];
  gaps: Gap[];
  overlaps: Overlap[];
}

/** Project names compared loosely: width, case and spacing do not matter. */
export function sameNameKey(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The valid parent id of a node, or null. */
export function validParent(node: InitiativeNode, byId: ReadonlyMap<string, InitiativeNode>): string | null {
  const want = parentKind(node.kind);
  const parent = node.parent === null ? undefined : byId.get(node.parent);
  return want && parent && parent.kind === want ? parent.id : null;
}

/** Arranges the flat list as goals → initiatives → projects and finds gaps and overlaps. */
export function buildInitiativesMap(nodes: readonly InitiativeNode[]): InitiativesMap {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const childrenOf = (id: string, kind: NodeKind) =>
    nodes.filter((n) => n.kind === kind && validParent(n, byId) === id);
  const branch = (node: InitiativeNode): InitiativeBranch => ({ node, projects: childrenOf(node.id, 'project') });

  const goals = nodes
    .filter((n) => n.kind === 'goal')
    .map((node) => ({ node, initiatives: childrenOf(node.id, 'initiative').map(branch) }));
  const unlinkedInitiatives = nodes.filter((n) => n.kind === 'initiative' && validParent(n, byId) === null).map(branch);
  const unlinkedProjects = nodes.filter((n) => n.kind === 'project' && validParent(n, byId) === null);

  const gaps: Gap[] = [
    ...goals
      .filter((g) => g.initiatives.every((i) => i.projects.length === 0))
      .map((g) => ({ kind: 'goal-without-project' as const, id: g.node.id })),
    ...unlinkedInitiatives.map((i) => ({ kind: 'initiative-without-goal' as const, id: i.node.id })),
    ...unlinkedProjects.map((p) => ({ kind: 'project-without-initiative' as const, id: p.id })),
  ];

  const byName = new Map<string, Overlap>();
  for (const project of nodes) {
    if (project.kind !== 'project' || isBlank(project.text)) continue;
    const parent = validParent(project, byId);
    if (parent === null) continue;
    const key = sameNameKey(project.text);
    const entry = byName.get(key) ?? { name: project.text.trim(), projectIds: [], initiativeIds: [] };
    entry.projectIds.push(project.id);
    if (!entry.initiativeIds.includes(parent)) entry.initiativeIds.push(parent);
    byName.set(key, entry);
  }
  const overlaps = [...byName.values()].filter((o) => o.initiativeIds.length > 1);
  return { goals, unlinkedInitiatives, unlinkedProjects, gaps, overlaps };
}

/** Nodes a node of this kind may hang under. */
export function parentOptions(nodes: readonly InitiativeNode[], kind: NodeKind): InitiativeNode[] {
  const want = parentKind(kind);
  return want ? nodes.filter((n) => n.kind === want) : [];
}

/** Adds a node (no-op at the limit); the parent is kept only if it has the right kind. */
export function addNode(
  nodes: readonly InitiativeNode[],
  kind: NodeKind,
  parent: string | null,
  text = '',
): InitiativeNode[] {
  if (nodes.length >= MAX_NODES) return [...nodes];
  const id = nextId(
    kind,
    nodes.map((n) => n.id),
  );
  const node: InitiativeNode = { id, kind, parent: null, text: text.slice(0, MAX_NODE_TEXT) };
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return [...nodes, { ...node, parent: validParent({ ...node, parent }, byId) }];
}

/** Changes a node's text or parent. */
export function editNode(
  nodes: readonly InitiativeNode[],
  id: string,
  patch: { text?: string; parent?: string | null },
): InitiativeNode[] {
  return nodes.map((n) => (n.id === id ? { ...n, ...patch, text: (patch.text ?? n.text).slice(0, MAX_NODE_TEXT) } : n));
}

/** Removes a node; its children stay, with no parent (so they show up as gaps). */
export function removeNode(nodes: readonly InitiativeNode[], id: string): InitiativeNode[] {
  return nodes.filter((n) => n.id !== id).map((n) => (n.parent === id ? { ...n, parent: null } : n));
}
