/**
 * The language server's responsiveness while a long article is analysed: a
 * 1 MB article is opened, then a short one, and the time to the short one's
 * first hover is measured — with the worker thread (the shipped behaviour)
 * and, as the peer in the same run, with the worker turned off
 * (MARGINALIA_WORKER_MIN_CHARS above the article's length), where the short
 * article waits for the long analysis on the main thread.
 */
import { spawnServer } from './server';

export interface ResponsivenessFigures {
  /** Time from opening the short article to its first hover answer (ms), while the long one is analysed. */
  hoverMs: number;
  /** Time from opening the long article to its diagnostics (ms). */
  longReadyMs: number;
}

/** One server run: open `long`, then a short article, and time both answers. */
export async function measureResponsiveness(repoRoot: string, long: string, useWorker: boolean): Promise<ResponsivenessFigures> {
  const env = { ...process.env, MARGINALIA_WORKER_MIN_CHARS: useWorker ? '200000' : String(long.length + 1) };
  const { child, connection } = spawnServer(repoRoot, env);
  const longUri = 'file:///bench/news/long.article';
  const shortUri = 'file:///bench/news/short.article';
  let longReady: (() => void) | undefined;
  const longDiagnostics = new Promise<void>((resolve) => (longReady = resolve));
  connection.onNotification((method, params) => {
    if (method === 'textDocument/publishDiagnostics' && (params as { uri?: string }).uri === longUri) longReady?.();
  });
  connection.listen();
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await connection.sendNotification('initialized', {});
    const t0 = performance.now();
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: longUri, languageId: 'article', version: 1, text: long } });
    const short = 'Rents in Porto rose 9% in 2024, the highest rise in Europe.\n';
    const t1 = performance.now();
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: shortUri, languageId: 'article', version: 1, text: short } });
    await connection.sendRequest('textDocument/hover', { textDocument: { uri: shortUri }, position: { line: 0, character: 1 } });
    const hoverMs = performance.now() - t1;
    await longDiagnostics;
    const longReadyMs = performance.now() - t0;
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    return { hoverMs, longReadyMs };
  } finally {
    connection.dispose();
    child.kill();
  }
}
