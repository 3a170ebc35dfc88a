/**
 * npm run bench -- [--clip <video>] [--model lite|full|heavy] [--seconds N] [--json out.json]
 *                  [--exercise id] [--file-seconds N] [--file-only] [--startup-only]
 *
 * Measures the production build in Debian's Chromium, in one run:
 * - the bare model: detectForVideo per frame in the app's worker, nothing else running;
 * - the whole pipeline fed faster than the model (bench.html): analysed frames/s, and its ratio
 *   to the bare model's;
 * - a live run of the real app fed by Chromium's fake camera (the clip's 30 fps MJPEG twin in
 *   ../shared/footage/camera): main-thread busy time per frame and long tasks (from a Chromium
 *   trace), camera frame → overlay latency, and the page's heap and frame bitmaps before and after;
 * - start-up: page load → first pose drawn, cold (a fresh profile) and warm (the same profile),
 *   warm both with the service worker in control (its cache: the second visit as people get it)
 *   and with service workers blocked (the browser's HTTP cache alone: the app before it was
 *   offline-capable), alternating, the median of each (`--startup-only`: this part alone);
 * - file analysis: a 1080p, a 720p and a 360p clip analysed as the app analyses an opened video, decoded
 *   with WebCodecs and by seeking, as ratios to the bare model (`--file-only`: this part and the
 *   bare model alone, a couple of minutes).
 * Absolute times depend on the machine, which the report names; the ratios travel.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';
import type { BareModelRun, PipelineRun } from '../../src/bench-page';
import { MODEL_VARIANTS, type DetectorInfo, type ModelVariant } from '../../src/detection/detector-api';
import { findExercise } from '../../src/exercises';
import type { ProbeRecord } from '../../src/perf/probe';
import { fileAnalysisPart, fileClips, fileRatio, type FileAnalysisResult } from './file-analysis';
import { mainThreadLoad, mean, percentile, summaryLine, type MainThreadLoad } from './stats';

const USAGE =
  'usage: npm run bench -- [--clip <video>] [--model lite|full|heavy] [--seconds N] [--json out.json] [--exercise id] [--trace trace.json] [--file-seconds N] [--file-only] [--startup-only]';
/** FC_FOOTAGE: the shared footage when the checkout is not beside it. */
const FOOTAGE = process.env['FC_FOOTAGE'] ?? resolve(import.meta.dirname, '../../../shared/footage');
const DEFAULT_CLIP = join(FOOTAGE, 'clips/malik_superman_swimmer.mp4');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
/** Frames of the clip decoded for the bare-model and pipeline runs, and how many of each run. */
const DECODED_FRAMES = 60;
/** Enough for the main thread's tasks; `--trace` adds DevTools' detail. */
const TRACE_CATEGORIES = ['toplevel'];
const DETAILED_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];
/** The trace covers at most this much of a live run (a trace of ten minutes outgrows memory). */
const MAX_TRACED_S = 60;
const WARM_UP_FRAMES = 20;
const MEASURED_FRAMES = 150;

interface Options {
  readonly clip: string;
  readonly camera: string;
  readonly model: ModelVariant;
  readonly seconds: number;
  readonly exercise: string;
  readonly json: string | undefined;
  /** Where to save the live run's Chromium trace (open it in DevTools' Performance panel). */
  readonly trace: string | undefined;
  /** The file-analysis part's clips, and how much of each it analyses. */
  readonly files: readonly string[];
  readonly fileSeconds: number;
  /** Only the bare model and the file-analysis part. */
  readonly fileOnly: boolean;
  /** Only the start-up part. */
  readonly startupOnly: boolean;
}

