// Helpers for the suites that run inside the extension host. Every wait is
// on an event (a status notification, a diagnostics change) with a timeout
// as a guard, never a fixed sleep.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../../client/src/api';
import type { StatusParams } from '../../../client/src/protocol';

export const extensionId = 'marginalia.marginalia';

/** The workspace folder the runner prepared (samples copied under articles/ and friends). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner opens a workspace folder');
  return folder.uri;
}

export function file(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
}

/** Activates the extension and returns its API. */
export async function api(): Promise<MarginaliaApi> {
  const extension = vscode.extensions.getExtension<MarginaliaApi>(extensionId);
  assert.ok(extension, `extension ${extensionId} is installed`);
  return extension.activate();
}

/** Resolves with the first event that satisfies `accept`, or rejects after `ms`. */
export function waitFor<T>(event: vscode.Event<T>, accept: (value: T) => boolean, what: string, ms = 30_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`Timed out after ${ms} ms waiting for ${what}`));
    }, ms);
    const listener = event((value) => {
      if (!accept(value)) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(value);
    });
  });
}

/** Opens a file in an editor, waits for its analysis, and returns the document. */
export async function openArticle(relative: string): Promise<vscode.TextDocument> {
  const marginalia = await api();
  const uri = file(relative);
  const status = analysedNext(marginalia, uri);
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  const known = marginalia.status(uri);
  if (known !== undefined && known.state !== 'analyzing') {
    status.catch(() => undefined);
    return document;
  }
  const s = await status;
  assert.equal(s.state, 'ready', `analysis of ${relative}: ${s.message ?? ''}`);
  return document;
}

function analysedNext(marginalia: MarginaliaApi, uri: vscode.Uri): Promise<StatusParams> {
  return waitFor(
    marginalia.onStatus,
    (s) => s.uri === uri.toString() && s.state !== 'analyzing',
    `the analysis of ${uri.path}`,
  );
}

/** Waits for the diagnostics of a document to satisfy `accept` (now or after a change event). */
export async function diagnosticsWhere(
  uri: vscode.Uri,
  accept: (d: readonly vscode.Diagnostic[]) => boolean,
  what: string,
): Promise<vscode.Diagnostic[]> {
  const current = vscode.languages.getDiagnostics(uri);
  if (accept(current)) return current;
  await waitFor(
    vscode.languages.onDidChangeDiagnostics,
    (e) => e.uris.some((u) => u.toString() === uri.toString()) && accept(vscode.languages.getDiagnostics(uri)),
    what,
  );
  return vscode.languages.getDiagnostics(uri);
}

/** Marginalia's own diagnostics of a document. */
export function marginaliaDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'marginalia');
}

/** The diagnostic's code as a string (VS Code may wrap it with a link target). */
export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c);
}

/** The position of the n-th occurrence (0-based) of `needle`, plus `offset` characters. */
export function positionOf(document: vscode.TextDocument, needle: string, offset = 0, nth = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = document.getText().indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (#${nth}) occurs in ${document.uri.path}`);
  }
  return document.positionAt(at + offset);
}

/** The plain text of the hovers at a position. */
export async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** Changes a `marginalia.*` setting of the workspace (undefined removes it). */
export async function setSetting(section: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('marginalia').update(section, value, vscode.ConfigurationTarget.Workspace);
}
