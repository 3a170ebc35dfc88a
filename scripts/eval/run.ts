/**
 * npm run eval -- <manifest.json>… [--model lite|full|heavy] [--rate N] [--decode auto|seek] [--json out.json]
 *                 [--traces dir] [--publish]
 *
 * Runs every clip of a manifest through the app's own pipeline — the production build served
 * locally, the pose worker, the fixed-rate analysis and the engine — in headless Chromium, one
 * browser and one worker for all clips, and prints a row per clip and the summary line last.
 * Files are read as the app reads them: decoded with WebCodecs where the browser can, else seeked
 * (`--decode seek` forces the seek path, to compare the two). `--rate N` analyses at most N frames
 * per second of video (default 30: every frame of a clip filmed at 30 fps or less), to check that
 * counting holds on machines that analyse fewer frames.
 *
 * Several manifests may be given (`manifest.json manifest-photos.json`): their entries run in turn.
 * An entry whose file is a photo and whose expectation is a position is shown to the coach as a
 * still scene, as the app's photo mode does (scripts/eval/photos.ts); photos get a table of their
 * own after the clips', and the summary line ends in `positions=right/total` when there were any.
 * `--publish` writes the run's results (clips, photos, and what each catalog exercise was checked on) to
 * the Accuracy page, the exercise cards and the README (scripts/eval/publish.ts), as the report of
 * `--model`: the other models' published reports stay beside it.
 * Exit status 0 unless a manifest itself cannot be read.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MODEL_VARIANTS, type ModelVariant } from '../../src/detection/detector-api';
import type { EvalRequest, EvalResponse } from '../../src/eval-page';
import { EXERCISES, findExercise } from '../../src/exercises';
import { openEvalPage, type EvalPage } from './browser';
import { checkClipFile, checkExercise, clipSegment } from './clip-checks';
import { formatHeader, formatClipRow, formatSummaryLine, timingNote, type Timing } from './format';
import { loadManifest, ManifestError, type ClipSpec, type Manifest, type PhotoSpec } from './manifest';
import { clipFailure, clipResult, entryFailure, evalJson, summarize, type ClipOutcome } from './metrics';
import {
  checkPosition,
  formatPhotoHeader,
  formatPhotoRow,
  formatPositions,
  photoFailure,
  photosJson,
  scorePositions,
  type PhotoOutcome,
} from './photos';
import { publishResults } from './publish';
import { analysisRate, DEFAULT_MAX_RATE, readAnyVideoInfo } from './video-info';

const USAGE =
  'usage: npm run eval -- <manifest.json>… [--model lite|full|heavy] [--rate N] [--decode auto|seek] [--json out.json] [--traces dir] [--publish] [--assist on|off]\n' +
  '  Several manifests run in turn (e.g. manifest.json manifest-photos.json). Photo entries (an image file,\n' +
  "  expect.position start|peak|hold|out) are shown to the coach as a still scene, as the app's photo mode does;\n" +
  '  the summary line then ends in positions=right/total. --publish writes the results of --model (lite by default)\n' +
  "  to the README's accuracy section and the app's Accuracy page, beside the other models' published results.\n" +
  '  --assist off: without the detection assist (zoomed crops, a gain in the dark), to measure what it costs or brings.';

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
      assist: { type: 'string', default: 'on' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const model = values.model as ModelVariant;
  const maxRate = Number(values.rate);
  const decode = values.decode;
  if (
    positionals.length === 0 ||
    !MODEL_VARIANTS.includes(model) ||
    !(maxRate > 0 && maxRate <= 120) ||
    (decode !== 'auto' && decode !== 'seek') ||
    (values.assist !== 'on' && values.assist !== 'off')
  ) {
    console.error(USAGE);
    return 2;
  }
  const manifests: Manifest[] = [];
  try {
    for (const path of positionals) manifests.push(loadManifest(resolve(path)));
  } catch (error) {
    console.error(error instanceof ManifestError ? error.message : String(error));
    return 1;
  }
  const entries = manifests.flatMap((manifest) => manifest.entries);
  const photos = manifests.flatMap((manifest) => manifest.photos);

  const startedMs = performance.now();
  const page = await openEvalPage(model, values.assist === 'on');
  const startUpS = (performance.now() - startedMs) / 1000;
  const outcomes: ClipOutcome[] = [];
  const photoOutcomes: PhotoOutcome[] = [];
  const run: RunOptions = { maxRate, decode, tracesDir: values.traces };
  const timing: Timing = { frames: 0, analysisS: 0, inferenceS: 0, bareS: 0, measuringS: 0 };
  try {
    const rate = maxRate === DEFAULT_MAX_RATE ? '' : `, at most ${maxRate} frames/s`;
    const from = manifests.map((manifest) => manifest.path).join(', ');
    const photoCount = photos.length > 0 ? ` and ${photos.length} photos` : '';
    const assist = values.assist === 'on' ? '' : ', detection assist off';
    progress(
      `eval: ${entries.length} clips${photoCount} from ${from}, model ${model}, ${page.delegate}${rate}${assist}`,
    );
    if (entries.length > 0 || photos.length === 0) console.log(formatHeader());
    for (const [index, entry] of entries.entries()) {
      const label = `[${index + 1}/${entries.length}]`;
      const outcome = entry.ok ? await runClip(page, entry.clip, label, run, timing) : entryFailure(entry.error);
      outcomes.push(outcome);
      progress('');
      console.log(formatClipRow(outcome));
    }
    if (photos.length > 0) {
      if (entries.length > 0) console.log('');
      console.log(formatPhotoHeader());
    }
    for (const [index, photo] of photos.entries()) {
      progress(`[${index + 1}/${photos.length}] ${photo.id}: a still scene`);
      const outcome = await runPhoto(page, photo, run.tracesDir);
      photoOutcomes.push(outcome);
      progress('');
      console.log(formatPhotoRow(outcome));
    }
  } finally {
    await page.close();
  }

  progress(timingNote(timing, startUpS, (performance.now() - startedMs) / 1000), true);
  const summary = summarize(outcomes);
  const withPhotos = photos.length > 0 ? photosJson(photoOutcomes) : {};
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ ...evalJson(outcomes), ...withPhotos }, null, 2)}\n`);
  if (values.publish) {
    await publishResults(
      { clips: outcomes, photos: photoOutcomes },
      { manifestPaths: positionals, model, browser: page.browserVersion, delegate: page.delegate },
      EXERCISES.map((exercise) => exercise.id),
    );
  }
  const positions = photos.length > 0 ? ` ${formatPositions(scorePositions(photoOutcomes))}` : '';
  console.log(`${formatSummaryLine(summary)}${positions}`);
  return 0;
}

/** Shows a photo to the coach as a still scene and reads where it places the person. */
async function runPhoto(page: EvalPage, photo: PhotoSpec, tracesDir: string | undefined): Promise<PhotoOutcome> {
  const exercise = findExercise(photo.exercise);
  const unrunnable =
    checkExercise(
      photo,
      EXERCISES.map((e) => e.id),
    ) ??
    (exercise ? checkPosition(photo, exercise) : null) ??
    checkClipFile(photo);
  if (unrunnable) return photoFailure(photo, unrunnable);
  try {
    const placed = await page.place(photo.file, photo.exercise, tracesDir !== undefined);
    if (tracesDir && placed.trace) {
      mkdirSync(tracesDir, { recursive: true });
      writeFileSync(join(tracesDir, `${photo.id}.json`), JSON.stringify(placed.trace));
    }
    return {
      id: photo.id,
      exercise: photo.exercise,
      expected: photo.expect.position,
      placed: placed.position,
      sentence: placed.sentence,
    };
  } catch (error) {
    return photoFailure(photo, error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
  }
}

/** Inferences the bare model runs after each clip (about two seconds on an idle 2-core machine). */
const BARE_FRAMES = 45;

async function runClip(
  page: EvalPage,
  clip: ClipSpec,
  label: string,
  options: RunOptions,
  timing: Timing,
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
  try {
    const bare = await page.bareModel(clip.file, BARE_FRAMES);
    timing.measuringS += bare.wallS;
    timing.bareS += bare.frames > 0 ? (response.frames * bare.inferenceS) / bare.frames : 0;
  } catch (error) {
    progress(
      `${clip.id}: the bare model could not be measured (${error instanceof Error ? error.message : String(error)})`,
      true,
    );
  }
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
