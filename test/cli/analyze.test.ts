import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { SchemaJson } from '../../server/src/analysis/schema';
import { ARTICLES, cli, repoRoot, workspace } from './helpers';

const CRLF = '\uFEFFCafé owners 👩‍🍳 said prices rose 8%.\r\nRent doubled in 2024.\r\n';
const ws = workspace({
  'trade.txt': ARTICLES.trade,
  'rail.md': ARTICLES.markdown,
  'crlf.txt': CRLF,
  'two-voices.txt': 'The mayor said the bridge was safe; the engineers added that it cost $4 million.\n',
});
after(() => ws.cleanup());

/** Every span of a SCHEMA.md object must slice the file's text exactly. */
function checkSpans(json: SchemaJson, text: string): void {
  const spans = [
    ...json.entities,
    ...json.claims,
    ...json.claims.flatMap((c) => (c.attribution ? [c.attribution.cue, c.attribution.source] : [])),
    ...json.actors.flatMap((a) => a.mentions),
  ];
  for (const span of spans) assert.equal(text.slice(span.start, span.end), span.text, `span ${span.start}-${span.end}`);
  for (const actor of json.actors) assert.ok(actor.definition.end <= text.length);
}

function checkShape(json: SchemaJson, file: string): void {
  assert.equal(json.version, 1);
  assert.equal(json.file, file);
  assert.deepEqual(Object.keys(json).sort(), ['actors', 'claims', 'entities', 'file', 'version']);
  for (const claim of json.claims) {
    assert.ok(['high', 'medium', 'low'].includes(claim.checkworthy));
    assert.equal(typeof claim.sourced, 'boolean');
    if (claim.attribution) assert.equal(claim.sourced, true, 'only sourced claims carry an attribution');
  }
}

test('--format json prints one SCHEMA.md object for one file, spans exact', () => {
  const r = cli(['analyze', '--format', 'json', 'trade.txt'], ws.dir);
  assert.equal(r.status, 0, r.stderr);
  const json = JSON.parse(r.stdout) as SchemaJson;
  assert.ok(!Array.isArray(json));
  checkShape(json, 'trade.txt');
  checkSpans(json, ARTICLES.trade);
  assert.ok(json.claims.length >= 3, 'every sentence of prose is a claim');
  assert.ok(json.entities.some((e) => e.type === 'money' && e.text === 'US$3.2 billion'));
});

test('--format json prints an array for several files, in order; --format=json works too', () => {
  const r = cli(['analyze', '--format=json', 'trade.txt', 'rail.md'], ws.dir);
  assert.equal(r.status, 0, r.stderr);
  const list = JSON.parse(r.stdout) as SchemaJson[];
  assert.deepEqual(
    list.map((j) => j.file),
    ['trade.txt', 'rail.md'],
  );
  checkSpans(list[1] as SchemaJson, ARTICLES.markdown);
  // Markdown markers and the link URL are outside the prose.
  for (const claim of (list[1] as SchemaJson).claims) assert.ok(!claim.text.startsWith('#') && !claim.text.startsWith('- '));
});

test('--format jsonl prints one compact object per line; BOM, CRLF and emoji offsets are exact', () => {
  const r = cli(['analyze', '--format', 'jsonl', 'crlf.txt', 'trade.txt'], ws.dir);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 2);
  const first = JSON.parse(lines[0] ?? '') as SchemaJson;
  checkShape(first, 'crlf.txt');
  checkSpans(first, CRLF);
  assert.ok(first.claims.every((c) => c.start >= 1), 'the BOM is index 0 and is not prose');
});