function options(): Options | string {
  const { values } = parseArgs({
    options: {
      clip: { type: 'string', default: DEFAULT_CLIP },
      model: { type: 'string', default: 'lite' },
      seconds: { type: 'string', default: '60' },
      exercise: { type: 'string', default: 'superman' },
      json: { type: 'string' },
      trace: { type: 'string' },
      'file-seconds': { type: 'string', default: '5' },
      'file-only': { type: 'boolean', default: false },
      'startup-only': { type: 'boolean', default: false },
    },
  });
  const fileSeconds = Number(values['file-seconds']);
  const files = fileClips(FOOTAGE);
  if (typeof files === 'string') return files;
  if (!(fileSeconds >= 1)) return USAGE;
  const clip = resolve(values.clip);
  const model = values.model as ModelVariant;
  const seconds = Number(values.seconds);
  if (!MODEL_VARIANTS.includes(model) || !(seconds >= 5)) return USAGE;
  if (!existsSync(clip)) {
    return clip === DEFAULT_CLIP
      ? `bench: the default clip needs the shared footage at ${FOOTAGE} (absent); pass --clip <video>`
      : `bench: no such clip: ${clip}`;
  }
  if (!findExercise(values.exercise)) return `bench: no exercise "${values.exercise}"`;
  // The fake camera plays an MJPEG (always delivered at 30 fps): the clip's twin in camera/.
  const name = basename(clip).replace(/\.[^.]+$/, '');
  const camera = [join(dirname(clip), `${name}.mjpeg`), join(dirname(clip), '../camera', `${name}.mjpeg`)].find(
    (path) => existsSync(path),
  );
  if (!camera) {
    return `bench: no camera version of ${clip}: make one with\n  ffmpeg -i ${clip} -r 30 -q:v 5 ${join(dirname(clip), `${name}.mjpeg`)}`;
  }
  return {
    clip,
    camera,
    model,
    seconds,
    exercise: values.exercise,
    json: values.json,
    trace: values.trace,
    files,
    fileSeconds,
    fileOnly: values['file-only'],
    startupOnly: values['startup-only'],
  };
}

const log = (line: string) => console.log(line);
const ms = (value: number, digits = 1) => `${value.toFixed(digits)} ms`;

async function main(): Promise<number> {
  const chosen = options();
  if (typeof chosen === 'string') {
    console.error(chosen);
    return 2;
  }
  log(`bench: building the production app…`);
  await build({ logLevel: 'warn' });
  const server = await preview({ logLevel: 'warn', preview: { port: 0, strictPort: false, open: false } });
  const base = server.resolvedUrls?.local[0];
  let browser: Browser | null = null;
  try {
    if (!base) throw new Error('the preview server did not start');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        ...ARGS,
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        `--use-file-for-fake-video-capture=${chosen.camera}`,
      ],
    });
    return await run(browser, base, chosen);
  } finally {
    await browser?.close();
    await server.close();
  }
}

