import { describe, expect, it, vi, type Mock } from 'vitest';
import type { AnalysisFrame, DetectionResult } from './detector-api';
import { DetectorClient, type DetectorPort } from './detector-client';

interface FakeFrame {
  readonly id: number;
  readonly closed: Mock<() => void>;
  readonly bitmap: ImageBitmap;
}

/** A stand-in for ImageBitmap: the client only transfers and closes frames. */
function fakeFrame(id: number): FakeFrame {
  const closed = vi.fn<() => void>();
  return { id, closed, bitmap: { id, width: 640, height: 480, close: closed } as unknown as ImageBitmap };
}

/** A worker port whose detections finish only when the test says so. */
function controllablePort() {
  const calls: { frame: AnalysisFrame; timestampMs: number; finish: () => void; fail: (e: Error) => void }[] = [];
  const reset = vi.fn(() => Promise.resolve());
  const port: DetectorPort = {
    detect: (frame, timestampMs) =>
      new Promise<DetectionResult>((resolve, reject) => {
        calls.push({
          frame,
          timestampMs,
          finish: () => resolve({ timestampMs, imageWidth: 640, imageHeight: 480, poses: [], inferenceMs: 5 }),
          fail: reject,
        });
      }),
    reset,
  };
  return { port, calls, reset };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('DetectorClient, live frames', () => {
  it('sends the waiting frame to the worker before the page handles the result (pipelined)', async () => {
    const { port, calls } = controllablePort();
    const inFlightWhenHandled: number[] = [];
    const client = new DetectorClient(port, {
      onResult: () => inFlightWhenHandled.push(calls.length),
      onError: vi.fn(),
    });
    client.offer(fakeFrame(1).bitmap, 100);
    client.offer(fakeFrame(2).bitmap, 133);
    calls[0]?.finish();
    await flush();
    // When the first result was handled, the second frame was already with the worker.
    expect(inFlightWhenHandled).toEqual([2]);
    expect(client.busy).toBe(true);
  });

  it('keeps one frame in flight and lets the latest waiting frame win', async () => {
    const { port, calls } = controllablePort();
    const results: number[] = [];
    const client = new DetectorClient(port, { onResult: (r) => results.push(r.timestampMs), onError: vi.fn() });
    const frames = [1, 2, 3, 4].map(fakeFrame);
    frames.forEach((frame, i) => client.offer(frame.bitmap, 100 + i * 33));

    expect(calls).toHaveLength(1); // only the first went to the worker
    expect(frames[1]?.closed).toHaveBeenCalled(); // replaced while waiting
    expect(frames[2]?.closed).toHaveBeenCalled();
    expect(frames[3]?.closed).not.toHaveBeenCalled(); // the latest waits
    expect(client.dropped).toBe(2);

    calls[0]?.finish();
    await flush();
    expect(calls).toHaveLength(2);
    expect(calls[1]?.frame).toBe(frames[3]?.bitmap);
    calls[1]?.finish();
    await flush();
    expect(results).toEqual([100, 199]);
    expect(client.busy).toBe(false);
  });

  it('sends strictly increasing timestamps, at least 1 ms apart, whatever the source says', async () => {
    const { port, calls } = controllablePort();
    const client = new DetectorClient(port, { onResult: vi.fn(), onError: vi.fn() });
    for (const timestamp of [500, 500, 480, 500.5, 900]) {
      client.offer(fakeFrame(timestamp).bitmap, timestamp);
      calls.at(-1)?.finish();
      await flush();
    }
    expect(calls.map((call) => call.timestampMs)).toEqual([500, 501, 502, 503, 900]);
  });

  it('reports a failed frame and goes on with the next one', async () => {
    const { port, calls } = controllablePort();
    const onError = vi.fn();
    const onResult = vi.fn();
    const client = new DetectorClient(port, { onResult, onError });
    client.offer(fakeFrame(1).bitmap, 0);
    client.offer(fakeFrame(2).bitmap, 33);
    calls[0]?.fail(new Error('boom'));
    await flush();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'boom' }));
    calls[1]?.finish();
    await flush();
    expect(onResult).toHaveBeenCalledTimes(1);
  });
});

describe('DetectorClient, files and new sources', () => {
  it('detect() waits for the frame in flight and never drops a frame', async () => {
    const { port, calls } = controllablePort();
    const client = new DetectorClient(port, { onResult: vi.fn(), onError: vi.fn() });
    client.offer(fakeFrame(1).bitmap, 10);
    const second = client.detect(fakeFrame(2).bitmap, 20);
    await flush();
    expect(calls).toHaveLength(1);
    calls[0]?.finish();
    await flush();
    expect(calls).toHaveLength(2);
    calls[1]?.finish();
    await expect(second).resolves.toMatchObject({ timestampMs: 20 });
  });

  it('reset() closes the waiting frame, resets the worker and lets timestamps start again', async () => {
    const { port, calls, reset } = controllablePort();
    const client = new DetectorClient(port, { onResult: vi.fn(), onError: vi.fn() });
    client.offer(fakeFrame(1).bitmap, 5000);
    const waiting = fakeFrame(2);
    client.offer(waiting.bitmap, 5033);
    const resetting = client.reset();
    expect(waiting.closed).toHaveBeenCalled();
    calls[0]?.finish();
    await resetting;
    expect(reset).toHaveBeenCalledOnce();
    const next = client.detect(fakeFrame(3).bitmap, 0);
    calls.at(-1)?.finish();
    await expect(next).resolves.toMatchObject({ timestampMs: 0 });
    expect(calls).toHaveLength(2); // the replaced frame was never sent
  });
});

