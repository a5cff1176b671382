// Actor resolution on the gold corpus: for every gold mention, does the
// mention Marginalia puts at that span (or over its head word) belong to an
// actor whose definition is the gold actor's definition? Per mention kind,
// for (a) the real pipeline with the trained tagger, through the CLI JSON
// shape, (b) an oracle fed the gold entities, (c) the real language server
// answering textDocument/definition (below). Plus mention
// detection precision/recall. ACTORS_VERBOSE=1 lists every miss.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { analyze } from '../../server/src/analysis/analyze';
import type { NameTagger } from '../../server/src/analysis/entities';
import { toSchemaJson, type SchemaJson } from '../../server/src/analysis/schema';
import type { Entity, EntityType } from '../../server/src/analysis/types';
import { loadResources } from '../../server/src/host/resources';
import { loadGoldCorpus, repoRoot, scoreKeys, Score, type EvalSection, type GoldArticle } from './shared';

const KINDS = ['name', 'alias', 'title', 'description', 'pronoun'] as const;

/** Where a gold mention's definition was found to be, or undefined when nothing is there. */
export type DefinitionLookup = (article: GoldArticle, start: number, end: number, head: number) => Promise<{ start: number; end: number }[] | undefined> | { start: number; end: number }[] | undefined;

/** Tally of correct / total per mention kind. */
export class KindTally {
  readonly right = new Map<string, number>();
  readonly total = new Map<string, number>();
  readonly misses: string[] = [];
  add(kind: string, ok: boolean, note: string): void {
    this.total.set(kind, (this.total.get(kind) ?? 0) + 1);
    if (ok) this.right.set(kind, (this.right.get(kind) ?? 0) + 1);
    else this.misses.push(note);
  }
  line(label: string): string {
    const cell = (r: number, t: number) => (t ? (r / t).toFixed(3) : '  -  ');
    let r = 0;
    let t = 0;
    const parts = KINDS.map((k) => {
      const kr = this.right.get(k) ?? 0;
      const kt = this.total.get(k) ?? 0;
      r += kr;
      t += kt;
      return `${k} ${cell(kr, kt)}`;
    });
    return `${label.padEnd(22)} ${parts.join('  ')}  overall ${cell(r, t)} (${r}/${t})`;
  }
}

/** Offset of the last word of a gold mention (its head). */
export function headOffset(text: string, start: number, end: number): number {
  const m = /[\p{L}\p{N}][\p{L}\p{N}'’-]*\W*$/u.exec(text.slice(start, end));
  return m ? start + m.index : start;
}

/** Scores one way of looking up definitions against every gold mention of every article. */
export async function scoreDefinitions(articles: GoldArticle[], lookup: DefinitionLookup): Promise<KindTally> {
  const tally = new KindTally();
  for (const article of articles) {
    for (const actor of article.gold.actors) {
      for (const m of actor.mentions) {
        const found = await lookup(article, m.start, m.end, headOffset(article.text, m.start, m.end));
        const ok = !!found?.length && found[0]?.start === actor.definition.start && found[0]?.end === actor.definition.end;
        const got = found?.length ? found.map((f) => JSON.stringify(article.text.slice(f.start, f.end))).join('|') : 'nothing';
        tally.add(m.kind, ok, `${article.name} ${m.kind} ${JSON.stringify(m.text)}@${m.start} → ${got} (want ${actor.name})`);
      }
    }
  }
  return tally;
}

/** Looks definitions up in a SCHEMA.md JSON: exact span first, then a mention over the head word. */
export function lookupInJson(json: SchemaJson): DefinitionLookup {
  const all = json.actors.flatMap((a) => a.mentions.map((m) => ({ m, def: a.definition })));
  return (_article, start, end, head) => {
    const exact = all.find((x) => x.m.start === start && x.m.end === end);
    const over = exact ?? all.find((x) => x.m.start <= head && head < x.m.end && x.m.start < end && start < x.m.end);
    return over ? [over.def] : undefined;
  };
}

/** A tagger that returns the gold entities: the oracle for actor resolution. */
export function goldTagger(article: GoldArticle): NameTagger {
  const entities: Entity[] = article.gold.entities.map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type as EntityType }));
  return { tag: () => entities.map((e) => ({ ...e })) };
}

