import { describe, expect, it } from 'vitest';
import { mainThreadLoad, percentile, summaryLine } from './stats';

const meta = (pid: number, tid: number, name: string) => ({ ph: 'M', name: 'thread_name', pid, tid, args: { name } });
const task = (pid: number, tid: number, startMs: number, durMs: number, name = 'RunTask') => ({
  ph: 'X',
  name,
  pid,
  tid,
  ts: startMs * 1000,
  dur: durMs * 1000,
});

describe('bench statistics', () => {
  it('percentiles by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('finds the busy page thread, sums its tasks per frame, counts nested tasks once and long tasks', () => {
    const trace = {
      traceEvents: [
        meta(1, 1, 'CrRendererMain'),
        meta(2, 1, 'CrRendererMain'), // an idle page
        meta(1, 7, 'DedicatedWorker thread'),
        task(2, 1, 0, 1),
        task(1, 7, 0, 500), // the worker's work is not the main thread's
        task(1, 1, 0, 3),
        task(1, 1, 0.5, 1, 'ThreadControllerImpl::RunTask'), // nested in the first
        task(1, 1, 10, 2),
        task(1, 1, 40, 60), // a long task
        task(1, 1, 120, 1),
      ],
    };
    const load = mainThreadLoad(trace, 33.3);
    expect(load.perFrameMs).toEqual([5, 60, 0, 1]);
    expect(load.longTasks).toBe(1);
    expect(load.longestTaskMs).toBe(60);
    expect(load.busyFraction).toBeCloseTo(66 / 121);
  });

  it('ends with the line the issue asks for', () => {
    expect(
      summaryLine({
        model: 'lite',
        pipelineRatio: 0.9771,
        mainMsP95: 4.83,
        longTasks: 0,
        latencyMsP95: 41.6,
        firstPoseMs: 1275.2,
        heapGrowthPct: 1.04,
        fileRatio: 0.8449,
      }),
    ).toBe(
      'bench: model=lite pipeline_ratio=0.98 main_ms_p95=4.8 long_tasks=0 latency_ms_p95=42 first_pose_ms=1275 heap_growth_pct=1.0 file_ratio=0.84',
    );
  });
});
