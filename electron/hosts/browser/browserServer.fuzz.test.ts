import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzInput, renderFrames, renderHttp, renderUpgrade, type FuzzInput } from './browserFuzzInputs';
import { hostProblems, startHostProcess, type HostUnderTest } from './testHost';
import { exchange, openRawSocket, statusesOf, writeAndDrain } from './testRawClient';

/**
 * Random hostile input against the browser host in its own process, on 127.0.0.1: request lines,
 * headers, cookies, WebSocket upgrades, and frames (broken or not) on a signed-in socket. After
 * each batch the host must still run, serve the signed-in user, and refuse a stranger; no input
 * (none carries the token exactly once) may ever be let in.
 *
 * The seed is fixed, so a failure replays exactly: the message names the batch, and
 * fc.sample(fuzzInput, { seed: SEED, numRuns: INPUTS }) regenerates its inputs.
 */
const SEED = 13_2026;
const BATCHES = 24;
const BATCH_SIZE = 25;
const INPUTS = BATCHES * BATCH_SIZE;
/** Inputs in flight at once: some concurrency, without crowding a shared machine. */
const PARALLEL = 5;
/** How long one input waits for the host to answer and close; most take a few milliseconds. */
const ANSWER_WAIT_MS = 400;

let host: HostUnderTest;
beforeAll(async () => {
  host = await startHostProcess();
});
afterAll(async () => {
  await host.stop();
});

/** Sends one input; the status codes the host answered with (none for frames on an open socket). */
async function send(input: FuzzInput): Promise<number[]> {
  const ctx = { port: host.port, token: host.token };
  if (input.kind === 'http') return statusesOf(await exchange(host.port, renderHttp(input, ctx), ANSWER_WAIT_MS, true));
  if (input.kind === 'upgrade') return statusesOf(await exchange(host.port, renderUpgrade(input, ctx), ANSWER_WAIT_MS, true));
  // A socket that cannot be opened means the host went down; the check after the batch says so.
  const socket = await openRawSocket(host.port, host.cookie).catch(() => null);
  if (socket) await writeAndDrain(socket, renderFrames(input), ANSWER_WAIT_MS);
  return [];
}

async function inParallel<T>(items: readonly T[], limit: number, run: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: limit }, async () => {
    while (next < items.length) {
      const index = next++;
      await run(items[index]!, index);
    }
  });
  await Promise.all(lanes);
}

describe('browser host under random hostile input', () => {
  it(`survives ${INPUTS} random requests, upgrades and frames (seed ${SEED}) and lets none of them in`, async () => {
    const inputs = fc.sample(fuzzInput, { seed: SEED, numRuns: INPUTS });
    const started = Date.now();
    for (let batch = 0; batch < BATCHES; batch++) {
      const slice = inputs.slice(batch * BATCH_SIZE, (batch + 1) * BATCH_SIZE);
      const letIn: string[] = [];
      await inParallel(slice, PARALLEL, async (input, i) => {
        const statuses = await send(input);
        // 100 Continue is Node answering an Expect header before the request is judged.
        const admitted = statuses.filter((s) => s !== 100 && s < 400);
        if (admitted.length > 0) letIn.push(`input ${batch * BATCH_SIZE + i} got ${admitted.join(', ')}: ${JSON.stringify(input)}`);
      });
      expect(letIn, `batch ${batch}: inputs without the token were let in`).toEqual([]);
      const problems = await hostProblems(host);
      expect(problems, `after batch ${batch} (inputs ${batch * BATCH_SIZE}-${(batch + 1) * BATCH_SIZE - 1}, seed ${SEED})`).toEqual([]);
    }
    console.log(`browser host fuzz: ${INPUTS} inputs in ${Date.now() - started} ms`);
  }, 120_000);
});
