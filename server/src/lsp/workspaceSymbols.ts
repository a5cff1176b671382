/**
 * Workspace symbols: every actor of every article in the workspace folders,
 * found by name. Articles on disk are read in the background (one file per
 * event-loop turn, so requests keep being answered) with a progress report,
 * up to `marginalia.workspaceSymbols.maxFiles`; each file's actors are kept
 * until its modification time changes. Open documents answer from their live
 * analysis instead of the disk.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SymbolKind, type CancellationToken, type Location, type SymbolInformation, type WorkDoneProgressReporter } from 'vscode-languageserver';
import type { Analysis } from '../analysis/types';
import { articleVerdict, refusalReason } from './articles';
import { LineIndex } from './convert';
import type { Snapshot } from './documents';
import { fsPathOf } from './settings';
import type { MarginaliaSettings } from './settingsModel';

/** Folders never entered while looking for articles. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist', 'bower_components', '__pycache__']);
/** Entries examined per workspace folder at most, so a huge tree cannot stall the server. */
const MAX_ENTRIES = 50_000;
/** Without file watching, the disk is re-read at most this often (ms). */
const RESCAN_INTERVAL_MS = 5_000;

/** One actor, as workspace symbols need it. */
interface ActorSymbol {
  name: string;
  kind: SymbolKind;
  location: Location;
}

/** What the index needs from the server. */
export interface WorkspaceIndexHost {
  folders(): readonly string[];
  settingsFor(uri: string): Promise<MarginaliaSettings>;
  analyze(text: string, uri: string, languageId: string, settings: MarginaliaSettings): Analysis | Promise<Analysis>;
  /** Current snapshots of the open documents. */
  openSnapshots(): Promise<Snapshot[]>;
  /** Starts a server-initiated progress report, when the client supports it. */
  progress(): Promise<WorkDoneProgressReporter | undefined>;
  log(message: string): void;
}

/** The background index of actors in articles on disk. */
export class WorkspaceIndex {
  private readonly entries = new Map<string, { mtimeMs: number; size: number; symbols: ActorSymbol[] }>();
  private running: Promise<void> | undefined;
  private stale = true;
  private lastScan = 0;

  constructor(
    private readonly host: WorkspaceIndexHost,
    /** True when the client reports article file changes (then no periodic re-scan is needed). */
    private readonly watching: boolean,
  ) {}

  /** Something on disk changed (a watched file, a setting): the next query re-scans. */
  markStale(): void {
    this.stale = true;
  }

  /** Starts a scan in the background if one is due; resolves when the index is fresh. */
  refresh(): Promise<void> {
    const due = this.stale || (!this.watching && Date.now() - this.lastScan > RESCAN_INTERVAL_MS);
    if (!this.running && due) {
      this.stale = false;
      this.running = this.scan().finally(() => {
        this.running = undefined;
        this.lastScan = Date.now();
      });
    }
    return this.running ?? Promise.resolve();
  }

  /** Actors whose name matches `query` (case-insensitive, letters in order), open documents first. */
  async query(query: string, token?: CancellationToken, workDone?: WorkDoneProgressReporter): Promise<SymbolInformation[]> {
    const scanning = this.refresh();
    if (this.running && workDone) workDone.begin('Marginalia: reading articles', undefined, undefined, false);
    await scanning;
    workDone?.done();
    if (token?.isCancellationRequested) return [];
    const out: SymbolInformation[] = [];
    const seen = new Set<string>();
    for (const snapshot of await this.host.openSnapshots()) {
      const path = fsPathOf(snapshot.uri) ?? snapshot.uri;
      seen.add(path);
      if (snapshot.analysis) for (const s of actorSymbols(snapshot.uri, snapshot.analysis, snapshot.lines)) push(s, path);
    }
    for (const [path, entry] of this.entries) if (!seen.has(path)) for (const s of entry.symbols) push(s, path);
    return out;

    function push(symbol: ActorSymbol, path: string): void {
      if (!fuzzyMatch(query, symbol.name)) return;
      out.push({ name: symbol.name, kind: symbol.kind, location: symbol.location, containerName: path.split(/[\\/]/).pop() ?? path });
    }
  }

