// TEMPORARY minimal CLI (the CLI work replaces it): `marginalia analyze --format json FILE`.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyze } from '../analysis/analyze';
import { toSchemaJson } from '../analysis/schema';

const files = process.argv.slice(2).filter((a) => !a.startsWith('-') && a !== 'analyze' && a !== 'json');
const out = files.map((f) => toSchemaJson(analyze(readFileSync(f, 'utf8'), { fileName: basename(f) })));
process.stdout.write(JSON.stringify(out.length === 1 ? out[0] : out, null, 2) + '\n');
