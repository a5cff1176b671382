import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit } from 'vscode-languageserver';
import { claimActions, codeActions, nextFootnoteLabel, sourceOffset } from '../../../server/src/lsp/codeActions';
import { buildDiagnostics } from '../../../server/src/lsp/diagnostics';
import { defaultSettings, type MarginaliaSettings } from '../../../server/src/lsp/settingsModel';
import { Fixture } from './fixture';
import { sample } from './sample';

const URI = 'file:///articles/a.txt';

function settings(diagnostics: Partial<MarginaliaSettings['diagnostics']> = {}): MarginaliaSettings {
  const s = defaultSettings();
  s.diagnostics = { ...s.diagnostics, ...diagnostics };
  return s;
}

/** The flagged sentences (first words) and their severities under `s`. */
function check(f: Fixture, s: MarginaliaSettings, expected: [string, number][]): void {
  const diagnostics = buildDiagnostics(URI, f.analysis(), s, f.lines).filter((d) => d.code === 'claim.unsourced');
  const got = diagnostics.map((d) => {
    const span = f.lines.span(d.range);
    return [f.text.slice(span.start, span.end).split(' ').slice(0, 2).join(' '), d.severity] as [string, number];
  });
  assert.deepEqual(got, expected);
}

test('claim.unsourced: high as warning, medium as information by default; sourced and low claims never', () => {
  check(sample(), settings(), [
    ['President Maria', 2],
    ['Northwind Mining,', 2],
    ['The judge,', 3],
  ]);
});

test('levels and lowestLevel come from the settings', () => {
  check(sample(), settings({ lowestLevel: 'high', high: 'error' }), [
    ['President Maria', 1],
    ['Northwind Mining,', 1],
  ]);
  check(sample(), settings({ medium: 'none' }), [
    ['President Maria', 2],
    ['Northwind Mining,', 2],
  ]);
  const f = new Fixture('Prices may rise. Sales rose 4%.').claim('Prices', 'rise.', 'low').claim('Sales', '4%.', 'high', { reasons: [['percent', '4%']] });
  check(f, settings({ lowestLevel: 'low' }), [
    ['Prices may', 4],
    ['Sales rose', 2],
  ]);
});

test('the message says why, in the words of the reasons', () => {
  const [first, second, third] = buildDiagnostics(URI, sample().analysis(), settings(), sample().lines);
  assert.equal(first.message, 'Unsourced claim: states a dated event: on Tuesday');
  assert.equal(second.message, 'Unsourced claim: states an amount: US$2.4 billion; a ranking: largest');
  assert.equal(third.message, 'Unsourced claim: states a fact about a named actor: Carlos Lopez');
  for (const d of [first, second, third]) assert.equal(d.source, 'marginalia');
  const bare = new Fixture('Sales rose.').claim('Sales', 'rose.', 'high');
  assert.equal(buildDiagnostics(URI, bare.analysis(), settings(), bare.lines)[0].message, 'Unsourced claim (high check-worthiness): no one is cited for it');
});

test('related information points at the nearest attribution cue of the same paragraph only', () => {
  const f = sample();
  const [first, second, third] = buildDiagnostics(URI, f.analysis(), settings(), f.lines);
  assert.equal(first.relatedInformation, undefined, 'paragraph 1 has no attribution');
  assert.equal(third.relatedInformation, undefined, 'paragraph 3 has no attribution');
  const related = second.relatedInformation?.[0];
  assert.ok(related);
  assert.equal(related.location.uri, URI);
  const cue = f.lines.span(related.location.range);
  assert.equal(f.text.slice(cue.start, cue.end), 'said', 'the nearer of "said" and "told"');
  assert.equal(related.message, 'Nearest attribution in this paragraph: cue “said”, source “Lopez” → Maria Lopez');
});

test('related information first points at an attribution inside the sentence that covers only its clause', () => {
  const f = new Fixture('Prices rose 9% after the union, which said wages lagged, struck in March.').claim('Prices', 'March.', 'high', { reasons: [['percent', '9%']] });
  const analysis = f.analysis();
  analysis.claims[0].otherAttributions = [{ cue: f.span('said'), source: f.span('the union'), embedded: true }];
  const [d] = buildDiagnostics(URI, analysis, settings(), f.lines);
  const inside = d?.relatedInformation?.[0];
  assert.ok(inside);
  assert.equal(f.text.slice(f.lines.span(inside.location.range).start, f.lines.span(inside.location.range).end), 'said');
  assert.equal(inside.message, 'An attribution inside this sentence covers only its clause: cue “said”, source “the union”');
});

test('a suppressed claim carries no diagnostic; problems of the analysis do', () => {
  const f = new Fixture('Exports doubled in 2024. <!-- marginalia: sourced -->').claim('Exports', '2024.', 'high', { suppressed: '' });
  const analysis = f.analysis();
  analysis.problems.push({ code: 'directive.missing-reason', severity: 'warning', message: 'Say why.', span: f.span('<!-- marginalia: sourced -->') });
  const diagnostics = buildDiagnostics(URI, analysis, settings(), f.lines);
  assert.deepEqual(diagnostics.map((d) => [d.code, d.severity, d.range.start.character]), [['directive.missing-reason', 2, 25]]);
});

