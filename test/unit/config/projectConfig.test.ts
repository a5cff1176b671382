import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import {
  diagnosticLevelFor,
  maxFileSizeBytes,
  parseProjectConfig,
  PROJECT_CONFIG_DEFAULTS,
  resolveProjectConfig,
  selectsFile,
  type ProjectConfig,
} from '../../../server/src/config/projectConfig';

/**
 * Parses `text` and compares the config and the problem codes. `problemKeys`
 * are substrings each problem message must contain, in order.
 */
function check(text: string, expected: ProjectConfig, problemCodes: string[] = [], problemKeys: string[] = []): void {
  const { config, problems } = parseProjectConfig(text);
  assert.deepEqual(config, expected);
  assert.deepEqual(
    problems.map((p) => p.code),
    problemCodes,
    problems.map((p) => p.message).join('\n'),
  );
  problemKeys.forEach((key, i) => assert.ok(problems[i]?.message.includes(key), `${problems[i]?.message} should mention ${key}`));
  for (const p of problems) {
    if (p.span) assert.ok(p.span.start >= 0 && p.span.end <= text.length && p.span.start <= p.span.end);
  }
}

test('a full valid file is read as written', () => {
  check(
    JSON.stringify({
      $schema: './node_modules/marginalia/schemas/marginalia.schema.json',
      diagnostics: { high: 'error', medium: 'warning', low: 'none', lowestLevel: 'high' },
      cues: ['briefed', ' according to people close to '],
      include: ['articles/**/*.md'],
      ignore: ['drafts'],
      maxFileSizeMB: 2.5,
    }),
    {
      diagnostics: { high: 'error', medium: 'warning', low: 'none', lowestLevel: 'high' },
      cues: ['briefed', 'according to people close to'],
      include: ['articles/**/*.md'],
      ignore: ['drafts'],
      maxFileSizeMB: 2.5,
    },
  );
});

test('an empty object, a BOM and whitespace are fine', () => {
  check('{}', {});
  check('\uFEFF  {\r\n  "cues": []\r\n}\r\n', { cues: [] });
});

test('broken JSON is one error with a position inside the text, and an empty config', () => {
  const text = '{ "cues": ["said",, ] }';
  check(text, {}, ['config.invalid-json']);
  const { problems } = parseProjectConfig(text);
  assert.equal(problems[0]?.severity, 'error');
  assert.equal(problems[0]?.span?.start, text.indexOf(',,') + 1, 'the span points at the second comma');
  assert.match(problems[0]?.message ?? '', /line 1, column 19/);
  const multiline = '{\n  "cues": ["a"]\n  "ignore": []\n}';
  const second = parseProjectConfig(multiline).problems[0];
  assert.equal(second?.span?.start, multiline.indexOf('"ignore"'), 'a missing comma is found where the next key starts');
  assert.match(second?.message ?? '', /line 3, column 3/);
  check('', {}, ['config.invalid-json']);
  check('{"a": 1', {}, ['config.invalid-json']);
});

test('a top level that is not an object is rejected', () => {
  check('[]', {}, ['config.invalid-value']);
  check('"cues"', {}, ['config.invalid-value']);
  check('null', {}, ['config.invalid-value']);
});

test('wrong types are reported by field and ignored; good fields beside them are kept', () => {
  check(
    JSON.stringify({ diagnostics: { high: 'loud', medium: 'hint' }, cues: 'said', maxFileSizeMB: -1, include: ['a/**', 3, ''] }),
    { diagnostics: { medium: 'hint' }, include: ['a/**'] },
    ['config.invalid-value', 'config.invalid-value', 'config.invalid-value', 'config.invalid-value', 'config.invalid-value'],
    ['diagnostics.high', 'cues', 'include[1]', 'include[2]', 'maxFileSizeMB'],
  );
  check(JSON.stringify({ diagnostics: 'loud' }), {}, ['config.invalid-value'], ['diagnostics']);
  check(JSON.stringify({ diagnostics: { lowestLevel: 'none' } }), { diagnostics: {} }, ['config.invalid-value'], ['lowestLevel']);
  check(JSON.stringify({ maxFileSizeMB: '10' }), {}, ['config.invalid-value'], ['maxFileSizeMB']);
  check(JSON.stringify({ maxFileSizeMB: 0 }), {}, ['config.invalid-value']);
  check(JSON.stringify({ ignore: null }), {}, ['config.invalid-value']);
});