async function runPipeline(articles: GoldArticle[], label: string, tagger: (a: GoldArticle) => NameTagger | undefined): Promise<void> {
  const jsons = new Map<string, SchemaJson>();
  const detection = new Score();
  for (const article of articles) {
    const t = tagger(article);
    const json = toSchemaJson(analyze(article.text, { fileName: article.name, ...(t ? { tagger: t } : {}) }));
    jsons.set(article.name, json);
    const key = (m: { start: number; end: number }) => `${m.start}:${m.end}`;
    detection.add(scoreKeys(json.actors.flatMap((a) => a.mentions.map(key)), article.gold.actors.flatMap((a) => a.mentions.map(key))));
  }
  const tally = await scoreDefinitions(articles, (article, s, e, h) => lookupInJson(jsons.get(article.name) as SchemaJson)(article, s, e, h));
  console.log(tally.line(label));
  console.log(`${''.padEnd(22)} mention detection ${detection.format()}`);
  if (process.env.ACTORS_VERBOSE) for (const miss of tally.misses) console.log(`   miss: ${miss}`);
}

/** `npm run eval` section. */
export const actorsSection: EvalSection = {
  title: 'Actors: definition accuracy per mention kind',
  async run(shared) {
    const articles = loadGoldCorpus(shared);
    console.log(`${articles.length} gold articles; targets name/alias/title >= 0.97, description >= 0.85, pronoun >= 0.85, overall >= 0.92`);
    const resources = loadResources();
    if (resources.tagger) {
      const tagger = resources.tagger;
      await runPipeline(articles, '(a) pipeline, CLI JSON', () => tagger);
    } else console.log('(a) pipeline: no trained name model (server/models), skipped: ' + resources.problems.map((p) => p.message).join('; '));
    await runPipeline(articles, '(b) oracle entities', goldTagger);
    await evalThroughServer(articles);
  },
};

/** Line and UTF-16 character of an offset, as LSP counts them (\r\n, \n and \r end lines). */
function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** Offset of an LSP position in `text`. */
function offsetAt(text: string, pos: { line: number; character: number }): number {
  let line = 0;
  let i = 0;
  while (line < pos.line && i < text.length) {
    const c = text.charCodeAt(i++);
    if (c === 13 && text.charCodeAt(i) === 10) i++;
    if (c === 10 || c === 13) line++;
  }
  return i + pos.character;
}

/**
 * (c) Through the real language server: `node dist/server.js --stdio`,
 * spoken to with vscode-jsonrpc; every article is opened, then a
 * textDocument/definition request is sent at the head word of every gold
 * mention and the answer's first location is compared with the gold
 * definition. Every step waits on the server's response, never on a timer.
 */
async function evalThroughServer(articles: GoldArticle[]): Promise<void> {
  const serverJs = join(repoRoot, 'dist', 'server.js');
  if (!existsSync(serverJs)) {
    console.log('(c) server: dist/server.js not built (npm run build), skipped');
    return;
  }
  const child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  // The server may ask the client things (progress tokens, registrations): answer politely.
  connection.onRequest(() => null);
  connection.onNotification(() => undefined);
  connection.listen();
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
    await connection.sendNotification('initialized', {});
    const uriOf = (a: GoldArticle) => pathToFileURL(a.path).toString();
    for (const article of articles) {
      await connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: uriOf(article), languageId: 'article', version: 1, text: article.text },
      });
    }
    const tally = await scoreDefinitions(articles, async (article, _start, _end, head) => {
      const locations = (await connection.sendRequest('textDocument/definition', {
        textDocument: { uri: uriOf(article) },
        position: positionAt(article.text, head),
      })) as { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[] | null;
      return (locations ?? []).map((l) => ({ start: offsetAt(article.text, l.range.start), end: offsetAt(article.text, l.range.end) }));
    });
    console.log(tally.line('(c) server definition'));
    if (process.env.ACTORS_VERBOSE) for (const miss of tally.misses) console.log(`   miss: ${miss}`);
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
  } catch (error) {
    console.log(`(c) server: failed: ${error instanceof Error ? error.message : String(error)}`);
    child.kill();
  } finally {
    connection.dispose();
  }
}
