/**
 * The custom messages the client speaks, declared once by the server in
 * server/src/shared/protocol.ts. The client imports server code only as types
 * (ARCHITECTURE.md invariant 3); the method names are repeated here because a
 * type-only import carries no values, and typed with `typeof` the server's
 * constants so that a rename on either side fails to compile.
 */
import type {
  ANALYSIS_JSON_REQUEST,
  AnalysisState,
  STATUS_NOTIFICATION,
  StatusParams,
} from '../../server/src/shared/protocol';

export type { AnalysisState, StatusParams };

export const statusNotificationMethod: typeof STATUS_NOTIFICATION = 'marginalia/status';
export const analysisJsonRequestMethod: typeof ANALYSIS_JSON_REQUEST = 'marginalia/analysisJson';
