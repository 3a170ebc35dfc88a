import { describe, expect, it, vi } from 'vitest';
import type { DetectorConnection } from '../../detection/connect-detector';
import type { DetectionResult, DetectorInfo, PoseDetectorApi } from '../../detection/detector-api';
import { WAIT } from '../../../tests/element/dom';
import { WorkerDetectorService } from './detector-service';

const INFO = { model: 'lite', delegate: 'CPU' } as unknown as DetectorInfo;

/** A worker that loads any model at once and counts how often it was started and loaded. */
function fakeWorkers() {
  const started = vi.fn();
  const inits: string[] = [];
  const connect = (): DetectorConnection => {
    started();
    const api = {
      init: (options: { model: string }) => {
        inits.push(options.model);
        return Promise.resolve(INFO);
      },
      detect: (_frame: unknown, timestampMs: number): Promise<DetectionResult> =>
        Promise.resolve({ timestampMs, imageWidth: 1, imageHeight: 1, poses: [], inferenceMs: 1 }),
      reset: () => Promise.resolve(),
    } as unknown as DetectorConnection['api'] & PoseDetectorApi;
    return { api, terminate: vi.fn(), inject: vi.fn() };
  };
  return { connect, started, inits };
}

describe('the page’s one detector service', () => {
  it('a routine after a single exercise uses the same worker and the model already loaded', async () => {
    const workers = fakeWorkers();
    const service = new WorkerDetectorService(workers.connect);
    const single = await service.load('lite');
    const routine = await service.load('lite');
    expect(routine).toBe(single);
    expect(workers.started).toHaveBeenCalledTimes(1);
    expect(workers.inits).toEqual(['lite']);
  });

  it('a different model is loaded into the same worker', async () => {
    const workers = fakeWorkers();
    const service = new WorkerDetectorService(workers.connect);
    await service.load('lite');
    await service.load('full');
    expect(workers.started).toHaveBeenCalledTimes(1);
    expect(workers.inits).toEqual(['lite', 'full']);
    expect(service.status.state).toBe('ready');
  });

  it('sends results to the flow that claimed it last', async () => {
    const service = new WorkerDetectorService(fakeWorkers().connect);
    const first = vi.fn();
    const second = vi.fn();
    service.claim({ onResult: first, onError: vi.fn() });
    service.claim({ onResult: second, onError: vi.fn() });
    const client = await service.load('lite');
    client?.offer({ close: vi.fn() } as unknown as ImageBitmap, 10);
    await vi.waitFor(() => expect(second).toHaveBeenCalledTimes(1), WAIT);
    expect(first).not.toHaveBeenCalled();
  });
});

type Behaviour = 'answer' | 'hang' | 'context-lost';

/**
 * Workers the test can break: each remembers its crash callback; `behaviour` decides how the next
 * detections go. Time is the test's: `tick(ms)` advances it and runs the watchdog.
 */
function breakableWorkers(initFails: (index: number) => Error | null = () => null) {
  const workers: { crash: (message: string) => void; terminated: boolean; behaviour: Behaviour }[] = [];
  const detectTimestamps: number[][] = [];
  const connect = (onCrash: (message: string) => void): DetectorConnection => {
    const index = workers.length;
    const worker = { crash: onCrash, terminated: false, behaviour: 'answer' as Behaviour };
    workers.push(worker);
    detectTimestamps.push([]);
    const api = {
      init: () => {
        const error = initFails(index);
        return error ? Promise.reject(error) : Promise.resolve(INFO);
      },
      detect: (_frame: unknown, timestampMs: number): Promise<DetectionResult> => {
        detectTimestamps[index]?.push(timestampMs);
        if (worker.behaviour === 'hang') return new Promise(() => undefined);
        if (worker.behaviour === 'context-lost')
          return Promise.reject(Object.assign(new Error('lost'), { name: 'context-lost' }));
        return Promise.resolve({ timestampMs, imageWidth: 1, imageHeight: 1, poses: [], inferenceMs: 1 });
      },
      reset: () => Promise.resolve(),
    } as unknown as DetectorConnection['api'] & PoseDetectorApi;
    return {
      api,
      terminate: () => {
        worker.terminated = true;
      },
      inject: vi.fn(),
    };
  };
  let now = 0;
  let watchdogTick: (() => void) | null = null;
  const options = {
    now: () => now,
    every: (callback: () => void) => {
      watchdogTick = callback;
      return () => (watchdogTick = null);
    },
    after: () => () => undefined,
    faults: false,
  };
  const tick = (ms: number) => {
    now += ms;
    watchdogTick?.();
  };
  return { connect, options, workers, detectTimestamps, tick };
}

function setBehaviour(worker: { behaviour: Behaviour } | undefined, behaviour: Behaviour): void {
  if (!worker) throw new Error('no such worker');
  worker.behaviour = behaviour;
}

const frame = () => ({ close: vi.fn() }) as unknown as ImageBitmap;

