/**
 * The bench's file-analysis part: frames per second of the app's analysis of a recorded video —
 * decoded with WebCodecs, and by the seek path — on a 1080p, a 720p and a 360p clip, each as a ratio to
 * the bare model's rate measured in the same run. The decoder must not be the bottleneck: on a
 * clip the WebCodecs path should keep up with the model (ratio near 1), where seeking cannot.
 *
 * The machine is shared and its load changes within minutes, so each clip's ratio is to the bare
 * model measured just before and just after that clip's WebCodecs run (on frames of the same clip,
 * at the same analysis size), not to one figure taken at the start of the bench.
 */
import type { Browser } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BareModelRun, FileAnalysisRun } from '../../src/bench-page';
import type { ModelVariant } from '../../src/detection/detector-api';

/** H.264 MP4s of the shared footage: 1920×1080 (27.9 fps), 1280×720 (30 fps) and 640×360 (25 fps). */
export const FILE_CLIPS = [
  'clips/sagor_elbow_flexion.mp4',
  'clips/myoxyn_puppy_stretch.mp4',
  'clips/malik_superman_swimmer.mp4',
] as const;

export interface PathRate {
  readonly fps: number;
  /** `fps` ÷ the bare model's. */
  readonly ratio: number;
  readonly decodedWith: string;
  /** The share of the wall time the model was inferring (under 1: the pipeline left it idle). */
  readonly modelBusy: number;
  /** The model's time per frame against the bare model's (over 1: decoding took its cores). */
  readonly inferenceSlowdown: number;
}

export interface FileAnalysisResult {
  readonly clip: string;
  /** The bare model's rate around this clip's runs (the mean of before and after), and each. */
  readonly bareFps: number;
  readonly bareFpsBefore: number;
  readonly bareFpsAfter: number;
  readonly width: number;
  readonly height: number;
  readonly webcodecs: PathRate;
  /** The WebCodecs path with one frame in flight, as before two were (in the same run, to compare). */
  readonly webcodecsOneInFlight: PathRate;
  readonly seek: PathRate;
}

/** The clips of {@link FILE_CLIPS} found under `footage`, or why none can run. */
export function fileClips(footage: string): string[] | string {
  const clips = FILE_CLIPS.map((clip) => join(footage, clip));
  const missing = clips.filter((clip) => !existsSync(clip));
  return missing.length > 0 ? `bench: the file-analysis part needs ${missing.join(', ')} (absent)` : clips;
}

/** Frames of each clip the bare model analyses before and after its WebCodecs run. */
const BARE_FRAMES = 60;

/**
 * Analyses the first `seconds` of each clip both ways on bench.html (initialised here with the
 * model) and divides by the bare model's rate measured around it.
 */
export async function fileAnalysisPart(
  browser: Browser,
  benchUrl: string,
  model: ModelVariant,
  clips: readonly string[],
  seconds: number,
): Promise<FileAnalysisResult[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(benchUrl);
    await page.evaluate((variant) => window.formCoachBench.init(variant), model);
    const results: FileAnalysisResult[] = [];
    for (const clip of clips) {
      await page.locator('#clip').setInputFiles(clip);
      // A short warm-up: the first decode and the first inferences on a new size are slower.
      await page.evaluate(() => window.formCoachBench.fileAnalysis('auto', 0.5));
      await page.evaluate((count) => window.formCoachBench.decode(count, 30), 30);
      const bareModel = async (): Promise<number> => {
        const bare: BareModelRun = await page.evaluate((n) => window.formCoachBench.bareModel(n), BARE_FRAMES);
        return 1000 / (bare.inferenceMs.reduce((sum, ms) => sum + ms, 0) / Math.max(1, bare.inferenceMs.length));
      };
      const run = (decode: 'auto' | 'seek', inFlight?: number): Promise<FileAnalysisRun> =>
        page.evaluate(([how, s, n]) => window.formCoachBench.fileAnalysis(how, s, n), [
          decode,
          seconds,
          inFlight,
        ] as const);
      const bareFpsBefore = await bareModel();
      // Two frames in flight (the app's) and one (as before), in the order A B B A, so that a load
      // rising or falling steadily over the four runs weighs on both alike.
      const twoA = await run('auto');
      const oneA = await run('auto', 1);
      const oneB = await run('auto', 1);
      const twoB = await run('auto');
      const decoded = combined(twoA, twoB);
      const oneInFlight = combined(oneA, oneB);
      const bareFpsAfter = await bareModel();
      const seeked = await run('seek');
      const bareFps = (bareFpsBefore + bareFpsAfter) / 2;
      const rate = (r: FileAnalysisRun): PathRate => {
        const fps = (r.frames * 1000) / r.wallMs;
        return {
          fps,
          ratio: fps / bareFps,
          decodedWith: r.decodedWith,
          modelBusy: r.inferenceMs / r.wallMs,
          inferenceSlowdown: r.inferenceMs / Math.max(1, r.frames) / (1000 / bareFps),
        };
      };
      results.push({
        clip,
        bareFps,
        bareFpsBefore,
        bareFpsAfter,
        width: decoded.width,
        height: decoded.height,
        webcodecs: rate(decoded),
        webcodecsOneInFlight: rate(oneInFlight),
        seek: rate(seeked),
      });
    }
    return results;
  } finally {
    await context.close();
  }
}

/** Two runs of the same kind as one: frames, wall time and inference time added up. */
const combined = (a: FileAnalysisRun, b: FileAnalysisRun): FileAnalysisRun => ({
  ...a,
  frames: a.frames + b.frames,
  wallMs: a.wallMs + b.wallMs,
  inferenceMs: a.inferenceMs + b.inferenceMs,
});

/** The summary's file_ratio: the WebCodecs path's worst clip, against the bare model. */
export const fileRatio = (results: readonly FileAnalysisResult[]): number =>
  Math.min(...results.map((result) => result.webcodecs.ratio));
