/**
 * The `marginalia` command (bin/marginalia.js → dist/cli.js, bundled from
 * here): `analyze` for people and CI, `lsp` for editors other than VS Code.
 */
import { isAnalysisWorker, runAnalysisWorker } from '../host/analysisWorker';
import { parseArgs } from './args';
import { EXIT_ERROR, EXIT_OK, runAnalyze } from './run';
import { SHORT_USAGE, USAGE, VERSION } from './usage';

function main(argv: string[]): void {
  const args = parseArgs(argv);
  switch (args.command) {
    case 'help':
      process.stdout.write(USAGE);
      process.exitCode = EXIT_OK;
      return;
    case 'version':
      process.stdout.write(`${VERSION}\n`);
      process.exitCode = EXIT_OK;
      return;
    case 'error':
      process.stderr.write(`marginalia: ${args.message}\n${SHORT_USAGE}`);
      process.exitCode = EXIT_ERROR;
      return;
    case 'lsp':
    {
      // Loaded only here, so `analyze` does not pay for the LSP libraries at
      // start-up (esbuild keeps a require()d module's evaluation lazy).
      // createConnection() reads the transport (--stdio …) from process.argv itself.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { startServer } = require('../lsp/start') as typeof import('../lsp/start');
      startServer();
      return;
    }
    case 'analyze':
      process.exitCode = runAnalyze(args, {
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
        stdoutIsTTY: process.stdout.isTTY === true,
        env: process.env,
        cwd: process.cwd(),
      });
      return;
  }
}

// `marginalia analyze … | head` closes the pipe early: stop quietly, as cat does.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// `marginalia lsp` analyses long articles in a worker thread started from this same file.
if (isAnalysisWorker()) runAnalysisWorker();
else main(process.argv.slice(2));
