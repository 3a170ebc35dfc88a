/**
 * npm run eval -- <manifest.json> [--model lite|full|heavy] [--rate N] [--decode auto|seek] [--json out.json]
 *                 [--traces dir] [--publish]
 *
 * Runs every clip of a manifest through the app's own pipeline — the production build served
 * locally, the pose worker, the fixed-rate analysis and the engine — in headless Chromium, one
 * browser and one worker for all clips, and prints a row per clip and the summary line last.
 * Files are read as the app reads them: decoded with WebCodecs where the browser can, else seeked
 * (`--decode seek` forces the seek path, to compare the two). `--rate N` analyses at most N frames
 * per second of video (default 30: every frame of a clip filmed at 30 fps or less), to check that
 * counting holds on machines that analyse fewer frames.
 * Exit status 0 unless the manifest itself cannot be read.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MODEL_VARIANTS, type ModelVariant } from '../../src/detection/detector-api';
import type { EvalRequest, EvalResponse } from '../../src/eval-page';
import { EXERCISES, findExercise } from '../../src/exercises';
import { openEvalPage, type EvalPage } from './browser';
import { checkClipFile, checkExercise, clipSegment } from './clip-checks';
import { formatHeader, formatClipRow, formatSummaryLine } from './format';
import { loadManifest, ManifestError, type ClipSpec } from './manifest';
import { clipFailure, clipResult, entryFailure, evalJson, summarize, type ClipOutcome } from './metrics';
import { publishResults } from './publish';
import { analysisRate, DEFAULT_MAX_RATE, readAnyVideoInfo } from './video-info';

const USAGE =
  'usage: npm run eval -- <manifest.json> [--model lite|full|heavy] [--rate N] [--decode auto|seek] [--json out.json] [--traces dir] [--publish]';

interface RunOptions {
  readonly maxRate: number;
  readonly decode: 'auto' | 'seek';
  readonly tracesDir: string | undefined;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      model: { type: 'string', default: 'lite' },
      json: { type: 'string' },
      traces: { type: 'string' },
      publish: { type: 'boolean', default: false },
      rate: { type: 'string', default: String(DEFAULT_MAX_RATE) },
      decode: { type: 'string', default: 'auto' },
    },
  });
  const manifestPath = positionals[0];
  const model = values.model as ModelVariant;
  const maxRate = Number(values.rate);
  const decode = values.decode;
  if (
    !manifestPath ||
    !MODEL_VARIANTS.includes(model) ||
    !(maxRate > 0 && maxRate <= 120) ||
    (decode !== 'auto' && decode !== 'seek')
  ) {
    console.error(USAGE);
    return 2;
  }
  let manifest;
  try {
    manifest = loadManifest(resolve(manifestPath));
  } catch (error) {
    console.error(error instanceof ManifestError ? error.message : String(error));
    return 1;
  }

  const startedMs = performance.now();
  const page = await openEvalPage(model);
  const startUpS = (performance.now() - startedMs) / 1000;
  const outcomes: ClipOutcome[] = [];
  const run: RunOptions = { maxRate, decode, tracesDir: values.traces };
  const timing = { frames: 0, analysisS: 0, inferenceS: 0 };
  try {
    const rate = maxRate === DEFAULT_MAX_RATE ? '' : `, at most ${maxRate} frames/s`;
    progress(`eval: ${manifest.entries.length} clips from ${manifest.path}, model ${model}, ${page.delegate}${rate}`);
    console.log(formatHeader());
    for (const [index, entry] of manifest.entries.entries()) {
      const label = `[${index + 1}/${manifest.entries.length}]`;
      const outcome = entry.ok ? await runClip(page, entry.clip, label, run, timing) : entryFailure(entry.error);
      outcomes.push(outcome);
      progress('');
      console.log(formatClipRow(outcome));
    }
  } finally {
    await page.close();
  }

  // Issue 13's bound: the whole run within 1.3 × (frames ÷ the model's rate) plus start-up. The
  // model's own time is measured here, in the same run: above it is what decoding, the engine and
  // each clip's set-up cost.
  const { frames, analysisS, inferenceS } = timing;
  const totalS = (performance.now() - startedMs) / 1000;
  progress(
    `eval: ${totalS.toFixed(0)} s in all: start-up ${startUpS.toFixed(0)} s (build, browser, model); ${frames} frames analysed in ${analysisS.toFixed(0)} s, the model's own time ${inferenceS.toFixed(0)} s (${(inferenceS > 0 ? (totalS - startUpS) / inferenceS : 0).toFixed(2)} × after start-up)`,
    true,
  );
  const summary = summarize(outcomes);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(evalJson(outcomes), null, 2)}\n`);
  if (values.publish) {
    await publishResults(outcomes, { manifestPath, model, browser: page.browserVersion, delegate: page.delegate });
  }
  console.log(formatSummaryLine(summary));
  return 0;
}

async function runClip(
  page: EvalPage,
  clip: ClipSpec,
  label: string,
  options: RunOptions,
  timing: { frames: number; analysisS: number; inferenceS: number },
): Promise<ClipOutcome> {
  const { tracesDir } = options;
  const unrunnable =
    checkExercise(
      clip,
      EXERCISES.map((exercise) => exercise.id),
    ) ?? checkClipFile(clip);
  if (unrunnable) return clipFailure(clip, unrunnable);
  let info;
  try {
    info = await readAnyVideoInfo(clip.file);
  } catch (error) {
    return clipFailure(clip, `unreadable video: ${error instanceof Error ? error.message : String(error)}`);
  }
  const segment = clipSegment(clip, info.durationS);
  if (!segment.ok) return clipFailure(clip, segment.reason);
  const request: EvalRequest = {
    exercise: clip.exercise,
    ratePerSecond: analysisRate(info.fps, options.maxRate),
    startS: segment.startS,
    endS: segment.endS,
    withTrace: tracesDir !== undefined,
    decode: options.decode,
  };
  let response: EvalResponse;
  try {
    response = await page.run(clip.file, request, (done, total) =>
      progress(`${label} ${clip.id}: frame ${done} of ${total}`),
    );
  } catch (error) {
    return clipFailure(clip, error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
  }
  timing.frames += response.frames;
  timing.analysisS += response.analysisS;
  timing.inferenceS += response.inferenceS;
  if (!response.decodedWith.startsWith('Decoded with WebCodecs')) progress(`${clip.id}: ${response.decodedWith}`, true);
  if (tracesDir && response.trace) {
    mkdirSync(tracesDir, { recursive: true });
    writeFileSync(join(tracesDir, `${clip.id}.json`), JSON.stringify(response.trace));
  }
  return clipResult(clip, { ...countsFor(clip, response), cues: response.cues, ...rates(response) });
}

/** What to compare with the manifest: reps (or circles), or holds reaching its minimum. */
function countsFor(clip: ClipSpec, response: EvalResponse) {
  const expectation = clip.expect;
  if (expectation.unit === 'holds') {
    const long = response.holds.filter((hold) => hold.heldMs >= expectation.minHoldS * 1000);
    const side = (which: 'left' | 'right') => long.filter((hold) => hold.side === which).length;
    const sided = long.some((hold) => hold.side !== null);
    return {
      counted: long.length,
      unit: 'holds',
      ...(sided ? { countedLeft: side('left'), countedRight: side('right') } : {}),
    };
  }
  const circles = findExercise(clip.exercise)?.counting.kind === 'cycles';
  return {
    counted: circles ? response.counted.cycles : response.counted.reps,
    unit: circles ? 'cycles' : 'reps',
    ...(response.sides ? { countedLeft: response.sides.left, countedRight: response.sides.right } : {}),
  };
}

function rates(response: EvalResponse) {
  return {
    trackableShare: response.frames > 0 ? response.trackableFrames / response.frames : 0,
    fps: response.analysedFps,
    durationS: response.durationS,
  };
}

/** Progress on stderr: one line rewritten in a terminal, nothing in a log but what must `stay`. */
function progress(text: string, stay = text.startsWith('eval:')): void {
  if (!process.stderr.isTTY) {
    if (stay) console.error(text);
    return;
  }
  if (stay) {
    process.stderr.write(`\r\x1b[K${text}\n`);
    return;
  }
  process.stderr.write(`\r\x1b[K${text}`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
