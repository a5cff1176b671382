/**
 * The language server: creates the connection (stdio, node-ipc or socket, as
 * process.argv says), declares the capabilities and routes each request to
 * its feature module. Every handler answers an unknown document or an odd
 * position with an empty result; an unexpected exception is logged and
 * becomes an empty result too, never a dead server.
 */
import { basename } from 'node:path';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, formatForFileName } from '../analysis/analyze';
import { toSchemaJson } from '../analysis/schema';
import type { Analysis } from '../analysis/types';
import { BackgroundAnalyzer } from '../host/analysisWorker';
import { loadResources } from '../host/resources';
import { ANALYSIS_JSON_REQUEST, STATUS_NOTIFICATION, type AnalysisJsonParams, type AnalysisJsonResult, type StatusParams } from '../shared/protocol';
import { codeActions } from './codeActions';
import { definition } from './definition';
import { diagnosticsFor, flaggedClaims } from './diagnostics';
import { DocumentAnalyses, type Snapshot } from './documents';
import { highlights } from './highlights';
import { hover } from './hover';
import { loadProjectFile } from './projectFiles';
import { references } from './references';
import { prepareRename, rename } from './rename';
import { LEGEND, semanticTokens } from './semanticTokens';
import { fsPathOf, SettingsStore } from './settings';
import type { MarginaliaSettings } from './settingsModel';
import { documentSymbols, flatSymbols } from './symbols';
import { WorkspaceIndex } from './workspaceSymbols';

/** How long typing must pause before a changed document is re-analysed (ms). */
const DEBOUNCE_MS = 200;

/**
 * Articles at least this long (UTF-16 code units, ~200 KB) are analysed in
 * the worker thread: below it the analysis takes well under a keystroke's
 * pause and the copy to and from the worker would cost more than it saves.
 * MARGINALIA_WORKER_MIN_CHARS overrides it (the protocol tests use a small one).
 */
function workerMinChars(): number {
  const fromEnv = Number(process.env.MARGINALIA_WORKER_MIN_CHARS);
  return Number.isFinite(fromEnv) && fromEnv >= 0 && process.env.MARGINALIA_WORKER_MIN_CHARS !== '' ? fromEnv : 200_000;
}

/** What the client said it can do, read once at initialize. */
interface ClientFeatures {
  configuration: boolean;
  workDoneProgress: boolean;
  hierarchicalSymbols: boolean;
  snippetEdits: boolean;
  watchedFilesRegistration: boolean;
  configurationRegistration: boolean;
  workspaceFolders: boolean;
  semanticTokensRefresh: boolean;
}