async function run(browser: Browser, base: string, chosen: Options): Promise<number> {
  if (chosen.startupOnly) {
    const startUp = await startUpPart(browser, base, chosen);
    await startUp.context.close();
    log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Chromium ${browser.version()}`);
    logStartUp(startUp);
    if (chosen.json) writeFileSync(chosen.json, `${JSON.stringify({ startup: startUpFigures(startUp) }, null, 2)}\n`);
    return 0;
  }
  // 1. The bare model and the pipeline, on decoded frames of the clip.
  const benchContext = await browser.newContext();
  const benchPage = await benchContext.newPage();
  await benchPage.goto(new URL('bench.html', base).href);
  const info: DetectorInfo = await benchPage.evaluate((model) => window.formCoachBench.init(model), chosen.model);
  await benchPage.locator('#clip').setInputFiles(chosen.clip);
  const size = await benchPage.evaluate((count) => window.formCoachBench.decode(count, 30), DECODED_FRAMES);
  await benchPage.evaluate((frames) => window.formCoachBench.bareModel(frames), WARM_UP_FRAMES);
  const bare: BareModelRun = await benchPage.evaluate(
    (frames) => window.formCoachBench.bareModel(frames),
    MEASURED_FRAMES,
  );
  const pipeline: PipelineRun = await benchPage.evaluate(
    ([frames, exercise]) => window.formCoachBench.pipeline(frames, exercise),
    [MEASURED_FRAMES, chosen.exercise] as const,
  );
  await benchContext.close();
  const bareFps = 1000 / mean(bare.inferenceMs);
  const pipelineFps = (pipeline.frames * 1000) / pipeline.wallMs;
  const benchUrl = new URL('bench.html', base).href;
  const files = await fileAnalysisPart(browser, benchUrl, chosen.model, chosen.files, chosen.fileSeconds);
  if (chosen.fileOnly) {
    log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Chromium ${browser.version()}`);
    log(`         delegate ${info.delegate} (${info.delegateReason})`);
    log(`bare model (${chosen.model}, worker) at the start: ${bareFps.toFixed(1)} frames/s`);
    logFiles(files, chosen.fileSeconds);
    if (chosen.json) writeFileSync(chosen.json, `${JSON.stringify({ bareFps, files }, null, 2)}\n`);
    log(`bench: model=${chosen.model} file_ratio=${fileRatio(files).toFixed(2)}`);
    return 0;
  }

  // 2. Start-up, cold then warm, and 3. a live run of the app itself on the fake camera.
  const startUp = await startUpPart(browser, base, chosen);
  const { context, cold, warm } = startUp;
  const live = await liveRun(browser, warm.page, chosen.model, chosen.seconds, chosen.trace);
  const stage = await warm.page.locator('fc-stage canvas').evaluate((canvas) => ({
    width: canvas.clientWidth,
    height: canvas.clientHeight,
  }));
  const floor = await floorRun(browser, context, base, stage, Math.min(chosen.seconds, FLOOR_SECONDS));
  await context.close();

  const latencyP95 = percentile(live.probe.latencyMs, 95);
  const report = {
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(totalmem() / 1e9),
      browser: `Chromium ${browser.version()}`,
      delegate: `${info.delegate} (${info.delegateReason})`,
      renderer: info.renderer,
    },
    clip: chosen.clip,
    camera: chosen.camera,
    model: chosen.model,
    analysisSize: size,
    bareModel: {
      p50Ms: percentile(bare.inferenceMs, 50),
      p95Ms: percentile(bare.inferenceMs, 95),
      fps: bareFps,
    },
    pipeline: {
      fps: pipelineFps,
      ratio: pipelineFps / bareFps,
      pageMsP50: percentile(pipeline.mainMs, 50),
      pageMsP95: percentile(pipeline.mainMs, 95),
    },
    live: {
      seconds: chosen.seconds,
      analysedFps: (live.probe.painted * 1000) / live.probe.spanMs,
      mainMsP50: percentile(live.load.perFrameMs, 50),
      mainMsP95: percentile(live.load.perFrameMs, 95),
      mainBusyPct: live.load.busyFraction * 100,
      floorMainMsP50: percentile(floor.perFrameMs, 50),
      floorMainMsP95: percentile(floor.perFrameMs, 95),
      stage,
      tracedSeconds: Math.min(chosen.seconds, MAX_TRACED_S),
      longTasks: live.probe.longTaskMs.length,
      longestTaskMs: Math.max(live.load.longestTaskMs, ...live.probe.longTaskMs),
      latencyMsP50: percentile(live.probe.latencyMs, 50),
      latencyMsP95: latencyP95,
      latencyFrom: live.probe.fromCaptureTime ? 'camera capture time' : 'frame arrival in the page',
      heapStartMb: live.heapStart / 1e6,
      heapEndMb: live.heapEnd / 1e6,
      heapGrowthPct: ((live.heapEnd - live.heapStart) / live.heapStart) * 100,
      heapAfterFirstMinuteMb: live.heapAfterTrace === null ? null : live.heapAfterTrace / 1e6,
      heapGrowthAfterFirstMinutePct:
        live.heapAfterTrace === null ? null : ((live.heapEnd - live.heapAfterTrace) / live.heapAfterTrace) * 100,
      bitmapsHeldStart: live.bitmapsStart,
      bitmapsHeldEnd: live.probe.bitmapsHeld,
    },
    startup: startUpFigures(startUp),
    files,
  };

  log(
    `machine: ${report.machine.cores} cores (${report.machine.cpu}), ${report.machine.memoryGb} GB, ${report.machine.browser}`,
  );
  log(`         delegate ${report.machine.delegate}; WebGL ${report.machine.renderer}`);
  log(`clip:    ${chosen.clip} (analysed at ${size.width}×${size.height}); camera ${chosen.camera}`);
  log(
    `bare model (${chosen.model}, worker, ${MEASURED_FRAMES} frames): p50 ${ms(report.bareModel.p50Ms)}, p95 ${ms(report.bareModel.p95Ms)} → ${bareFps.toFixed(1)} frames/s`,
  );
  log(
    `pipeline (capture + worker + engine + overlay, fed faster than the model): ${pipelineFps.toFixed(1)} frames/s = ${report.pipeline.ratio.toFixed(2)} × the bare model; page code per frame p50 ${ms(report.pipeline.pageMsP50, 2)}, p95 ${ms(report.pipeline.pageMsP95, 2)}`,
  );
  log(`live app, fake camera at 30 fps, ${chosen.seconds} s: ${report.live.analysedFps.toFixed(1)} frames/s analysed`);
  log(
    `  main thread per frame (first ${report.live.tracedSeconds} s traced) p50 ${ms(report.live.mainMsP50)}, p95 ${ms(report.live.mainMsP95)} (busy ${report.live.mainBusyPct.toFixed(1)}% of the time); long tasks over the whole run ${report.live.longTasks} (longest task ${ms(report.live.longestTaskMs)})`,
  );
  log(
    `  the floor on this machine, a bare page redrawing a ${stage.width}×${stage.height} canvas over the same camera: p50 ${ms(report.live.floorMainMsP50)}, p95 ${ms(report.live.floorMainMsP95)}`,
  );
  log(
    `  latency camera frame → overlay on screen p50 ${ms(report.live.latencyMsP50, 0)}, p95 ${ms(latencyP95, 0)} (from ${report.live.latencyFrom})`,
  );
  log(
    `  page heap ${report.live.heapStartMb.toFixed(1)} → ${report.live.heapEndMb.toFixed(1)} MB (${report.live.heapGrowthPct.toFixed(1)}%); frame bitmaps held ${report.live.bitmapsHeldStart} → ${report.live.bitmapsHeldEnd}`,
  );
  if (report.live.heapAfterFirstMinuteMb !== null && report.live.heapGrowthAfterFirstMinutePct !== null) {
    log(
      `  after the first ${report.live.tracedSeconds} s: ${report.live.heapAfterFirstMinuteMb.toFixed(2)} → ${report.live.heapEndMb.toFixed(2)} MB (${report.live.heapGrowthAfterFirstMinutePct.toFixed(1)}% over ${chosen.seconds - report.live.tracedSeconds} s)`,
    );
  }
  logStartUp(startUp);
  logFiles(files, chosen.fileSeconds);
  if (chosen.json) writeFileSync(chosen.json, `${JSON.stringify(report, null, 2)}\n`);
  log(
    summaryLine({
      model: chosen.model,
      pipelineRatio: report.pipeline.ratio,
      mainMsP95: report.live.mainMsP95,
      longTasks: report.live.longTasks,
      latencyMsP95: latencyP95,
      firstPoseMs: cold.firstPoseMs,
      heapGrowthPct: report.live.heapGrowthPct,
      fileRatio: fileRatio(files),
    }),
  );
  return 0;
}

