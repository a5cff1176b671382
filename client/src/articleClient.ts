import * as vscode from 'vscode';
// Types only: the library itself (most of the bundle) is loaded when the
// first article opens, so activating for a README.md stays cheap.
import type { DocumentSelector, LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { analysisJsonRequestMethod, statusNotificationMethod, type StatusParams } from './protocol';
import { projectIncludes, type ProjectInclude } from './projectFiles';
import { articleSelector, toVsCodeSelector } from './selector';

/**
 * Owns the language client: starts the bundled server over IPC the first
 * time an article is open (so a code project whose README.md activated the
 * extension costs no server process), and restarts it with a fresh document
 * selector when the article globs or the workspace folders change.
 */
export class ArticleClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  /** Whether `client` finished starting (kept here so no library value is needed to ask). */
  private running = false;
  /** Tells the current client's middleware that it is being stopped. */
  private stopping: () => void = () => undefined;
  /** Serialises start/stop/restart so two quick setting changes cannot race. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Include globs of the workspace's .marginalia.json files; loaded before the first start. */
  private projects: ProjectInclude[] | undefined;
  private selector: DocumentSelector = articleSelector();
  private filters: vscode.DocumentFilter[] = toVsCodeSelector(this.selector);
  private readonly statuses = new Map<string, StatusParams>();
  private readonly statusEmitter = new vscode.EventEmitter<StatusParams>();
  private readonly selectionEmitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.statusEmitter, this.selectionEmitter];

  /** Fires on every `marginalia/status` notification. */
  readonly onStatus = this.statusEmitter.event;
  /** Fires when the set of article documents may have changed (settings, folders, restart). */
  readonly onSelectionChanged = this.selectionEmitter.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  /** Whether a document is read as an article under the current settings. */
  isArticle(document: vscode.TextDocument): boolean {
    return vscode.languages.match(this.filters, document) > 0;
  }

  /** The last status the server sent for a document, if any. */
  status(uri: vscode.Uri): StatusParams | undefined {
    return this.statuses.get(uri.toString());
  }

  /** Whether the server process is up and initialised. */
  isRunning(): boolean {
    return this.client !== undefined && this.running;
  }

  /** Starts the server when an open document is an article; resolves once that is settled. */
  startIfNeeded(): Promise<void> {
    return this.enqueue(async () => {
      await this.loadProjects();
      if (this.client === undefined && vscode.workspace.textDocuments.some((d) => this.isArticle(d))) {
        await this.startClient();
      }
    });
  }

  /** Starts the server whatever is open; resolves when it is running. */
  ensureRunning(): Promise<void> {
    return this.enqueue(async () => {
      await this.loadProjects();
      if (this.client === undefined) await this.startClient();
    });
  }

  /** Re-reads the article globs; restarts a running server so it syncs the new set of documents. */
  refreshSelection(reason: string): Promise<void> {
    return this.enqueue(async () => {
      this.projects = await projectIncludes(this.output);
      const selector = articleSelector(this.projects);
      if (JSON.stringify(selector) === JSON.stringify(this.selector)) {
        this.selectionEmitter.fire();
        return;
      }
      this.selector = selector;
      this.filters = toVsCodeSelector(this.selector);
      this.output.info(`Article selection changed (${reason}); ${this.selector.length} document filters.`);
      if (this.client !== undefined) await this.stopClient();
      if (vscode.workspace.textDocuments.some((d) => this.isArticle(d))) await this.startClient();
      this.selectionEmitter.fire();
    });
  }

  /** Stops and starts the server (the "Restart server" command). */
  restart(): Promise<void> {
    return this.enqueue(async () => {
      if (this.client !== undefined) await this.stopClient();
      await this.startClient();
      this.selectionEmitter.fire();
    });
  }

  /** Resolves once every queued start, stop or restart has finished. */
  async idle(): Promise<void> {
    await this.queue;
  }

  /** Asks the server for the SCHEMA.md JSON of one open article. */
  async analysisJson(uri: vscode.Uri): Promise<unknown> {
    await this.ensureRunning();
    if (this.client === undefined) throw new Error('The Marginalia server is not running.');
    return this.client.sendRequest(analysisJsonRequestMethod, { uri: uri.toString() });
  }

  async stop(): Promise<void> {
    await this.enqueue(() => this.stopClient());
  }

  dispose(): void {
    void this.stop();
    for (const d of this.disposables) d.dispose();
  }

  /** Reads the project files' include globs once (again after refreshSelection). */
  private async loadProjects(): Promise<void> {
    if (this.projects !== undefined) return;
    this.projects = await projectIncludes(this.output);
    this.selector = articleSelector(this.projects);
    this.filters = toVsCodeSelector(this.selector);
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    const next = this.queue.then(step, step);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async startClient(): Promise<void> {
    const { LanguageClient, TransportKind } = await import('vscode-languageclient/node');
    const module = this.context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    let stopping = false;
    const clientOptions: LanguageClientOptions = {
      documentSelector: this.selector,
      outputChannel: this.output,
      // The server pulls settings per document (workspace/configuration) and
      // registers for configuration and .marginalia.json changes itself.
      middleware: {
        workspace: {
          // A change of the article globs restarts this client; it must not
          // try to tell a server that is on its way out.
          didChangeConfiguration: (sections, next) => (stopping ? Promise.resolve() : next(sections)),
        },
      },
    };
    const client = new LanguageClient('marginalia', 'Marginalia', serverOptions, clientOptions);
    this.stopping = () => {
      stopping = true;
    };
    client.onNotification(statusNotificationMethod, (params: StatusParams) => {
      this.statuses.set(params.uri, params);
      this.statusEmitter.fire(params);
    });
    this.client = client;
    const started = performance.now();
    try {
      await client.start();
      this.running = true;
      this.output.info(`Server started in ${(performance.now() - started).toFixed(0)} ms (${module}).`);
    } catch (error) {
      this.output.error(`The Marginalia server failed to start: ${String(error)}`);
      await this.stopClient();
      throw error;
    }
  }

  private async stopClient(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.running = false;
    this.stopping();
    this.statuses.clear();
    if (client === undefined) return;
    try {
      await client.stop(5000);
    } catch (error) {
      this.output.warn(`Stopping the server: ${String(error)}`);
    }
  }
}
