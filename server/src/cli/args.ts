/**
 * Command-line arguments of `marginalia`, parsed by hand (two commands and a
 * handful of flags do not need a library). Pure: argv in, a decision out.
 */

export type OutputFormat = 'text' | 'json' | 'jsonl' | 'sarif';
export type FailOn = 'high' | 'medium' | 'never';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'jsonl', 'sarif'];
export const FAIL_ON_LEVELS: readonly FailOn[] = ['high', 'medium', 'never'];

export interface AnalyzeArgs {
  command: 'analyze';
  format: OutputFormat;
  failOn: FailOn;
  /** `--max-size MB`: overrides `maxFileSizeMB` of the project file and the default. */
  maxSizeMB?: number;
  /** `--config FILE`: this project file for every article instead of the nearest one. */
  config?: string;
  /** False with `--no-color`; colour also needs a terminal and no NO_COLOR. */
  color: boolean;
  files: string[];
}

export interface LspArgs {
  command: 'lsp';
}

export type ParsedArgs =
  | AnalyzeArgs
  | LspArgs
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'error'; message: string };

/** Transport flags `vscode-languageserver`'s createConnection() reads from process.argv itself. */
const LSP_TRANSPORTS = /^--(stdio|node-ipc|socket=\d+|pipe=.+|clientProcessId=\d+)$/;

/** Parses `argv` (without node and the script). Never throws. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.includes('--help') || argv.includes('-h')) return { command: 'help' };
  if (argv.includes('--version') || argv.includes('-v')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command === undefined) return error('no command given');
  if (command === 'help') return { command: 'help' };
  if (command === 'analyze') return parseAnalyze(rest);
  if (command === 'lsp') {
    const bad = rest.find((a) => !LSP_TRANSPORTS.test(a));
    if (bad !== undefined) return error(`unknown option for lsp: ${bad}`);
    if (!rest.some((a) => /^--(stdio|node-ipc|socket=|pipe=)/.test(a))) return error('lsp needs a transport: --stdio');
    return { command: 'lsp' };
  }
  return error(command.startsWith('-') ? `unknown option: ${command}` : `unknown command: ${command}`);
}

function parseAnalyze(argv: readonly string[]): ParsedArgs {
  const args: AnalyzeArgs = { command: 'analyze', format: 'text', failOn: 'never', color: true, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      args.files.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      args.files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (name === '--no-color' || name === '--no-colour') {
      if (eq >= 0) return error(`${name} takes no value`);
      args.color = false;
      continue;
    }
    if (!['--format', '--fail-on', '--max-size', '--config'].includes(name)) return error(`unknown option: ${name}`);
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    if (value === undefined || value === '') return error(`${name} needs a value`);
    switch (name) {
      case '--format':
        if (!(OUTPUT_FORMATS as readonly string[]).includes(value)) {
          return error(`--format must be one of ${OUTPUT_FORMATS.join(', ')} (got ${value})`);
        }
        args.format = value as OutputFormat;
        break;
      case '--fail-on':
        if (!(FAIL_ON_LEVELS as readonly string[]).includes(value)) {
          return error(`--fail-on must be one of ${FAIL_ON_LEVELS.join(', ')} (got ${value})`);
        }
        args.failOn = value as FailOn;
        break;
      case '--max-size': {
        const mb = Number(value);
        if (!Number.isFinite(mb) || mb <= 0) return error(`--max-size must be a number of megabytes above 0 (got ${value})`);
        args.maxSizeMB = mb;
        break;
      }
      default:
        args.config = value;
    }
  }
  if (args.files.length === 0) return error('analyze needs at least one FILE');
  return args;
}

function error(message: string): ParsedArgs {
  return { command: 'error', message };
}