function logFiles(files: readonly FileAnalysisResult[], seconds: number): void {
  log(
    `file analysis (the app's, at 30 frames/s, first ${seconds} s of each clip; each against the bare model measured just before and after its WebCodecs run):`,
  );
  for (const file of files) {
    const path = (p: FileAnalysisResult['webcodecs']) => `${p.fps.toFixed(1)} frames/s = ${p.ratio.toFixed(2)} ×`;
    log(
      `  ${basename(file.clip)} ${file.width}×${file.height}: WebCodecs ${path(file.webcodecs)}, seeking ${path(file.seek)} the bare model`,
    );
    log(
      `    bare model around it: ${file.bareFpsBefore.toFixed(1)} frames/s before, ${file.bareFpsAfter.toFixed(1)} after (mean ${file.bareFps.toFixed(1)})`,
    );
    // Why the WebCodecs path falls short of the model: gaps (the model idle) or shared cores
    // (each inference slower than the bare model's).
    log(
      `    WebCodecs: model busy ${(file.webcodecs.modelBusy * 100).toFixed(0)}% of the time, each inference ${file.webcodecs.inferenceSlowdown.toFixed(2)} × the bare model's`,
    );
    const one = file.webcodecsOneInFlight;
    log(
      `    WebCodecs with one frame in flight (as before): ${path(one)}, model busy ${(one.modelBusy * 100).toFixed(0)}%, each inference ${one.inferenceSlowdown.toFixed(2)} ×`,
    );
    if (!file.webcodecs.decodedWith.startsWith('Decoded with WebCodecs')) log(`    ${file.webcodecs.decodedWith}`);
  }
}

