// Entry point of the bundled language server (dist/server.js): the wiring
// lives in lsp/start.ts so that `marginalia lsp --stdio` starts the same server.
import { startServer } from './lsp/start';

startServer();