/** Starts the Marginalia language server on the transport named in process.argv. */
export function startServer(): void {
  const connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  let features: ClientFeatures | undefined;
  let folders: string[] = [];
  let settings: SettingsStore | undefined;
  const log = (message: string) => connection.console.log(message);
  const settingsFor = (uri: string): Promise<MarginaliaSettings> => {
    if (!settings) throw new Error('settings read before initialize');
    return settings.forUri(uri);
  };
  const background = new BackgroundAnalyzer(require.main?.filename ?? __filename, log);
  const analyzeText = (text: string, uri: string, languageId: string, s: MarginaliaSettings): Analysis | Promise<Analysis> => {
    const fileName = basename(fsPathOf(uri) ?? decodeURIComponent(uri.split('/').pop() ?? uri));
    const format = languageId === 'markdown' ? 'markdown' : formatForFileName(fileName);
    const options = { fileName, format, claims: { extraCues: s.extraCues } };
    // A long article would hold the main thread for seconds: the worker takes it, and requests keep flowing.
    if (text.length >= workerMinChars()) return background.analyze(text, options);
    return analyze(text, { ...options, tagger: loadResources().tagger });
  };
  const sendStatus = (params: StatusParams) => void connection.sendNotification(STATUS_NOTIFICATION, params);

  const analyses = new DocumentAnalyses(
    documents,
    {
      settingsFor,
      workspaceFolders: () => folders,
      analyze: analyzeText,
      onAnalyzing: (uri) => sendStatus({ uri, state: 'analyzing' }),
      onReady: (snapshot) => publish(connection, snapshot, sendStatus),
      log,
    },
    DEBOUNCE_MS,
  );
  let index: WorkspaceIndex | undefined;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    features = clientFeatures(params);
    folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    const options = params.initializationOptions as { settings?: unknown } | undefined;
    settings = new SettingsStore(connection, {
      configurationSupport: features.configuration,
      initializationSettings: options?.settings,
      loadProjectFile,
    });
    index = new WorkspaceIndex(
      {
        folders: () => folders,
        settingsFor,
        analyze: analyzeText,
        openSnapshots: async () => (await Promise.all(documents.keys().map((uri) => analyses.current(uri)))).filter((s): s is Snapshot => !!s),
        progress: async () => (features?.workDoneProgress ? connection.window.createWorkDoneProgress() : undefined),
        log,
      },
      features.watchedFilesRegistration,
    );
    return {
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        semanticTokensProvider: { legend: LEGEND, full: true, range: true },
        documentSymbolProvider: { label: 'Marginalia' },
        workspaceSymbolProvider: { workDoneProgress: true },
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'marginalia' },
    };
  });

  connection.onInitialized(() => {
    const resources = loadResources();
    for (const problem of resources.problems) log(`Resources: ${problem.message}`);
    log(`Marginalia server ready (${resources.tagger ? 'name tagger loaded' : 'no name tagger'}).`);
    if (features?.configurationRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'marginalia' });
    }
    if (features?.watchedFilesRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/.marginalia.json' }, { globPattern: '**/*.{txt,md,markdown,article}' }],
      });
    }
    if (features?.workspaceFolders) connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((f) => f.uri));
      folders = [...folders.filter((f) => !removed.has(f)), ...event.added.map((f) => f.uri)];
      index?.markStale();
      void index?.refresh();
    });
    void index?.refresh();
  });

  // didOpen also fires didChangeContent: the first analysis runs at once, later ones after a pause.
  const justOpened = new Set<string>();
  documents.onDidOpen((e) => {
    justOpened.add(e.document.uri);
    analyses.schedule(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    if (justOpened.delete(e.document.uri)) return;
    analyses.schedule(e.document.uri);
  });
  documents.onDidClose((e) => {
    justOpened.delete(e.document.uri);
    analyses.close(e.document.uri);
    settings?.invalidate(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  // The `unsourced` token modifier depends on the levels: ask the editor to re-request tokens.
  const refreshTokens = () => {
    if (features?.semanticTokensRefresh) void connection.languages.semanticTokens.refresh();
  };
  connection.onDidChangeConfiguration((change) => {
    const pushed = (change.settings as { marginalia?: unknown } | null)?.marginalia;
    if (settings && !features?.configuration && pushed !== undefined) {
      settings = new SettingsStore(connection, { configurationSupport: false, initializationSettings: pushed, loadProjectFile });
    }
    settings?.invalidate();
    analyses.invalidateAll();
    index?.markStale();
    refreshTokens();
  });
  connection.onDidChangeWatchedFiles((change) => {
    if (change.changes.some((c) => c.uri.endsWith('.marginalia.json'))) {
      settings?.invalidate();
      analyses.invalidateAll();
      refreshTokens();
    }
    index?.markStale();
  });

  /**
   * Runs a document request on the current snapshot. An unknown document, a
   * position outside the text or a bug gives `empty`.
   */
  const onDocument = <P extends { textDocument?: { uri?: unknown } }, R>(name: string, empty: R, run: (snapshot: Snapshot, params: P) => R) =>
    async (params: P, token?: CancellationToken): Promise<R> => {
      const needsPosition = POSITIONAL.has(name);
      const uri = params?.textDocument?.uri;
      if (typeof uri !== 'string') return empty;
      try {
        const snapshot = await analyses.current(uri, token);
        if (!snapshot) return empty;
        const position = (params as { position?: unknown }).position;
        if (needsPosition && !(isPosition(position) && snapshot.lines.isValid(position))) return empty;
        return run(snapshot, params);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        log(`${name} failed on ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return empty;
      }
    };
  const offsetOf = (s: Snapshot, p: { position: { line: number; character: number } }) => s.lines.offsetAt(p.position);

  connection.onHover(onDocument('hover', null, (s, p) => hover(s, p)));
  connection.languages.semanticTokens.on(onDocument('semanticTokens', { data: [] }, (s) => semanticTokens(s.analysis, s.settings, s.lines)));
  connection.languages.semanticTokens.onRange(
    onDocument('semanticTokens/range', { data: [] }, (s, p) => semanticTokens(s.analysis, s.settings, s.lines, validRange(p.range))),
  );
  connection.onDocumentSymbol(
    onDocument('documentSymbol', [], (s) => {
      if (!s.analysis) return [];
      const symbols = documentSymbols(s.analysis, s.lines);
      return features?.hierarchicalSymbols ? symbols : flatSymbols(s.uri, symbols);
    }),
  );
  connection.onDefinition(onDocument('definition', [], (s, p) => definition(s.uri, s.analysis, s.lines, offsetOf(s, p))));
  connection.onReferences(
    onDocument('references', [], (s, p) => references(s.uri, s.analysis, s.lines, offsetOf(s, p), p.context?.includeDeclaration === true)),
  );
  connection.onDocumentHighlight(onDocument('documentHighlight', [], (s, p) => highlights(s.analysis, s.lines, offsetOf(s, p))));
  connection.onPrepareRename(onDocument('prepareRename', null, (s, p) => prepareRename(s.analysis, s.lines, offsetOf(s, p))));
  connection.onRenameRequest(
    onDocument('rename', null, (s, p) => rename(s.uri, s.analysis, s.lines, offsetOf(s, p), typeof p.newName === 'string' ? p.newName : '')),
  );
  connection.onCodeAction(
    onDocument('codeAction', [], (s, p) =>
      s.analysis
        ? codeActions(
            { uri: s.uri, version: s.version, analysis: s.analysis, settings: s.settings, lines: s.lines, snippets: features?.snippetEdits === true },
            { ...p, range: validRange(p.range), context: { ...p.context, diagnostics: Array.isArray(p.context?.diagnostics) ? p.context.diagnostics : [] } },
          )
        : [],
    ),
  );
  connection.onWorkspaceSymbol(async (params, token, workDone) => {
    try {
      return (await index?.query(typeof params?.query === 'string' ? params.query : '', token, workDone)) ?? [];
    } catch (error) {
      log(`workspaceSymbol failed: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
  });
  connection.onRequest(ANALYSIS_JSON_REQUEST, async (params: AnalysisJsonParams): Promise<AnalysisJsonResult> => {
    if (typeof params?.uri !== 'string') return null;
    const snapshot = await analyses.current(params.uri);
    return snapshot?.analysis ? toSchemaJson(snapshot.analysis) : null;
  });

  // A last safety net: a stray rejection is a bug to log, not a reason to leave the editor without a server.
  process.on('unhandledRejection', (reason) => log(`Unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));

  connection.onShutdown(() => background.dispose());
  documents.listen(connection);
  connection.listen();
}

/** Publishes a snapshot's diagnostics and its status. */
function publish(connection: Connection, snapshot: Snapshot, sendStatus: (p: StatusParams) => void): void {
  void connection.sendDiagnostics({ uri: snapshot.uri, version: snapshot.version, diagnostics: diagnosticsFor(snapshot) });
  const { analysis, skipped, uri } = snapshot;
  if (!analysis) {
    sendStatus({ uri, state: skipped?.kind === 'error' ? 'error' : 'skipped', message: skipped?.reason ?? 'Not analysed.' });
    if (skipped && skipped.kind !== 'not-article') connection.console.info(`${uri}: ${skipped.reason}`);
    return;
  }
  sendStatus({
    uri,
    state: 'ready',
    durationMs: Math.round(snapshot.durationMs * 10) / 10,
    counts: {
      entities: analysis.entities.length,
      actors: analysis.actors.length,
      claims: analysis.claims.length,
      unsourced: flaggedClaims(analysis, snapshot.settings).length,
    },
  });
}

function clientFeatures(params: InitializeParams): ClientFeatures {
  const c = params.capabilities ?? {};
  return {
    configuration: c.workspace?.configuration === true,
    workDoneProgress: c.window?.workDoneProgress === true,
    hierarchicalSymbols: c.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
    snippetEdits: (c.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport === true,
    watchedFilesRegistration: c.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    configurationRegistration: c.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    workspaceFolders: c.workspace?.workspaceFolders === true,
    semanticTokensRefresh: c.workspace?.semanticTokens?.refreshSupport === true,
  };
}

/** Requests whose `position` must name a place inside the text. */
const POSITIONAL = new Set(['hover', 'definition', 'references', 'documentHighlight', 'prepareRename', 'rename']);

function isPosition(value: unknown): value is { line: number; character: number } {
  const p = value as { line?: unknown; character?: unknown } | null;
  return typeof p === 'object' && p !== null && typeof p.line === 'number' && typeof p.character === 'number';
}

/** A position from the wire, made safe (non-objects become 0:0; LineIndex clamps the rest). */
function validPosition(value: unknown): { line: number; character: number } {
  const p = (typeof value === 'object' && value !== null ? value : {}) as { line?: unknown; character?: unknown };
  return { line: typeof p.line === 'number' ? p.line : 0, character: typeof p.character === 'number' ? p.character : 0 };
}

function validRange(value: unknown): { start: { line: number; character: number }; end: { line: number; character: number } } {
  const r = (typeof value === 'object' && value !== null ? value : {}) as { start?: unknown; end?: unknown };
  return { start: validPosition(r.start), end: validPosition(r.end) };
}