test('the text report groups entities, lists claims with positions, and is plain when piped', () => {
  const r = cli(['analyze', 'trade.txt'], ws.dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^trade\.txt {2}plain text/);
  assert.match(r.stdout, /^Entities \(\d+\)$/m);
  assert.match(r.stdout, /^ {2}Amount of money +US\$3\.2 billion/m);
  assert.match(r.stdout, /^Actors \(\d+\)$/m);
  assert.match(r.stdout, /^Claims \(\d+; \d+ unsourced flagged\)$/m);
  assert.match(r.stdout, / 3:1 +(high|medium|low) +\S+ +Exports from the port of Velden/);
  assert.match(r.stdout, /^1 file analysed · \d+ entities · /m);
  assert.ok(!r.stdout.includes('\x1b['), 'no colour when stdout is not a terminal');
  // Sourced claims show their source, and the actor behind a pronoun, as the JSON says.
  const json = JSON.parse(cli(['analyze', '--format', 'json', 'trade.txt'], ws.dir).stdout) as SchemaJson;
  for (const claim of json.claims.filter((c) => c.attribution)) {
    const source = claim.attribution?.source;
    const actor = json.actors.find((a) => a.id === source?.actor);
    const who = actor && !source?.text.includes(actor.name) ? ` (${actor.name})` : '';
    assert.ok(r.stdout.includes(`source: ${source?.text}${who} · cue: ${claim.attribution?.cue.text}`), `${source?.text}${who}`);
  }
  assert.ok(json.claims.some((c) => c.attribution), 'the fixture has sourced claims');
});

test('the text report lists a sentence\'s further attributions under its source; the JSON keeps SCHEMA.md\'s one', () => {
  const r = cli(['analyze', 'two-voices.txt'], ws.dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /source: The mayor · cue: said\n +also: the engineers · cue: added/);
  const json = JSON.parse(cli(['analyze', '--format', 'json', 'two-voices.txt'], ws.dir).stdout) as SchemaJson;
  assert.deepEqual(Object.keys(json.claims[0]!.attribution ?? {}).sort(), ['cue', 'source']);
  assert.equal(json.claims[0]!.attribution?.source.text, 'The mayor');
});

test('colour: FORCE_COLOR turns it on; NO_COLOR and --no-color win over it', () => {
  assert.ok(cli(['analyze', 'trade.txt'], ws.dir, { env: { FORCE_COLOR: '1' } }).stdout.includes('\x1b[1m'));
  assert.ok(!cli(['analyze', 'trade.txt'], ws.dir, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout.includes('\x1b['));
  assert.ok(!cli(['analyze', '--no-color', 'trade.txt'], ws.dir, { env: { FORCE_COLOR: '1' } }).stdout.includes('\x1b['));
});

test('- reads the article from standard input', () => {
  const r = cli(['analyze', '--format', 'json', '-'], ws.dir, { input: ARTICLES.trade });
  assert.equal(r.status, 0, r.stderr);
  const json = JSON.parse(r.stdout) as SchemaJson;
  assert.equal(json.file, 'stdin');
  checkSpans(json, ARTICLES.trade);
});

test('--help and --version print to stdout and exit 0', () => {
  const help = cli(['--help'], ws.dir);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /marginalia analyze \[options\] FILE/);
  assert.match(help.stdout, /--fail-on high\|medium\|never/);
  const version = cli(['--version'], ws.dir);
  assert.equal(version.status, 0);
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  assert.equal(version.stdout.trim(), pkg.version);
});

test('command-line mistakes: one line naming the problem, then usage on stderr, exit 2, nothing on stdout', () => {
  const cases: [string[], RegExp][] = [
    [[], /no command given/],
    [['analyse', 'trade.txt'], /unknown command: analyse/],
    [['--frobnicate'], /unknown option: --frobnicate/],
    [['analyze', '--frobnicate', 'trade.txt'], /unknown option: --frobnicate/],
    [['analyze', '--format', 'xml', 'trade.txt'], /--format must be one of text, json, jsonl, sarif/],
    [['analyze', '--fail-on', 'low', 'trade.txt'], /--fail-on must be one of high, medium, never/],
    [['analyze', '--max-size', '-3', 'trade.txt'], /--max-size must be a number/],
    [['analyze', '--format'], /--format needs a value/],
    [['analyze'], /analyze needs at least one FILE/],
    [['lsp'], /lsp needs a transport/],
    [['lsp', '--tcp'], /unknown option for lsp: --tcp/],
  ];
  for (const [args, message] of cases) {
    const r = cli(args, ws.dir);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stdout, '', args.join(' '));
    const [first, ...rest] = r.stderr.split('\n');
    assert.match(first ?? '', new RegExp('^marginalia: ' + message.source));
    assert.match(rest.join('\n'), /^usage: marginalia analyze/);
  }
});