describe('the detector service when its worker fails mid-set', () => {
  it('a crash: a new worker takes over behind the same client, results go on to the same flow, one notice', async () => {
    const setup = breakableWorkers();
    const service = new WorkerDetectorService(setup.connect, setup.options);
    const results: number[] = [];
    const onError = vi.fn();
    const onRestarted = vi.fn();
    service.claim({ onResult: (r) => results.push(r.timestampMs), onError, onRestarted });
    const client = await service.load('lite');
    client?.offer(frame(), 100);
    await vi.waitFor(() => expect(results).toEqual([100]));

    setup.workers[0]?.crash('RuntimeError: memory access out of bounds');
    await vi.waitFor(() => expect(service.restarts).toBe(1));
    expect(setup.workers[0]?.terminated).toBe(true);
    expect(onRestarted).toHaveBeenCalledTimes(1); // the flow's rate meter starts afresh
    expect(service.notice).toBe('The pose model restarted after it crashed. Your set carries on.');
    // The flow's client (and so its coach) is the one it had: nothing to rebuild.
    expect(await service.load('lite')).toBe(client);
    client?.offer(frame(), 133);
    await vi.waitFor(() => expect(results).toEqual([100, 133]));
    expect(setup.detectTimestamps[1]).toEqual([133]);
    expect(onError).not.toHaveBeenCalled();
  });

  it('a hang: no answer for longer than the watchdog allows replaces the worker; frames meanwhile wait', async () => {
    const setup = breakableWorkers();
    const service = new WorkerDetectorService(setup.connect, setup.options);
    const results: number[] = [];
    service.claim({ onResult: (r) => results.push(r.timestampMs), onError: vi.fn() });
    const client = await service.load('lite');
    client?.offer(frame(), 10); // the warm-up frame
    await vi.waitFor(() => expect(results).toEqual([10]));
    setup.tick(20);
    setBehaviour(setup.workers[0], 'hang');
    client?.offer(frame(), 50);
    setup.tick(1400);
    client?.offer(frame(), 60); // waits behind the frame that never comes back
    setup.tick(100);
    expect(service.restarts).toBe(0); // 1.5 s is not yet "a few seconds"
    setup.tick(200);
    await vi.waitFor(() => expect(service.restarts).toBe(1));
    expect(setup.workers[0]?.terminated).toBe(true);
    await vi.waitFor(() => expect(results).toEqual([10, 60]));
    expect(setup.detectTimestamps[1]).toEqual([60]);
    expect(service.notice).toContain('after it stopped responding');
  });

  it('a lost WebGL context restarts the worker instead of reaching the flow as a failure', async () => {
    const setup = breakableWorkers();
    const service = new WorkerDetectorService(setup.connect, setup.options);
    const results: number[] = [];
    const onError = vi.fn();
    service.claim({ onResult: (r) => results.push(r.timestampMs), onError });
    const client = await service.load('lite');
    setBehaviour(setup.workers[0], 'context-lost');
    client?.offer(frame(), 10);
    await vi.waitFor(() => expect(service.restarts).toBe(1));
    client?.offer(frame(), 20);
    await vi.waitFor(() => expect(results).toEqual([20]));
    expect(onError).not.toHaveBeenCalled();
    expect(service.notice).toContain('after the graphics processor reset');
  });

  it('a worker that keeps crashing ends in a clear failure, not a restart loop', async () => {
    const setup = breakableWorkers();
    const service = new WorkerDetectorService(setup.connect, setup.options);
    const onError = vi.fn();
    service.claim({ onResult: vi.fn(), onError });
    await service.load('lite');
    for (let i = 0; i < 3; i++) {
      setup.workers[i]?.crash('boom');
      await vi.waitFor(() => expect(service.restarts).toBe(i + 1));
    }
    setup.workers[3]?.crash('boom');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(service.status.state).toBe('failed');
    expect(setup.workers).toHaveLength(4);
  });

  it('a replacement that cannot load reaches the flow as the failure to show', async () => {
    const setup = breakableWorkers((index) =>
      index === 1 ? Object.assign(new Error('404'), { name: 'runtime-load' }) : null,
    );
    const service = new WorkerDetectorService(setup.connect, setup.options);
    const onError = vi.fn();
    service.claim({ onResult: vi.fn(), onError });
    await service.load('lite');
    setup.workers[0]?.crash('boom');
    await vi.waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(service.status).toMatchObject({ state: 'failed', problem: { code: 'model-load' } });
  });
});

describe('the detector service when the worker script cannot load', () => {
  it('load() settles with null and a clear problem instead of waiting for ever', async () => {
    const workers: ((message: string) => void)[] = [];
    const connect = (onCrash: (message: string) => void): DetectorConnection => {
      workers.push(onCrash);
      // The worker never answers: its script was a 404.
      const api = { init: () => new Promise(() => undefined) } as unknown as DetectorConnection['api'];
      return { api, terminate: vi.fn(), inject: vi.fn() };
    };
    const service = new WorkerDetectorService(connect, { faults: false });
    const loading = service.load('lite');
    workers[0]?.('The pose worker could not start');
    await expect(loading).resolves.toBeNull();
    expect(service.status).toMatchObject({ state: 'failed', problem: { title: 'The pose model didn’t load' } });
  });
});
