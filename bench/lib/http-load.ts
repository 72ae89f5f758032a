/**
 * A small HTTP load generator: `concurrency` loops over keep-alive connections, each sending the
 * next request of a list as soon as its previous one is answered (closed loop, like autocannon).
 *
 * It runs in a child process (`LoadClient` forks `load-child.ts`), so that the client's own work
 * does not share an event loop with the server being measured.
 */
import http from 'node:http';
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { percentiles, type Percentiles } from './stats.js';

export interface HttpRequestSpec {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadSpec {
  origin: string;
  requests: HttpRequestSpec[];
  concurrency: number;
  /** `each`: every request exactly once; `duration`: cycle through them for that long. */
  mode: { kind: 'each' } | { kind: 'duration'; seconds: number; warmupSeconds: number };
  /** Return the status of every request, in the order of `requests` (mode `each`). */
  statusPerRequest?: boolean;
  /** Mode `each`: stop sending after this long (at least `minimum` requests answered). */
  budgetSeconds?: number;
  minimum?: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: Percentiles;
  statuses: Record<string, number>;
  /** The first few non-2xx answers, to say why. */
  failures: string[];
  statusPerRequest?: number[];
}

function send(agent: http.Agent, origin: URL, r: HttpRequestSpec): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...r.headers };
    if (r.body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(r.body);
    }
    const req = http.request(
      { agent, hostname: origin.hostname, port: origin.port, method: r.method, path: r.path, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (r.body !== undefined) req.write(r.body);
    req.end();
  });
}

export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const origin = new URL(spec.origin);
  const agent = new http.Agent({ keepAlive: true, maxSockets: spec.concurrency });
  const samples: number[] = [];
  const statuses: Record<string, number> = {};
  const failures: string[] = [];
  const perRequest: number[] = spec.statusPerRequest ? new Array<number>(spec.requests.length).fill(0) : [];
  let next = 0;
  let recording = spec.mode.kind === 'each';
  let stopAt = Infinity;
  const budgetEnd = spec.budgetSeconds ? performance.now() + spec.budgetSeconds * 1000 : Infinity;

  const loop = async () => {
    for (;;) {
      const now = performance.now();
      if (now >= stopAt) return;
      const i = next++;
      if (spec.mode.kind === 'each' && i >= spec.requests.length) return;
      if (now > budgetEnd && samples.length >= (spec.minimum ?? 5)) return;
      const r = spec.requests[i % spec.requests.length]!;
      let status: number;
      let body: string;
      try {
        ({ status, body } = await send(agent, origin, r));
      } catch (err) {
        status = 0;
        body = (err as Error).message;
      }
      const end = performance.now();
      if (!recording) continue;
      samples.push(end - now);
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (spec.statusPerRequest) perRequest[i] = status;
      if ((status < 200 || status > 299) && failures.length < 5)
        failures.push(`${status} ${r.path}: ${body.slice(0, 300)}`);
    }
  };

  let start = performance.now();
  if (spec.mode.kind === 'duration') {
    const { seconds, warmupSeconds } = spec.mode;
    const loops = Array.from({ length: spec.concurrency }, loop);
    stopAt = Infinity;
    // Warm up, then start recording without stopping the loops.
    await new Promise((r) => setTimeout(r, warmupSeconds * 1000));
    recording = true;
    start = performance.now();
    stopAt = start + seconds * 1000;
    await Promise.all(loops);
  } else {
    await Promise.all(Array.from({ length: spec.concurrency }, loop));
  }
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  return {
    requests: samples.length,
    seconds: Math.round(seconds * 100) / 100,
    requestsPerSecond: Math.round(samples.length / seconds),
    latencyMs: percentiles(samples),
    statuses,
    failures,
    ...(spec.statusPerRequest ? { statusPerRequest: perRequest } : {}),
  };
}

/** The parent's side: one forked load process, given one spec at a time. */
export class LoadClient {
  private readonly child: ChildProcess;

  constructor() {
    this.child = fork(path.join(import.meta.dirname, 'load-child.ts'), [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
  }

  run(spec: LoadSpec): Promise<LoadResult> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the load process exited (${code})`));
      this.child.once('exit', onExit);
      this.child.once('message', (result) => {
        this.child.off('exit', onExit);
        resolve(result as LoadResult);
      });
      this.child.send(spec);
    });
  }

  close() {
    this.child.kill();
  }
}
