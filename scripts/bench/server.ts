/**
 * The language server as an editor meets it: cold start (spawn to the
 * initialize response) and hover round trips over stdio, measured with a
 * real JSON-RPC client on the bundled dist/server.js.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { percentile } from './timing';

export interface ServerFigures {
  coldStartMs: number;
  hoverP50: number;
  hoverP95: number;
  hovers: number;
  firstHoverMs: number;
}

/** Offsets → LSP positions (UTF-16, "\n" / "\r\n" line ends). */
function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Starts the bundled server over stdio (`env` for its environment); requests it sends (configuration …) get null. */
export function spawnServer(repoRoot: string, env: NodeJS.ProcessEnv = process.env): { child: ChildProcessByStdio<Writable, Readable, null>; connection: MessageConnection } {
  const child = spawn(process.execPath, [join(repoRoot, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'], env });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest(() => null); // workspace/configuration and the like
  return { child, connection };
}

export async function measureServer(repoRoot: string, text: string, hoverOffsets: number[], rounds: number): Promise<ServerFigures> {
  const started = performance.now();
  const { child, connection } = spawnServer(repoRoot);
  connection.onNotification(() => undefined);
  connection.listen();
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    const coldStartMs = performance.now() - started;
    await connection.sendNotification('initialized', {});
    const uri = 'file:///bench/news/article.article';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text } });
    const hover = (offset: number) => connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionAt(text, offset) });
    // The first hover waits for the first analysis.
    const t0 = performance.now();
    await hover(hoverOffsets[0] ?? 0);
    const firstHoverMs = performance.now() - t0;
    for (let i = 0; i < 20; i++) await hover(hoverOffsets[i % hoverOffsets.length] ?? 0); // warm-up
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const t = performance.now();
      await hover(hoverOffsets[i % hoverOffsets.length] ?? 0);
      times.push(performance.now() - t);
    }
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    return { coldStartMs, hoverP50: percentile(times, 50), hoverP95: percentile(times, 95), hovers: times.length, firstHoverMs };
  } finally {
    connection.dispose();
    child.kill();
  }
}
