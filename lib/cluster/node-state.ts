/** What this node is, for its health answer: shared by the server and Next's bundle through globalThis. */
export interface NodeState {
  store: "sqlite" | "postgresql";
  leadership: { isLeader(): boolean };
}

const SHARED = Symbol.for("downwire.node-state");
type WithState = typeof globalThis & { [SHARED]?: NodeState };

export function setNodeState(state: NodeState): void {
  (globalThis as WithState)[SHARED] = state;
}

/** This node's state, or null outside the server (a bare `next start`, tools). */
export function readNodeState(): NodeState | null {
  return (globalThis as WithState)[SHARED] ?? null;
}