  private async scan(): Promise<void> {
    const started = Date.now();
    const reporter = await this.host.progress().catch(() => undefined);
    reporter?.begin('Marginalia: reading articles', 0, 'looking for articles', false);
    const found = new Set<string>();
    let analysed = 0;
    try {
      for (const folder of this.host.folders()) {
        const root = fsPathOf(folder);
        if (!root) continue;
        const settings = await this.host.settingsFor(folder);
        const files = await this.findArticles(root, settings.workspaceSymbolsMaxFiles);
        for (const [i, file] of files.entries()) {
          found.add(file);
          if (await this.index(file)) analysed++;
          reporter?.report(Math.round(((i + 1) / files.length) * 100), `${i + 1}/${files.length} articles`);
          // One file per turn: hover and diagnostics stay responsive while this runs.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
      for (const path of [...this.entries.keys()]) if (!found.has(path)) this.entries.delete(path);
      this.host.log(`Workspace symbols: ${found.size} articles (${analysed} read) in ${Date.now() - started} ms.`);
    } catch (error) {
      this.host.log(`Workspace symbols: scan failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      reporter?.done();
    }
  }

  /** Article files under `root`, at most `limit`, in a stable order. */
  private async findArticles(root: string, limit: number): Promise<string[]> {
    const out: string[] = [];
    const queue = [root];
    let examined = 0;
    while (queue.length && out.length < limit && examined < MAX_ENTRIES) {
      const dir = queue.shift() as string;
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      entries.sort((a, b) => a.name.localeCompare(b.name));
      for (const entry of entries) {
        if (++examined > MAX_ENTRIES || out.length >= limit) break;
        if (entry.name.startsWith('.')) continue;
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!SKIPPED_FOLDERS.has(entry.name)) queue.push(path);
        } else if (entry.isFile() && /\.(txt|md|markdown|article)$/i.test(entry.name)) {
          const uri = pathToFileURL(path).href;
          const settings = await this.host.settingsFor(uri);
          if (articleVerdict(uri, languageOf(path), settings, this.host.folders()).article) out.push(path);
        }
      }
    }
    if (out.length >= limit) this.host.log(`Workspace symbols: stopped at ${limit} articles under ${root} (marginalia.workspaceSymbols.maxFiles).`);
    return out;
  }

  /** Reads and analyses one file unless its cached entry is current; true when it was read. */
  private async index(path: string): Promise<boolean> {
    try {
      const info = await stat(path);
      const cached = this.entries.get(path);
      if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return false;
      const uri = pathToFileURL(path).href;
      const settings = await this.host.settingsFor(uri);
      if (info.size > settings.maxFileSizeMB * 1024 * 1024) {
        this.entries.set(path, { mtimeMs: info.mtimeMs, size: info.size, symbols: [] });
        return false;
      }
      // Editors drop a UTF-8 byte-order mark from the text they show, so
      // offsets are taken after it, as the open document will have them.
      const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
      const symbols = refusalReason(text, settings.maxFileSizeMB) ? [] : actorSymbols(uri, await this.host.analyze(text, uri, languageOf(path), settings), new LineIndex(text));
      this.entries.set(path, { mtimeMs: info.mtimeMs, size: info.size, symbols });
      return true;
    } catch (error) {
      this.host.log(`Workspace symbols: could not read ${path}: ${error instanceof Error ? error.message : String(error)}`);
      this.entries.delete(path);
      return false;
    }
  }
}

/** The actors of one analysis as symbols at their definitions. */
export function actorSymbols(uri: string, analysis: Analysis, lines: LineIndex): ActorSymbol[] {
  return analysis.actors.map((a) => ({
    name: a.name,
    kind: a.type === 'person' ? SymbolKind.Variable : SymbolKind.Class,
    location: lines.location(uri, a.definition),
  }));
}

/** The language an editor would give a file, for the article check. */
function languageOf(path: string): string {
  if (/\.article(\.txt|\.md)?$/i.test(path)) return 'article';
  return /^\.(md|markdown)$/i.test(extname(path)) ? 'markdown' : 'plaintext';
}

/** Case-insensitive "letters of the query in order" match; an empty query matches everything. */
export function fuzzyMatch(query: string, name: string): boolean {
  const q = query.toLowerCase().replace(/\s+/g, '');
  const n = name.toLowerCase();
  let i = 0;
  for (const c of n) if (i < q.length && c === q[i]) i++;
  return i === q.length;
}
