// Blind-gold section of `npm run eval`: articles in test/blind, written for
// the project by helper agents, each annotated from SCHEMA.md alone before
// the analyser read it (FILE.claims.tsv, and for some FILE.entities.tsv; see
// test/blind/README.md). The gold is built here from those tables, so they
// stay the one thing a person edits. Scored like the corpus: claims,
// diagnostics, sources, check-worthiness, and the six entity types where an
// entity table exists. A second opinion on the general case, not a target.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import type { SchemaJson } from '../../server/src/analysis/schema';
import { loadResources } from '../../server/src/host/resources';
import { scoreClaims } from './claims';
import { Score, repoRoot, scoreKeys, type EvalSection, type GoldArticle } from './shared';

/** The folder of blind-gold articles. */
export const BLIND_FOLDER = join(repoRoot, 'test', 'blind');

const SCORED_TYPES = ['person', 'organization', 'place', 'date', 'money', 'percent'];

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** True when `needle` at `at` is not part of a longer word. */
function bounded(hay: string, needle: string, at: number): boolean {
  return !(isWordChar(needle[0]) && isWordChar(hay[at - 1])) && !(isWordChar(needle[needle.length - 1]) && isWordChar(hay[at + needle.length]));
}

/** Index of the `n`th whole-word occurrence of `needle` at or after `from`, or -1. */
function nth(hay: string, needle: string, n: number, from: number): number {
  let at = from - 1;
  for (let found = 0; found < n; ) {
    at = hay.indexOf(needle, at + 1);
    if (at < 0) return -1;
    if (bounded(hay, needle, at)) found++;
  }
  return at;
}

/** Index of the last whole-word occurrence of `needle` before `before`, or -1. */
function lastBefore(hay: string, needle: string, before: number): number {
  let at = before;
  for (;;) {
    at = hay.lastIndexOf(needle, at - 1);
    if (at < 0 || bounded(hay, needle, at)) return at;
  }
}

/** "said#2": the text and which occurrence is meant. */
function occurrence(cell: string): [string, number] {
  const m = /^(.*)#(\d+)$/.exec(cell);
  return m ? [m[1]!, Number(m[2])] : [cell, 1];
}

/** The claims of a FILE.claims.tsv: LEVEL, SOURCED (yes|no|inherited), CUE, SOURCE, SENTENCE, in text order. */
function readClaims(text: string, table: string, problems: string[]): SchemaJson['claims'] {
  const claims: SchemaJson['claims'] = [];
  let cursor = 0;
  table.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const cols = line.split('\t');
    const sentence = cols.slice(4).join('\t').trim();
    const start = text.indexOf(sentence, cursor);
    if (cols.length < 5 || start < 0) {
      problems.push(`line ${i + 1}: ${cols.length < 5 ? 'fewer than 5 columns' : 'sentence not found'}`);
      return;
    }
    cursor = start + sentence.length;
    const [level, sourced, cueCell, sourceCell] = cols.map((c) => c.trim()) as [string, string, string, string];
    const claim: SchemaJson['claims'][number] = { start, end: cursor, text: sentence, checkworthy: level as 'high' | 'medium' | 'low', sourced: sourced !== 'no' };
    if (sourced !== 'no') {
      const [cue, cueN] = occurrence(cueCell);
      const [source, sourceN] = occurrence(sourceCell);
      const inherited = sourced === 'inherited';
      const cueAt = inherited ? lastBefore(text, cue, start) : nth(text, cue, cueN, start);
      let sourceAt = inherited ? lastBefore(text, source, start) : nth(text, source, sourceN, start);
      let sourceText = source;
      // A footnote's source is its definition's text ("[^1]: Institute for Fiscal Studies, …").
      const footnote = /^\[\^[^\]]+\]$/.test(cue) ? new RegExp(`\\n${cue.replace(/[[\]^]/g, (c) => `\\${c}`)}:[ \\t]*([^\\n]+)`).exec(text) : null;
      if (footnote) {
        sourceText = footnote[1]!.trim();
        sourceAt = footnote.index + footnote[0].indexOf(sourceText, cue.length + 2);
      }
      if (cueAt < 0 || sourceAt < 0) problems.push(`line ${i + 1}: cue or source not found`);
      claim.attribution = { cue: { start: cueAt, end: cueAt + cue.length, text: cue }, source: { start: sourceAt, end: sourceAt + sourceText.length, text: sourceText } };
    }
    claims.push(claim);
  });
  return claims;
}

/** The entities of a FILE.entities.tsv: TYPE, TEXT, in text order. */
function readEntities(text: string, table: string, problems: string[]): SchemaJson['entities'] {
  const entities: SchemaJson['entities'] = [];
  let at = 0;
  table.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [type, ...rest] = line.split('\t');
    const name = rest.join('\t').trim();
    const start = nth(text, name, 1, at);
    if (start < 0 || !type) {
      problems.push(`entities line ${i + 1}: "${name}" not found`);
      return;
    }
    entities.push({ start, end: start + name.length, text: name, type: type.trim() as SchemaJson['entities'][number]['type'] });
    at = start + name.length;
  });
  return entities;
}

/** Every blind-gold article, with its gold built from its tables; `entities` says which have an entity table. */
export function loadBlindGold(folder = BLIND_FOLDER): { articles: GoldArticle[]; withEntities: Set<string>; problems: string[] } {
  const articles: GoldArticle[] = [];
  const withEntities = new Set<string>();
  const problems: string[] = [];
  if (!existsSync(folder)) return { articles, withEntities, problems };
  for (const name of readdirSync(folder).sort()) {
    if (!/\.(txt|md)$/.test(name)) continue;
    const stem = join(folder, name.replace(/\.(txt|md)$/, ''));
    if (!existsSync(`${stem}.claims.tsv`)) continue;
    const path = join(folder, name);
    const text = readFileSync(path, 'utf8');
    const own: string[] = [];
    const claims = readClaims(text, readFileSync(`${stem}.claims.tsv`, 'utf8'), own);
    const entities = existsSync(`${stem}.entities.tsv`) ? readEntities(text, readFileSync(`${stem}.entities.tsv`, 'utf8'), own) : [];
    if (existsSync(`${stem}.entities.tsv`)) withEntities.add(name);
    problems.push(...own.map((p) => `${name} ${p}`));
    articles.push({ name, path, text, gold: { version: 1, file: name, entities, actors: [], claims } });
  }
  return { articles, withEntities, problems };
}

export const blindSection: EvalSection = {
  title: 'Blind-gold articles (test/blind: annotated before the analyser read them)',
  run() {
    const { articles, withEntities, problems } = loadBlindGold();
    if (articles.length === 0) {
      console.log(`no blind-gold articles under ${BLIND_FOLDER}: skipped.`);
      return;
    }
    for (const p of problems) console.log(`  table problem: ${p}`);
    console.log(`${articles.length} articles, ${withEntities.size} with entity gold`);
    scoreClaims(articles, 'blind', false);
    const tagger = loadResources().tagger;
    const key = (e: { start: number; end: number; type: string }): string => `${e.type}:${e.start}:${e.end}`;
    const total = new Score();
    for (const article of articles.filter((a) => withEntities.has(a.name))) {
      const predicted = analyze(article.text, { fileName: article.name, tagger }).entities.filter((e) => SCORED_TYPES.includes(e.type));
      total.add(scoreKeys(predicted.map(key), article.gold.entities.filter((e) => SCORED_TYPES.includes(e.type)).map(key)));
    }
    console.log(`blind six entity types (micro): ${total.format()}`);
  },
};
