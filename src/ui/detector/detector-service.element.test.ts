import { describe, expect, it, vi } from 'vitest';
import type { DetectorConnection } from '../../detection/connect-detector';
import type { DetectionResult, DetectorInfo, PoseDetectorApi } from '../../detection/detector-api';
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
    await vi.waitFor(() => expect(second).toHaveBeenCalledTimes(1));
    expect(first).not.toHaveBeenCalled();
  });
});
