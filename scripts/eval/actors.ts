// Actor resolution on the gold corpus: for every gold mention, does the
// mention Marginalia puts at that span (or over its head word) belong to an
// actor whose definition is the gold actor's definition? Per mention kind,
// for (a) the real pipeline with the trained tagger, through the CLI JSON
// shape, (b) an oracle fed the gold entities, (c) the real language server
// answering textDocument/definition (below). Plus mention
// detection precision/recall. ACTORS_VERBOSE=1 lists every miss.
import { analyze } from '../../server/src/analysis/analyze';
import type { NameTagger } from '../../server/src/analysis/entities';
import { toSchemaJson, type SchemaJson } from '../../server/src/analysis/schema';
import type { Entity, EntityType } from '../../server/src/analysis/types';
import { loadResources } from '../../server/src/host/resources';
import { loadGoldCorpus, scoreKeys, Score, type EvalSection, type GoldArticle } from './shared';

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

/** (c) Through the real language server: a definition request at every gold mention. */
async function evalThroughServer(_articles: GoldArticle[]): Promise<void> {
  console.log('(c) server: not wired yet');
}
