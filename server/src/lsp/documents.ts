/**
 * The (uri, version) → analysis cache. Documents are synced incrementally by
 * `TextDocuments`; an edit restarts a debounce timer, and the analysis runs
 * for the version that is current when the timer fires. Ordinary articles are
 * analysed synchronously; long ones in a worker thread. The version is
 * checked after every await (reading settings, the worker's answer): an
 * outdated version is never analysed, and a stale result is never kept. Requests (hover, symbols …) take the
 * current version's analysis, computing it on the spot when the timer has not
 * fired yet, so they never answer from an older text.
 */
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../analysis/types';
import { articleVerdict, refusalReason } from './articles';
import { LineIndex } from './convert';
import type { MarginaliaSettings } from './settingsModel';

/** One analysed (or deliberately skipped) version of a document. */
export interface Snapshot {
  uri: string;
  version: number;
  languageId: string;
  lines: LineIndex;
  settings: MarginaliaSettings;
  /** Absent when the document was skipped or the analysis failed. */
  analysis?: Analysis;
  /** Why there is no analysis. */
  skipped?: { reason: string; kind: 'not-article' | 'refused' | 'error' };
  durationMs: number;
}

/** What the cache needs from the server around it. */
export interface AnalysisHost {
  settingsFor(uri: string): Promise<MarginaliaSettings>;
  workspaceFolders(): readonly string[];
  /** Synchronous for ordinary articles; a promise when a long one is analysed in the background. */
  analyze(text: string, uri: string, languageId: string, settings: MarginaliaSettings): Analysis | Promise<Analysis>;
  /** A new version is being analysed in the background. */
  onAnalyzing(uri: string): void;
  /** The current version is ready: publish diagnostics and status. */
  onReady(snapshot: Snapshot): void;
  log(message: string): void;
}

/** Analyses cached per document, recomputed on change. */
export class DocumentAnalyses {
  private readonly snapshots = new Map<string, Snapshot>();
  private readonly pending = new Map<string, { version: number; promise: Promise<Snapshot | undefined> }>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly published = new Map<string, number>();
  /** Resolved when a document's pending debounce timer has fired and its analysis is published. */
  private readonly settled = new Map<string, { promise: Promise<void>; resolve: () => void }>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly host: AnalysisHost,
    private readonly debounceMs: number,
  ) {}

  /**
   * The snapshot of the document's current version; undefined for a document
   * that is not open or a request the client cancelled. While the user is
   * typing (a debounce timer is pending) it waits for the pause rather than
   * analyse every keystroke: editors re-request semantic tokens after each
   * change and cancel the stale requests themselves.
   */
  async current(uri: string, token?: { isCancellationRequested: boolean }): Promise<Snapshot | undefined> {
    // A few rounds at most: each round is lost only to an edit that arrived
    // while the settings were read, and then the newer version is wanted.
    for (let round = 0; round < 5; round++) {
      const waiting = this.settled.get(uri);
      if (waiting) await waiting.promise;
      if (token?.isCancellationRequested) return undefined;
      const document = this.documents.get(uri);
      if (!document) return undefined;
      const cached = this.snapshots.get(uri);
      if (cached?.version === document.version) return cached;
      let pending = this.pending.get(uri);
      if (pending?.version !== document.version) {
        pending = { version: document.version, promise: this.compute(document) };
        this.pending.set(uri, pending);
      }
      const snapshot = await pending.promise;
      if (this.pending.get(uri) === pending) this.pending.delete(uri);
      if (snapshot) return snapshot;
    }
    return undefined;
  }

  /** The last computed snapshot, even if an edit has made it old (for workspace-wide reads). */
  latest(uri: string): Snapshot | undefined {
    return this.snapshots.get(uri);
  }

  /** Analyses and publishes after `delay` ms; a newer call for the same document replaces this one. */
  schedule(uri: string, delay = this.debounceMs): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    if (!this.settled.has(uri)) {
      let resolve: () => void = () => undefined;
      const promise = new Promise<void>((r) => (resolve = r));
      this.settled.set(uri, { promise, resolve });
    }
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        const waiting = this.settled.get(uri);
        this.settled.delete(uri);
        void this.publish(uri)
          .catch((error: unknown) => this.host.log(`Publishing ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`))
          .finally(() => waiting?.resolve());
      }, delay),
    );
  }

  /** Forgets a closed document. */
  close(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
    this.settled.get(uri)?.resolve();
    this.settled.delete(uri);
    this.snapshots.delete(uri);
    this.pending.delete(uri);
    this.published.delete(uri);
  }

  /** Drops every analysis (settings changed) and re-publishes every open document. */
  invalidateAll(): void {
    this.snapshots.clear();
    this.pending.clear();
    this.published.clear();
    for (const document of this.documents.all()) this.schedule(document.uri, 0);
  }

  private async publish(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    if (this.snapshots.get(uri)?.version !== document.version) this.host.onAnalyzing(uri);
    const snapshot = await this.current(uri);
    // Publish only what is still current and not yet published.
    if (!snapshot || this.documents.get(uri)?.version !== snapshot.version) return;
    if (this.published.get(uri) === snapshot.version) return;
    this.published.set(uri, snapshot.version);
    this.host.onReady(snapshot);
  }

  private async compute(document: TextDocument): Promise<Snapshot | undefined> {
    const { uri, version, languageId } = document;
    const settings = await this.host.settingsFor(uri);
    // The one await is behind us: if the document moved on, this version is stale.
    const live = this.documents.get(uri);
    if (!live || live.version !== version) return undefined;
    // A client that sent no text (a malformed didOpen) gets an empty document, not a crash.
    const raw: unknown = live.getText();
    const text = typeof raw === 'string' ? raw : '';
    const started = performance.now();
    const base = { uri, version, languageId, lines: new LineIndex(text), settings };
    let snapshot: Snapshot;
    const verdict = articleVerdict(uri, languageId, settings, this.host.workspaceFolders());
    const refusal = verdict.article ? refusalReason(text, settings.maxFileSizeMB) : undefined;
    if (!verdict.article) {
      snapshot = { ...base, skipped: { reason: verdict.reason, kind: 'not-article' }, durationMs: 0 };
    } else if (refusal) {
      snapshot = { ...base, skipped: { reason: refusal, kind: 'refused' }, durationMs: 0 };
    } else {
      try {
        const analysis = await this.host.analyze(text, uri, languageId, settings);
        // A long article is analysed in the background: if it was edited meanwhile, this result is stale.
        if (this.documents.get(uri)?.version !== version) return undefined;
        snapshot = { ...base, analysis, durationMs: performance.now() - started };
      } catch (error) {
        // analyze() promises not to throw; if it does, the document still gets an answer.
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        this.host.log(`Analysis of ${uri} failed: ${message}`);
        snapshot = { ...base, skipped: { reason: `The analysis failed: ${String(error)}`, kind: 'error' }, durationMs: performance.now() - started };
      }
    }
    this.snapshots.set(uri, snapshot);
    return snapshot;
  }
}
