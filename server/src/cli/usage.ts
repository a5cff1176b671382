import { version } from '../../../package.json';

/** The package version, from package.json (esbuild inlines it into dist/cli.js). */
export const VERSION: string = version;

/** `marginalia --help`. */
export const USAGE = `marginalia ${VERSION}: annotated reading of news articles

Usage:
  marginalia analyze [options] FILE...   analyse .txt / .md articles (- reads standard input)
  marginalia lsp --stdio                 run the language server over stdio
  marginalia --help | --version

Options for analyze:
  --format text|json|jsonl|sarif  output format (default text)
                                  json: the reading-analysis JSON, one object for one FILE, an array for several
                                  jsonl: one JSON object per line; sarif: SARIF 2.1.0 for code-scanning tools
  --fail-on high|medium|never     exit 1 when an unsourced claim at or above this check-worthiness is flagged
                                  (default never)
  --max-size MB                   skip files larger than this (default 10, or maxFileSizeMB in .marginalia.json)
  --config FILE                   use this project file instead of the nearest .marginalia.json above each FILE
  --no-color                      no colours in the text report (also NO_COLOR=1; colour only on a terminal)

Exit status: 0 done; 1 --fail-on was met; 2 a FILE could not be read or the command line is wrong.
`;

/** The short form printed on stderr after a command-line error. */
export const SHORT_USAGE =
  'usage: marginalia analyze [--format text|json|jsonl|sarif] [--fail-on high|medium|never] [--max-size MB] [--config FILE] [--no-color] FILE...\n' +
  '       marginalia lsp --stdio | marginalia --help | marginalia --version\n';