test('unknown keys are warnings with a suggestion for near misses', () => {
  check(JSON.stringify({ cue: ['x'], cues: ['y'] }), { cues: ['y'] }, ['config.unknown-key'], ['Did you mean "cues"']);
  check(JSON.stringify({ diagnostics: { hihg: 'error' } }), { diagnostics: {} }, ['config.unknown-key'], ['diagnostics.high']);
  check(JSON.stringify({ colour: 'red' }), {}, ['config.unknown-key'], ['Known keys']);
  const { problems } = parseProjectConfig('{\n  "cue": []\n}');
  assert.deepEqual(problems[0]?.span, { start: 4, end: 9 }, 'the span covers the quoted key');
  assert.equal(problems[0]?.severity, 'warning');
});

test('never throws on odd input', () => {
  for (const text of ['\u0000', '{"__proto__": {"x": 1}}', '{"constructor": 1}', '9'.repeat(400), '{"cues": [' + '"a",'.repeat(5000) + '"b"]}']) {
    assert.doesNotThrow(() => parseProjectConfig(text));
  }
});

test('resolve fills the defaults field by field and decides which levels are flagged', () => {
  const resolved = resolveProjectConfig({ diagnostics: { high: 'error' }, cues: ['briefed'] });
  assert.deepEqual(resolved.diagnostics, { high: 'error', medium: 'information', low: 'hint', lowestLevel: 'medium' });
  assert.deepEqual(resolved.cues, ['briefed']);
  assert.equal(resolved.maxFileSizeMB, 10);
  assert.equal(diagnosticLevelFor('high', resolved), 'error');
  assert.equal(diagnosticLevelFor('medium', resolved), 'information');
  assert.equal(diagnosticLevelFor('low', resolved), 'none', 'below the default lowest level');
  const onlyHigh = resolveProjectConfig({ diagnostics: { lowestLevel: 'high' } });
  assert.equal(diagnosticLevelFor('medium', onlyHigh), 'none');
  const all = resolveProjectConfig({ diagnostics: { lowestLevel: 'low' } });
  assert.equal(diagnosticLevelFor('low', all), 'hint');
  assert.equal(maxFileSizeBytes(10), 10 * 1024 * 1024);
  assert.equal(PROJECT_CONFIG_DEFAULTS.diagnostics.high, 'warning');
});

test('include and ignore select files relative to the project folder', () => {
  const config = resolveProjectConfig({ include: ['articles/**/*.{txt,md}'], ignore: ['drafts', 'README.md'] });
  assert.equal(selectsFile(config, 'articles/2024/summit.md'), true);
  assert.equal(selectsFile(config, 'articles/summit.txt'), true);
  assert.equal(selectsFile(config, 'articles/drafts/summit.txt'), false, 'a folder name ignores what it holds');
  assert.equal(selectsFile(config, 'articles/README.md'), false);
  assert.equal(selectsFile(config, 'notes/summit.md'), false, 'not included');
  assert.equal(selectsFile(config, 'articles/summit.json'), false);
  assert.equal(selectsFile(resolveProjectConfig({}), 'anything/at/all.txt'), true, 'no include = everything');
});

/** The JSON schema and the parser must agree: what one rejects the other reports. */
test('the JSON schema accepts exactly what the parser accepts without problems', () => {
  const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'schemas', 'marginalia.schema.json'), 'utf8'));
  const validate = new Ajv({ strict: false }).compile(schema);
  const cases: unknown[] = [
    {},
    { diagnostics: { high: 'error', lowestLevel: 'low' } },
    { cues: ['briefed'], include: ['a/**'], ignore: ['b'], maxFileSizeMB: 1 },
    { $schema: 'x' },
    { diagnostics: { high: 'loud' } },
    { diagnostics: { extra: 1 } },
    { cues: 'said' },
    { cues: [''] },
    { maxFileSizeMB: 0 },
    { maxFileSizeMB: 'big' },
    { unknown: true },
    [],
  ];
  for (const value of cases) {
    const parsed = parseProjectConfig(JSON.stringify(value));
    assert.equal(validate(value), parsed.problems.length === 0, JSON.stringify(value));
  }
});
