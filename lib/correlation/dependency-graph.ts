import type { Service } from "@/lib/catalog/read-catalog";

/** What runs on what, for the visible catalog; ancestors and dependents are transitive and memoised per graph. */
export interface DependencyGraph {
  /** Every service `serviceId` depends on, directly or through others (never itself). */
  ancestorsOf(serviceId: number): ReadonlySet<number>;
  /** How many visible services depend on `serviceId`, directly or through others. */
  countDependents(serviceId: number): number;
  service(serviceId: number): Service | undefined;
}

/** Builds the graph from the catalog as read from the database (operator edits included). Cycles are tolerated. */
export function buildDependencyGraph(services: readonly Service[]): DependencyGraph {
  const byId = new Map(services.map((s) => [s.id, s]));
  const idBySlug = new Map(services.map((s) => [s.slug, s.id]));
  const up = new Map<number, number[]>();
  const down = new Map<number, number[]>();
  for (const s of services) {
    const ids = s.dependsOn.map((slug) => idBySlug.get(slug)).filter((id): id is number => id !== undefined && id !== s.id);
    up.set(s.id, ids);
    for (const id of ids) {
      const list = down.get(id) ?? [];
      list.push(s.id);
      down.set(id, list);
    }
  }
  const walk = (start: number, edges: Map<number, number[]>): Set<number> => {
    const seen = new Set<number>();
    const stack = [...(edges.get(start) ?? [])];
    while (stack.length) {
      const id = stack.pop()!;
      if (id === start || seen.has(id)) continue;
      seen.add(id);
      stack.push(...(edges.get(id) ?? []));
    }
    return seen;
  };
  const ancestors = new Map<number, Set<number>>();
  const dependents = new Map<number, number>();
  return {
    ancestorsOf(id) {
      let a = ancestors.get(id);
      if (!a) ancestors.set(id, (a = walk(id, up)));
      return a;
    },
    countDependents(id) {
      let n = dependents.get(id);
      if (n === undefined) dependents.set(id, (n = walk(id, down).size));
      return n;
    },
    service: (id) => byId.get(id),
  };
}
