// Analysis of long articles off the language server's main thread. A 1 MB
// article takes seconds to analyse; on the main thread that would freeze
// hover, completion of other documents and even cancellation for as long.
// The worker is the same bundled file started again as a worker thread (so
// packaging ships nothing extra); it loads the name model once and answers
// one analysis at a time, in order.
import { getHeapStatistics } from 'node:v8';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { analyze, type AnalyzeOptions } from '../analysis/analyze';
import type { Analysis } from '../analysis/types';
import { loadResources } from './resources';

const ROLE = 'marginalia-analysis-worker';

/** What the server sends for one analysis: the text and the options that are plain data. */
export interface WorkerRequest {
  id: number;
  text: string;
  options: Omit<AnalyzeOptions, 'tagger'>;
}

type WorkerReply = { id: number; analysis: Analysis } | { id: number; error: string };

/** True in a thread started by BackgroundAnalyzer: the entry file must run the worker, not its usual job. */
export function isAnalysisWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | undefined)?.role === ROLE;
}

/** The worker's loop: analyse each request with the shipped name model and post the result back. */
export function runAnalysisWorker(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (request: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = { id: request.id, analysis: analyze(request.text, { ...request.options, tagger: loadResources().tagger }) };
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
}

/**
 * The server's end: starts the worker on first use from `entry` (the bundled
 * server or CLI file, whose entry code calls runAnalysisWorker() when
 * isAnalysisWorker()), and restarts it after a crash. Never throws: a failed
 * or crashed analysis rejects its promise with a readable message.
 */
export class BackgroundAnalyzer {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (a: Analysis) => void; reject: (e: Error) => void }>();

  constructor(
    private readonly entry: string,
    private readonly log: (message: string) => void = () => undefined,
    /**
     * The worker's heap limit (MB), by default the main thread's own: with a
     * limit set, an article too large for it stops the worker with a message
     * instead of taking the whole server down.
     */
    private readonly maxHeapMb = Math.round(getHeapStatistics().heap_size_limit / 1048576),
  ) {}

  /** Analyses `text` in the worker thread. */
  analyze(text: string, options: Omit<AnalyzeOptions, 'tagger'>): Promise<Analysis> {
    return new Promise((resolve, reject) => {
      let worker: Worker;
      try {
        worker = this.start();
      } catch (error) {
        reject(new Error(`the analysis worker could not start: ${error instanceof Error ? error.message : String(error)}`));
        return;
      }
      const id = this.nextId++;
      this.waiting.set(id, { resolve, reject });
      // While it owes an answer the worker keeps the process alive; idle, it does not.
      worker.ref();
      const request: WorkerRequest = { id, text, options };
      worker.postMessage(request);
    });
  }

  /** Stops the worker (server shutdown); pending analyses are rejected. */
  dispose(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.failAll('the server is shutting down');
    void worker?.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.entry, { workerData: { role: ROLE }, resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb } });
    // The server may exit while the worker is idle.
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const waiter = this.waiting.get(reply.id);
      if (!waiter) return;
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) worker.unref();
      if ('analysis' in reply) waiter.resolve(reply.analysis);
      else waiter.reject(new Error(reply.error));
    });
    worker.on('error', (error) => {
      this.log(`Analysis worker failed: ${error.stack ?? error.message}`);
      this.forget(worker, `the analysis worker failed: ${error.message}`);
    });
    worker.on('exit', (code) => this.forget(worker, `the analysis worker stopped (exit code ${code})`));
    this.worker = worker;
    return worker;
  }

  /** A dead worker is replaced on the next request; what it still owed is rejected. */
  private forget(worker: Worker, reason: string): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.failAll(reason);
  }

  private failAll(reason: string): void {
    for (const waiter of this.waiting.values()) waiter.reject(new Error(reason));
    this.waiting.clear();
  }
}
