/**
 * Branching conversations: a call as a graph of scenes. `branchingProblems` checks a graph
 * (used by the content schema, so a broken graph fails the build); `walkPath` and
 * `scorePath` replay and score the learner's choices.
 */
export type ChoiceQuality = 'best' | 'ok' | 'poor';
export interface BranchChoice {
  id: string;
  next: string;
  quality: ChoiceQuality;
}
export interface BranchScene {
  id: string;
  choices: readonly BranchChoice[];
}
export interface BranchGraph {
  start: string;
  scenes: readonly BranchScene[];
}

export const QUALITY_POINTS: Record<ChoiceQuality, number> = { best: 2, ok: 1, poor: 0 };

/** Everything wrong with a graph, as readable messages; empty when it is sound. */
export function branchingProblems(graph: BranchGraph): string[] {
  const problems: string[] = [];
  const byId = new Map<string, BranchScene>();
  for (const scene of graph.scenes) {
    if (byId.has(scene.id)) problems.push(`scene id "${scene.id}" is used twice`);
    byId.set(scene.id, scene);
  }
  if (!byId.has(graph.start)) problems.push(`start scene "${graph.start}" does not exist`);
  for (const scene of graph.scenes) {
    if (scene.choices.length === 1)
      problems.push(`scene "${scene.id}" has a single choice: give it two or more, or make it an ending`);
    const choiceIds = new Set<string>();
    for (const choice of scene.choices) {
      if (choiceIds.has(choice.id)) problems.push(`scene "${scene.id}" repeats choice id "${choice.id}"`);
      choiceIds.add(choice.id);
      if (!byId.has(choice.next))
        problems.push(`choice "${scene.id}/${choice.id}" leads to a missing scene "${choice.next}"`);
    }
    // A scene may follow a mistake, where the best move left is only "ok"; but never all poor.
    if (scene.choices.length > 0 && scene.choices.every((c) => c.quality === 'poor'))
      problems.push(`scene "${scene.id}" offers only poor choices`);
  }
  if (problems.length > 0) return problems;

  // Every path must end: no cycles (depth-first search with colours), every scene reachable.
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, trail: string[]) => {
    const s = state.get(id);
    if (s === 'done') return;
    if (s === 'open') {
      problems.push(`the path ${[...trail, id].join(' → ')} loops, so it never ends`);
      return;
    }
    state.set(id, 'open');
    for (const choice of byId.get(id)!.choices) visit(choice.next, [...trail, id]);
    state.set(id, 'done');
  };
  visit(graph.start, []);
  for (const scene of graph.scenes)
    if (!state.has(scene.id)) problems.push(`scene "${scene.id}" cannot be reached from the start`);
  if (!graph.scenes.some((s) => s.choices.length === 0)) problems.push('the graph has no ending');
  return problems;
}

export interface PathStep {
  sceneId: string;
  choice: BranchChoice;
}
export interface Walk {
  steps: PathStep[];
  /** The scene the learner is at now (an ending when `ended`). */
  current: string;
  ended: boolean;
}

/** Replays stored choice ids from the start; stops at the first id that no longer fits. */
export function walkPath(graph: BranchGraph, choiceIds: readonly string[]): Walk {
  const byId = new Map(graph.scenes.map((s) => [s.id, s]));
  const steps: PathStep[] = [];
  let current = graph.start;
  for (const choiceId of choiceIds) {
    const choice = byId.get(current)?.choices.find((c) => c.id === choiceId);
    if (!choice) break;
    steps.push({ sceneId: current, choice });
    current = choice.next;
  }
  return { steps, current, ended: (byId.get(current)?.choices.length ?? 0) === 0 };
}

/** 0..100: the share of the best possible points on the choices taken. */
export function scorePath(steps: readonly PathStep[]): number {
  if (steps.length === 0) return 0;
  const points = steps.reduce((sum, s) => sum + QUALITY_POINTS[s.choice.quality], 0);
  return Math.round((100 * points) / (QUALITY_POINTS.best * steps.length));
}

/** Every complete path from the start (for tests and for checking the content's spread of scores). */
export function allPaths(graph: BranchGraph, limit = 10_000): PathStep[][] {
  const byId = new Map(graph.scenes.map((s) => [s.id, s]));
  const out: PathStep[][] = [];
  const walk = (id: string, trail: PathStep[]) => {
    if (out.length >= limit) return;
    const scene = byId.get(id);
    if (!scene || scene.choices.length === 0) return void out.push(trail);
    for (const choice of scene.choices) walk(choice.next, [...trail, { sceneId: id, choice }]);
  };
  walk(graph.start, []);
  return out;
}