describe('DetectorClient, a file with two frames in flight', () => {
  it('sends a second frame while the worker works on the first, and a third only once the first is answered', async () => {
    const { port, calls } = controllablePort();
    const client = new DetectorClient(port, { onResult: vi.fn(), onError: vi.fn() });
    const first = client.detect(fakeFrame(1).bitmap, 100, 2);
    const second = client.detect(fakeFrame(2).bitmap, 100, 2); // same time: still sent 1 ms later
    const third = client.detect(fakeFrame(3).bitmap, 166, 2);
    await flush();
    expect(calls.map((c) => c.timestampMs)).toEqual([100, 101]);
    expect(client.inFlight).toBe(2);
    calls[0]?.finish();
    await expect(first).resolves.toMatchObject({ timestampMs: 100 });
    await flush();
    expect(calls.map((c) => c.timestampMs)).toEqual([100, 101, 166]);
    calls[1]?.finish();
    calls[2]?.finish();
    await expect(second).resolves.toMatchObject({ timestampMs: 101 });
    await expect(third).resolves.toMatchObject({ timestampMs: 166 });
    expect(client.busy).toBe(false);
  });

  it('the watchdog times only the frame the worker is on: the queued one from when the first is answered', async () => {
    const { port, calls } = controllablePort();
    const seen: string[] = [];
    let now = 1000;
    const client = new DetectorClient(
      port,
      { onResult: vi.fn(), onError: vi.fn() },
      { sent: (t) => seen.push(`sent ${t}`), settled: (t) => seen.push(`settled ${t}`) },
      () => now,
    );
    void client.detect(fakeFrame(1).bitmap, 0, 2);
    now = 1010;
    void client.detect(fakeFrame(2).bitmap, 33, 2);
    await flush();
    now = 1040;
    calls[0]?.finish();
    await flush();
    now = 1075;
    calls[1]?.finish();
    await flush();
    expect(seen).toEqual(['sent 1000', 'settled 1040', 'sent 1040', 'settled 1075']);
  });

  it('both frames in flight fail when the worker is replaced, and reset() waits for every answer', async () => {
    const old = controllablePort();
    const client = new DetectorClient(old.port, { onResult: vi.fn(), onError: vi.fn() });
    const lost = [client.detect(fakeFrame(1).bitmap, 0, 2), client.detect(fakeFrame(2).bitmap, 33, 2)];
    client.suspend();
    for (const job of lost) await expect(job).rejects.toMatchObject({ name: 'detect' });
    expect(client.busy).toBe(false);

    const fresh = controllablePort();
    client.resume(fresh.port);
    void client.detect(fakeFrame(3).bitmap, 66, 2);
    void client.detect(fakeFrame(4).bitmap, 99, 2);
    let resetDone = false;
    const resetting = client.reset().then(() => (resetDone = true));
    await flush();
    fresh.calls[0]?.finish();
    await flush();
    expect(resetDone).toBe(false); // the second frame is still with the worker
    fresh.calls[1]?.finish();
    await resetting;
    expect(fresh.reset).toHaveBeenCalledOnce();
  });
});

describe('DetectorClient, a worker replaced mid-set', () => {
  it('ignores the old worker, holds the latest frame meanwhile and sends it to the new one, timestamps still increasing', async () => {
    const old = controllablePort();
    const fresh = controllablePort();
    const results: number[] = [];
    const onError = vi.fn();
    const client = new DetectorClient(old.port, { onResult: (r) => results.push(r.timestampMs), onError });
    client.offer(fakeFrame(1).bitmap, 100);
    client.suspend(); // the worker crashed with frame 1 in flight
    const [second, third] = [fakeFrame(2), fakeFrame(3)];
    client.offer(second.bitmap, 90); // a clock that stepped back must not reach MediaPipe
    client.offer(third.bitmap, 95);
    expect(second.closed).toHaveBeenCalled(); // the latest waiting frame wins
    old.calls[0]?.finish(); // a late answer from the dead worker is not a result
    await flush();
    expect(results).toEqual([]);

    client.resume(fresh.port);
    expect(fresh.calls.map((c) => c.timestampMs)).toEqual([101]);
    fresh.calls[0]?.finish();
    await flush();
    expect(results).toEqual([101]);
    expect(onError).not.toHaveBeenCalled();
  });

  it('tells the watchdog when a frame goes out and when it comes back, on the clock it is given', async () => {
    const { port, calls } = controllablePort();
    const seen: string[] = [];
    let now = 1000;
    const client = new DetectorClient(
      port,
      { onResult: vi.fn(), onError: vi.fn() },
      { sent: (t) => seen.push(`sent ${t}`), settled: (t) => seen.push(`settled ${t}`) },
      () => now,
    );
    client.offer(fakeFrame(1).bitmap, 0);
    now = 1040;
    calls[0]?.finish();
    await flush();
    expect(seen).toEqual(['sent 1000', 'settled 1040']);
  });

  it('a file’s frame in flight fails when its worker is replaced; the next one waits for the new worker', async () => {
    const old = controllablePort();
    const fresh = controllablePort();
    const client = new DetectorClient(old.port, { onResult: vi.fn(), onError: vi.fn() });
    const lost = client.detect(fakeFrame(1).bitmap, 0);
    client.suspend();
    await expect(lost).rejects.toMatchObject({ name: 'detect' });
    const next = client.detect(fakeFrame(2).bitmap, 33);
    await flush();
    expect(fresh.calls).toHaveLength(0);
    client.resume(fresh.port);
    await flush();
    fresh.calls[0]?.finish();
    await expect(next).resolves.toMatchObject({ timestampMs: 33 });
  });
});
