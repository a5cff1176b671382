/**
 * A small LSP client for protocol tests: starts the real bundled server
 * (`node dist/server.js --stdio`), speaks JSON-RPC to it with vscode-jsonrpc,
 * answers its requests (settings, registrations, progress) and lets a test
 * wait for notifications by predicate: never a sleep.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { WorkDoneProgress, type Diagnostic, type InitializeResult, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { StatusParams } from '../../server/src/shared/protocol';

/** The repository root, from out/test/lsp or out-NAME/test/lsp. */
export const repoRoot = join(__dirname, '..', '..', '..');
export const serverPath = join(repoRoot, 'dist', 'server.js');

/** A notification the server sent, in arrival order. */
interface Received {
  method: string;
  params: unknown;
}

export interface StartOptions {
  /** The `marginalia` section answered to every workspace/configuration request. */
  settings?: Record<string, unknown>;
  /** Workspace folder URIs. */
  folders?: string[];
  /** Extra client capabilities merged into the defaults. */
  capabilities?: Record<string, unknown>;
  /** Extra environment variables for the server process. */
  env?: Record<string, string>;
  /** The script and arguments to run instead of `dist/server.js --stdio` (e.g. `bin/marginalia.js lsp --stdio`). */
  args?: string[];
}

/** One running server and the client end of its connection. */
export class TestServer {
  private readonly received: Received[] = [];
  private readonly waiters: { since: number; method: string; test: (p: unknown) => boolean; resolve: (p: unknown) => void }[] = [];
  /** Every workspace/configuration item the server asked for. */
  readonly configurationRequests: { scopeUri?: string; section?: string }[] = [];
  /** Whatever the server wrote to stderr (shown when a test fails). */
  stderr = '';
  /** The server's answer to initialize. */
  initializeResult: InitializeResult | undefined;
  private exited: Promise<number | null>;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
    public settings: Record<string, unknown>,
  ) {
    this.exited = new Promise((resolve) => process.on('exit', (code) => resolve(code)));
  }

  /** Starts the server and runs initialize / initialized. */
  static async start(options: StartOptions = {}): Promise<TestServer> {
    if (!existsSync(serverPath)) throw new Error(`${serverPath} is missing: run \`node scripts/build.mjs\` first.`);
    const child = spawn(process.execPath, options.args ?? [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const server = new TestServer(child, connection, options.settings ?? {});
    child.stderr!.on('data', (chunk: Buffer) => (server.stderr += chunk.toString()));
    connection.onNotification((method, params) => server.record(method, params));
    connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string; section?: string }[] }) => {
      server.configurationRequests.push(...params.items);
      return params.items.map(() => server.settings);
    });
    connection.onRequest('client/registerCapability', () => null);
    // $/progress is routed by token, not to the catch-all handler: subscribe per created token.
    connection.onRequest('window/workDoneProgress/create', (params: { token: string | number }) => {
      connection.onProgress(WorkDoneProgress.type, params.token, (value) => server.record('$/progress', { token: params.token, value }));
      return null;
    });
    connection.onRequest('window/showMessageRequest', () => null);
    connection.listen();
    const folders = options.folders ?? [];
    server.initializeResult = await connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: folders[0] ?? null,
      workspaceFolders: folders.map((uri) => ({ uri, name: uri.split('/').pop() })),
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, workspaceEdit: { documentChanges: true } },
        window: { workDoneProgress: true },
        textDocument: {
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          semanticTokens: { requests: { full: true, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
          rename: { prepareSupport: true },
        },
        ...options.capabilities,
      },
    });
    await connection.sendNotification('initialized', {});
    return server;
  }

  /** A marker: notifications received after it. */
  mark(): number {
    return this.received.length;
  }

  /** Resolves with the first notification of `method` since `since` that passes `test`. */
  waitFor<T>(method: string, test: (params: T) => boolean = () => true, since = 0): Promise<T> {
    const hit = this.received.slice(since).find((r) => r.method === method && test(r.params as T));
    if (hit) return Promise.resolve(hit.params as T);
    return new Promise((resolve) => this.waiters.push({ since, method, test: test as (p: unknown) => boolean, resolve: resolve as (p: unknown) => void }));
  }

  /** The next diagnostics for `uri` (optionally for a given version, or passing a test). */
  diagnostics(uri: string, since = 0, test: (d: Diagnostic[], p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    return this.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && test(p.diagnostics, p), since);
  }

  /** The next `marginalia/status` for `uri` in one of `states`. */
  status(uri: string, states: StatusParams['state'][], since = 0): Promise<StatusParams> {
    return this.waitFor<StatusParams>('marginalia/status', (p) => p.uri === uri && states.includes(p.state), since);
  }

  /** Every notification of `method` received so far. */
  all<T>(method: string): T[] {
    return this.received.filter((r) => r.method === method).map((r) => r.params as T);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** Opens a document; resolves with the marker taken before the notification. */
  async open(uri: string, text: string, languageId = 'article', version = 1): Promise<number> {
    const since = this.mark();
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return since;
  }

  /** shutdown + exit; resolves with the exit code. */
  async stop(): Promise<number | null> {
    if (this.process.exitCode === null) {
      await this.request('shutdown', null);
      await this.notify('exit', null);
    }
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  /** Stores a notification and wakes the tests waiting for it. */
  record(method: string, params: unknown): void {
    const index = this.received.push({ method, params }) - 1;
    for (const waiter of [...this.waiters]) {
      if (waiter.method === method && index >= waiter.since && waiter.test(params)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  }
}

/** A file URI under a folder named `articles` (so the default include globs select it). */
export function articleUri(name: string): string {
  return pathToFileURL(join('/tmp/marginalia-lsp-test/articles', name)).href;
}