/** Warm visits of each kind; their medians are reported (one visit is at the mercy of the load). */
const WARM_VISITS = 3;

interface StartUp {
  /** The context with the service worker (the live run goes on in it). */
  readonly context: BrowserContext;
  readonly cold: { readonly firstPoseMs: number };
  /** The last warm visit with the service worker in control, still open. */
  readonly warm: { readonly page: Page; readonly firstPoseMs: number };
  readonly warmWithSwMs: readonly number[];
  readonly coldWithoutSwMs: number;
  readonly warmWithoutSwMs: readonly number[];
}

/**
 * Page load → first pose: cold, then warm visits alternating between a profile where the service
 * worker has installed (its precache: the runtime, the lite model and the app shell) and is in
 * control, and one where service workers are blocked, so only the browser's HTTP cache helps — the
 * app as it was before it was offline-capable. Alternating spreads the machine's changing load
 * over both.
 */
async function startUpPart(browser: Browser, base: string, chosen: Options): Promise<StartUp> {
  const contextOptions = { permissions: ['camera'], viewport: { width: 1280, height: 800 } };
  const context = await browser.newContext(contextOptions);
  const blocked = await browser.newContext({ ...contextOptions, serviceWorkers: 'block' });
  try {
    const cold = await firstPose(context, base, chosen);
    // Registered on load; `ready` resolves once it has installed (the precache complete) and is active.
    await cold.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await cold.page.close();
    const coldWithout = await firstPose(blocked, base, chosen);
    await coldWithout.page.close();
    const warmWithSwMs: number[] = [];
    const warmWithoutSwMs: number[] = [];
    let warm: { page: Page; firstPoseMs: number } | null = null;
    for (let i = 0; i < WARM_VISITS; i++) {
      const without = await firstPose(blocked, base, chosen);
      warmWithoutSwMs.push(without.firstPoseMs);
      await without.page.close();
      await warm?.page.close();
      warm = await firstPose(context, base, chosen);
      const controlled = await warm.page.evaluate(() => navigator.serviceWorker.controller !== null);
      if (!controlled) throw new Error('the warm visit was not controlled by the service worker');
      warmWithSwMs.push(warm.firstPoseMs);
    }
    if (!warm) throw new Error('no warm visit');
    return {
      context,
      cold,
      warm: { page: warm.page, firstPoseMs: median(warmWithSwMs) },
      warmWithSwMs,
      coldWithoutSwMs: coldWithout.firstPoseMs,
      warmWithoutSwMs,
    };
  } finally {
    await blocked.close();
  }
}

const median = (values: readonly number[]): number => percentile(values, 50);

function startUpFigures(startUp: StartUp) {
  return {
    coldFirstPoseMs: startUp.cold.firstPoseMs,
    warmFirstPoseMs: startUp.warm.firstPoseMs,
    warmWithServiceWorkerMs: startUp.warmWithSwMs,
    coldWithoutServiceWorkerMs: startUp.coldWithoutSwMs,
    warmWithoutServiceWorkerMs: startUp.warmWithoutSwMs,
    warmWithoutServiceWorkerMedianMs: median(startUp.warmWithoutSwMs),
  };
}

function logStartUp(startUp: StartUp): void {
  const list = (values: readonly number[]) => values.map((value) => value.toFixed(0)).join(', ');
  log(
    `start-up, page load → first pose drawn: cold ${ms(startUp.cold.firstPoseMs, 0)}, warm ${ms(startUp.warm.firstPoseMs, 0)} (service worker in control; median of ${list(startUp.warmWithSwMs)} ms)`,
  );
  log(
    `  service workers blocked (HTTP cache only, the app before it was offline-capable): cold ${ms(startUp.coldWithoutSwMs, 0)}, warm ${ms(median(startUp.warmWithoutSwMs), 0)} (median of ${list(startUp.warmWithoutSwMs)} ms)`,
  );
}

