// First import on purpose: it records when the bundle started loading.
import { moduleLoadStart } from './activationClock';
import * as vscode from 'vscode';
import type { MarginaliaApi } from './api';
import { ArticleClient } from './articleClient';
import { registerCommands } from './commands';
import { createStatusBar } from './statusBar';

/** Evaluating the bundle: runs after every import above has been evaluated. */
const bundleLoadMs = performance.now() - moduleLoadStart;

let articles: ArticleClient | undefined;

/**
 * Activation stays cheap: it wires the output channel, the status bar and the
 * commands, and starts the language server only once an article is open
 * (onLanguage:markdown also activates us for a README.md, which must cost
 * nothing and light up nothing).
 */
export function activate(context: vscode.ExtensionContext): MarginaliaApi {
  const activateStart = performance.now();
  const output = vscode.window.createOutputChannel('Marginalia', { log: true });
  const client = new ArticleClient(context, output);
  articles = client;
  let activationMs = 0;

  context.subscriptions.push(
    output,
    client,
    createStatusBar(client),
    registerCommands(client, output, () => activationMs),
    vscode.workspace.onDidOpenTextDocument(() => {
      // startIfNeeded decides once the project files' globs are known.
      if (!client.isRunning()) void client.startIfNeeded().catch(() => undefined);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('marginalia.articles.include')) void client.refreshSelection('settings');
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void client.refreshSelection('workspace folders')),
    watchProjectFiles(() => void client.refreshSelection('.marginalia.json')),
  );
  void client.startIfNeeded().catch(() => undefined);

  const activateMs = performance.now() - activateStart;
  activationMs = bundleLoadMs + activateMs;
  output.info(
    `Marginalia ${String(context.extension.packageJSON.version)} activated in ${activationMs.toFixed(1)} ms ` +
      `(loading the bundle ${bundleLoadMs.toFixed(1)} ms, activate() ${activateMs.toFixed(1)} ms).`,
  );
  return {
    activationMs,
    ready: () => client.ensureRunning(),
    idle: () => client.idle(),
    isRunning: () => client.isRunning(),
    isArticle: (document) => client.isArticle(document),
    status: (uri) => client.status(uri),
    onStatus: client.onStatus,
    onSelectionChanged: client.onSelectionChanged,
    analysisJson: (uri) => client.analysisJson(uri),
  };
}

/** Calls `changed` when a .marginalia.json is created, edited or deleted. */
function watchProjectFiles(changed: () => void): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher('**/.marginalia.json');
  return vscode.Disposable.from(
    watcher,
    watcher.onDidCreate(changed),
    watcher.onDidChange(changed),
    watcher.onDidDelete(changed),
  );
}

export async function deactivate(): Promise<void> {
  await articles?.stop();
  articles = undefined;
}
