/**
 * The benchmark's arithmetic, kept apart from the browser so it is tested: percentiles, the
 * renderer main thread's busy time per frame and its long tasks from a Chromium trace, and the
 * report's lines.
 */

/** The p-th percentile (0–100) by nearest rank; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
}

interface TraceEvent {
  readonly name?: string;
  readonly ph?: string;
  readonly pid?: number;
  readonly tid?: number;
  /** Microseconds. */
  readonly ts?: number;
  readonly dur?: number;
  readonly args?: { readonly name?: string };
}

export interface MainThreadLoad {
  /** Busy time of the renderer main thread in each frame-long slice of the run (ms). */
  readonly perFrameMs: readonly number[];
  /** Tasks longer than 50 ms. */
  readonly longTasks: number;
  readonly longestTaskMs: number;
  /** Busy share of the whole run. */
  readonly busyFraction: number;
}

/** Names Chromium gives a task run by the main thread's scheduler, across versions. */
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const LONG_TASK_MS = 50;

/**
 * The page's main thread in a Chromium trace (the renderer main thread that does the most work:
 * the app's page, not an idle one), its top-level tasks, the busy time of each `frameMs` slice
 * from its first task to its last, and the tasks over 50 ms.
 */
export function mainThreadLoad(trace: { traceEvents: readonly TraceEvent[] }, frameMs: number): MainThreadLoad {
  const events = trace.traceEvents;
  const mains = new Set(
    events
      .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const tasksByThread = new Map<string, { start: number; dur: number }[]>();
  for (const event of events) {
    if (event.ph !== 'X' || !TASK_NAMES.has(event.name ?? '') || event.ts === undefined || !event.dur) continue;
    const thread = `${event.pid}:${event.tid}`;
    if (!mains.has(thread)) continue;
    const list = tasksByThread.get(thread) ?? [];
    list.push({ start: event.ts / 1000, dur: event.dur / 1000 });
    tasksByThread.set(thread, list);
  }
  const busiest = [...tasksByThread.values()].sort(
    (a, b) => b.reduce((sum, task) => sum + task.dur, 0) - a.reduce((sum, task) => sum + task.dur, 0),
  )[0];
  if (!busiest || busiest.length === 0) return { perFrameMs: [], longTasks: 0, longestTaskMs: 0, busyFraction: 0 };
  // Nested tasks (a task run inside another's nested loop) are counted once, in the outer one.
  busiest.sort((a, b) => a.start - b.start);
  const top: { start: number; dur: number }[] = [];
  for (const task of busiest) {
    const last = top[top.length - 1];
    if (last && task.start < last.start + last.dur) continue;
    top.push(task);
  }
  const first = top[0]?.start ?? 0;
  const lastTask = top[top.length - 1];
  const end = lastTask ? lastTask.start + lastTask.dur : first;
  const slices = new Array<number>(Math.max(1, Math.ceil((end - first) / frameMs))).fill(0);
  for (const task of top) {
    const index = Math.min(slices.length - 1, Math.floor((task.start - first) / frameMs));
    slices[index] = (slices[index] ?? 0) + task.dur;
  }
  const busy = top.reduce((sum, task) => sum + task.dur, 0);
  const long = top.filter((task) => task.dur > LONG_TASK_MS);
  return {
    perFrameMs: slices,
    longTasks: long.length,
    longestTaskMs: Math.max(0, ...top.map((task) => task.dur)),
    busyFraction: end > first ? busy / (end - first) : 0,
  };
}

export interface BenchSummary {
  readonly model: string;
  readonly pipelineRatio: number;
  readonly mainMsP95: number;
  readonly longTasks: number;
  readonly latencyMsP95: number;
  readonly firstPoseMs: number;
  readonly heapGrowthPct: number;
  /** The file-analysis part's worst WebCodecs clip, as a ratio to the bare model (when it ran). */
  readonly fileRatio?: number;
}

const fixed = (value: number, digits: number): string => (Number.isFinite(value) ? value.toFixed(digits) : 'NaN');

/** The report's last line, in the exact format. */
export function summaryLine(summary: BenchSummary): string {
  return [
    'bench:',
    `model=${summary.model}`,
    `pipeline_ratio=${fixed(summary.pipelineRatio, 2)}`,
    `main_ms_p95=${fixed(summary.mainMsP95, 1)}`,
    `long_tasks=${summary.longTasks}`,
    `latency_ms_p95=${fixed(summary.latencyMsP95, 0)}`,
    `first_pose_ms=${fixed(summary.firstPoseMs, 0)}`,
    `heap_growth_pct=${fixed(summary.heapGrowthPct, 1)}`,
    ...(summary.fileRatio === undefined ? [] : [`file_ratio=${fixed(summary.fileRatio, 2)}`]),
  ].join(' ');
}
