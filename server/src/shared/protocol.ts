/**
 * Custom messages between the Marginalia client and server, declared once
 * (as vscode-eslint's `$shared/customMessages.ts` does). The client imports
 * this file type-only plus the two method names; nothing here pulls in
 * server code.
 */
import type { SchemaJson } from '../analysis/schema';

/** Method name of the status notification (server → client). */
export const STATUS_NOTIFICATION = 'marginalia/status';

/** Method name of the analysis request (client → server). */
export const ANALYSIS_JSON_REQUEST = 'marginalia/analysisJson';

/** What the server is doing with one document. */
export type AnalysisState = 'analyzing' | 'ready' | 'skipped' | 'error';

/** Counts shown in the status bar once a document is analysed. */
export interface AnalysisCounts {
  entities: number;
  actors: number;
  claims: number;
  /** Unsourced claims that carry a diagnostic under the document's settings. */
  unsourced: number;
}

/** Parameters of `marginalia/status`. */
export interface StatusParams {
  uri: string;
  state: AnalysisState;
  /** Why a document was skipped or failed, or a short summary. */
  message?: string;
  /** How long the analysis took, for `ready`. */
  durationMs?: number;
  counts?: AnalysisCounts;
}

/** Parameters of `marginalia/analysisJson`. */
export interface AnalysisJsonParams {
  uri: string;
}

/** Result of `marginalia/analysisJson`: the SCHEMA.md JSON, or null for an unknown or skipped document. */
export type AnalysisJsonResult = SchemaJson | null;