/** Applies a code action's edit to the fixture text. */
function apply(f: Fixture, action: CodeAction): string {
  const edits = (action.edit?.changes?.[URI] ?? []) as TextEdit[];
  return TextDocument.applyEdits(TextDocument.create(URI, 'plaintext', 1, f.text), edits);
}

test('code actions on a plain-text claim: a [Source: …] note before the stop, and the directive after the sentence', () => {
  const f = sample();
  const ctx = { uri: URI, version: 3, analysis: f.analysis(), settings: settings(), lines: f.lines, snippets: false };
  const claim = f.analysis().claims[1];
  const actions = claimActions(ctx, claim, []);
  assert.deepEqual(actions.map((a) => a.title), ['Insert source… ([Source: …] note at the end of the sentence)', 'Mark as sourced (then replace “reason” in the comment)']);
  assert.match(apply(f, actions[0]), /US\$2\.4 billion last year \[Source: …\]\. Lopez said/);
  assert.match(apply(f, actions[1]), /last year\. <!-- marginalia: sourced -- reason --> Lopez said/);
  assert.equal(actions[0].isPreferred, true);
});

test('code actions in Markdown: a link or a footnote; snippets when the client takes them', () => {
  const text = 'Sales rose 4% in 2025.\n\nProfits fell.[^1]\n\n[^1]: Annual report.\n';
  const f = new Fixture(text, 'markdown').claim('Sales', '2025.', 'high', { reasons: [['percent', '4%']] });
  const ctx = { uri: URI, version: 1, analysis: f.analysis(), settings: settings(), lines: f.lines, snippets: false };
  const [link, footnote, mark] = claimActions(ctx, f.analysis().claims[0], []);
  assert.equal(apply(f, link), text.replace('2025.', '2025 [source](https://).'));
  assert.equal(footnote.title, 'Insert source… (footnote [^2])');
  assert.equal(apply(f, footnote), text.replace('2025.', '2025[^2].') + '\n[^2]: source\n');
  const snippet = claimActions({ ...ctx, snippets: true }, f.analysis().claims[0], []);
  assert.equal(snippet[2].title, 'Mark as sourced… (type the reason)');
  const edit = snippet[2].edit?.documentChanges?.[0] as { textDocument: { version: number }; edits: { snippet: { value: string } }[] };
  assert.equal(edit.textDocument.version, 1);
  assert.equal(edit.edits[0].snippet.value, ' <!-- marginalia: sourced -- ${1:reason} -->');
  assert.ok(mark);
});

test('code actions are offered for flagged claims under the cursor only, with their diagnostic', () => {
  const f = sample();
  const analysis = f.analysis();
  const ctx = { uri: URI, version: 1, analysis, settings: settings(), lines: f.lines, snippets: false };
  const diagnostics = buildDiagnostics(URI, analysis, ctx.settings, f.lines);
  const at = (needle: string) => {
    const p = f.lines.positionAt(f.offset(needle));
    return codeActions(ctx, { textDocument: { uri: URI }, range: { start: p, end: p }, context: { diagnostics } });
  };
  const actions = at('copper');
  assert.equal(actions.length, 2);
  assert.deepEqual(actions[0].diagnostics, [diagnostics[1]]);
  assert.deepEqual(at('said'), [], 'a sourced claim has no fix');
  const none = codeActions(ctx, { textDocument: { uri: URI }, range: diagnostics[1].range, context: { diagnostics, only: ['refactor'] } });
  assert.deepEqual(none, []);
});

test('sourceOffset: before the final stop, after a closing quotation mark; footnote labels count up', () => {
  const f = new Fixture('He wrote “Sales rose.” Did profits fall?! Costs grew').claim('He wrote', 'rose.”', 'high').claim('Did profits', '?!', 'high').claim('Costs', 'grew', 'high');
  const [quoted, question, bare] = f.analysis().claims;
  assert.equal(sourceOffset(f.text, quoted), quoted.end);
  assert.equal(sourceOffset(f.text, question), question.end - 2);
  assert.equal(sourceOffset(f.text, bare), f.text.length);
  const g = new Fixture('A.[^3] B.[^note]\n\n[^3]: x\n', 'markdown');
  assert.equal(nextFootnoteLabel(g.analysis()), 4);
});

test('the message leaves out reasons nested in others and lists one kind together', () => {
  const f = new Fixture('On March 4 and Tuesday, sales of US$1.4 billion were more than before.').claim('On March', 'before.', 'high', {
    reasons: [
      ['dated-event', 'March 4'],
      ['dated-event', 'Tuesday'],
      ['amount', 'US$1.4 billion'],
      ['statistic', '1.4'],
      ['comparison', 'more than'],
    ],
  });
  const [d] = buildDiagnostics(URI, f.analysis(), settings(), f.lines);
  assert.equal(d.message, 'Unsourced claim: states a dated event: March 4, Tuesday; an amount: US$1.4 billion; a comparison: more than');
});

test('every reason kind reads as a phrase, unknown ones with the right article', () => {
  const f = new Fixture('Two firms hired 40 staff in an upswing.').claim('Two', 'upswing.', 'medium', {
    reasons: [
      ['count', 'Two'],
      ['event', 'hired'],
      ['upswing-signal', 'upswing'],
    ],
  });
  const [d] = buildDiagnostics(URI, f.analysis(), settings(), f.lines);
  assert.equal(d.message, 'Unsourced claim: states a count: Two; an event: hired; an upswing signal: upswing');
});