/** Opens the app on the exercise, starts the camera, and waits for the first pose drawn. */
async function firstPose(context: BrowserContext, base: string, chosen: Options) {
  const page = await context.newPage();
  // The model measured is the model named: the app must not step down to a lighter one when slow.
  await page.addInitScript((model) => {
    localStorage.setItem('form-coach:model', model);
    localStorage.setItem('form-coach:adapt-model', 'false');
  }, chosen.model);
  await page.goto(new URL(`?bench#exercise=${chosen.exercise}`, base).href);
  await page.getByRole('button', { name: 'Start camera' }).click();
  const firstPoseMs = await page.waitForFunction(() => window.formCoachProbe?.record().firstPoseMs ?? null, null, {
    timeout: 120_000,
    polling: 50,
  });
  return { page, firstPoseMs: Number(await firstPoseMs.jsonValue()) };
}

/** The floor's run is short: it only has to be steady. */
const FLOOR_SECONDS = 15;

async function floorRun(
  browser: Browser,
  context: BrowserContext,
  base: string,
  stage: { width: number; height: number },
  seconds: number,
): Promise<MainThreadLoad> {
  const page = await context.newPage();
  await page.goto(new URL('bench.html', base).href);
  await page.evaluate(({ width, height }) => window.formCoachBench.floor(width, height), stage);
  await page.waitForTimeout(2000);
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.waitForTimeout(seconds * 1000);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as Parameters<typeof mainThreadLoad>[0];
  await page.close();
  return mainThreadLoad(trace, 1000 / 30);
}

interface LiveRun {
  readonly probe: ProbeRecord;
  readonly load: MainThreadLoad;
  readonly heapStart: number;
  readonly heapEnd: number;
  /** The heap after the traced first minute, when the run is longer: the steady state's start. */
  readonly heapAfterTrace: number | null;
  readonly bitmapsStart: number;
}

async function liveRun(
  browser: Browser,
  page: Page,
  model: ModelVariant,
  seconds: number,
  tracePath?: string,
): Promise<LiveRun> {
  const cdp = await page.context().newCDPSession(page);
  const heap = async (): Promise<number> => {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    return usage.usedSize;
  };
  await page.waitForTimeout(10_000); // warm-up: tracking settled, hot code compiled, caches full
  await page.evaluate(() => window.formCoachProbe?.clear());
  const heapStart = await heap();
  const bitmapsStart = await page.evaluate(() => window.formCoachProbe?.record().bitmapsHeld ?? 0);
  // The first minute is traced (main-thread time per frame); long tasks are counted by the page
  // itself over the whole run.
  const tracedS = Math.min(seconds, MAX_TRACED_S);
  await browser.startTracing(page, { categories: tracePath ? DETAILED_CATEGORIES : TRACE_CATEGORIES });
  await page.waitForTimeout(tracedS * 1000);
  const traceText = (await browser.stopTracing()).toString('utf8');
  if (tracePath) writeFileSync(tracePath, traceText);
  const trace = JSON.parse(traceText) as Parameters<typeof mainThreadLoad>[0];
  // V8 keeps compiling the app's hot code through the first minute (a heap snapshot diff shows
  // code, not objects): growth after it is what a leak would show.
  const heapAfterTrace = seconds > tracedS ? await heap() : null;
  await page.waitForTimeout((seconds - tracedS) * 1000);
  const probe = await page.evaluate(() => window.formCoachProbe?.record());
  if (!probe) throw new Error('the app was not opened with ?bench');
  const status = await page.locator('fc-status').evaluate((element) => element.shadowRoot?.textContent ?? '');
  if (!status.includes(`Model ${model} `)) throw new Error(`the live run ended on another model: "${status.trim()}"`);
  const heapEnd = await heap();
  const fps = (probe.painted * 1000) / probe.spanMs;
  return {
    probe,
    load: mainThreadLoad(trace, 1000 / Math.max(1, fps)),
    heapStart,
    heapEnd,
    heapAfterTrace,
    bitmapsStart,
  };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
