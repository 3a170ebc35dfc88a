import type { DetectionResult, ModelVariant } from '../../detection/detector-api';
import { makeTrace } from '../../pose/trace';

/**
 * The developer option that records a landmark trace of each session (to replay in tests), and
 * its download as JSON.
 */
export class TraceRecorder {
  /** Record the sessions from now on. */
  on = false;
  private results: DetectionResult[] = [];

  get frames(): number {
    return this.results.length;
  }

  /** A new session: the previous recording is dropped. */
  restart(): void {
    this.results = [];
  }

  add(result: DetectionResult): void {
    if (this.on) this.results.push(result);
  }

  /** Saves the recording as `form-coach-trace-<exercise>-<time>.json`. */
  download(meta: { readonly source: string; readonly model: ModelVariant; readonly exercise?: string }): void {
    const trace = makeTrace(this.results, meta);
    const url = URL.createObjectURL(new Blob([JSON.stringify(trace)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `form-coach-trace-${meta.exercise ?? 'tracking'}-${new Date().toISOString().slice(0, 19)}.json`;
    link.click();
    // The download has started by then; revoking at once can cancel it in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
