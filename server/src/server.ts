// Entry point of the bundled language server (dist/server.js): the wiring
// lives in lsp/start.ts so that `marginalia lsp --stdio` starts the same server.
// The same file, started as a worker thread, analyses long articles
// (host/analysisWorker.ts).
import { isAnalysisWorker, runAnalysisWorker } from './host/analysisWorker';
import { startServer } from './lsp/start';

if (isAnalysisWorker()) runAnalysisWorker();
else startServer();
