import type * as vscode from 'vscode';
import type { StatusParams } from './protocol';

/**
 * What `activate` returns (`vscode.extensions.getExtension(...).exports`): the
 * end-to-end suites use it to wait for events instead of sleeping.
 */
export interface MarginaliaApi {
  /** Milliseconds spent loading the bundle plus running `activate` (what VS Code's activation time counts). */
  readonly activationMs: number;
  /** Resolves when the server is running (starting it if no article is open yet). */
  ready(): Promise<void>;
  /** Resolves once every queued server start, stop or restart has finished. */
  idle(): Promise<void>;
  /** Whether the server process is running. */
  isRunning(): boolean;
  /** Whether a document is read as an article under the current settings. */
  isArticle(document: vscode.TextDocument): boolean;
  /** The last `marginalia/status` the server sent for a document. */
  status(uri: vscode.Uri): StatusParams | undefined;
  /** Fires on every `marginalia/status` notification. */
  readonly onStatus: vscode.Event<StatusParams>;
  /** Fires after the article selection was rebuilt (settings or folders changed) and the server restarted. */
  readonly onSelectionChanged: vscode.Event<void>;
  /** The SCHEMA.md JSON of an open article (`marginalia/analysisJson`). */
  analysisJson(uri: vscode.Uri): Promise<unknown>;
}
