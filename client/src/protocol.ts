/**
 * The custom messages the client speaks, as the server declares them in
 * server/src/shared/protocol.ts. The client imports server code only as types
 * (ARCHITECTURE.md invariant 3); the method names are repeated here because a
 * type-only import cannot carry values.
 */
export const statusNotificationMethod = 'marginalia/status';
export const analysisJsonRequestMethod = 'marginalia/analysisJson';

/** The state of one document's analysis. */
export type AnalysisState = 'analyzing' | 'ready' | 'skipped' | 'error';

/** Params of the `marginalia/status` notification (INTERFACES.md, "LSP"). */
export interface StatusParams {
  uri: string;
  state: AnalysisState;
  message?: string;
  durationMs?: number;
  counts?: { entities: number; actors: number; claims: number; unsourced: number };
}
