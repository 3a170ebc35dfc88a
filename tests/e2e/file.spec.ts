import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openTracking, test } from './fixtures';
import { HAS_FOOTAGE, NO_FOOTAGE_REASON, footageFile } from './footage';
import type { DetectionResult } from '../../src/detection/detector-api';

test.skip(!HAS_FOOTAGE, NO_FOOTAGE_REASON);

/** 4 s of a person dancing, 576×576 at 30 fps (tfjs-models test data, Apache-2.0). */
const CLIP = footageFile('clips/tfjs_pose_1.mp4');

async function analyse(page: Page, button: string): Promise<DetectionResult[]> {
  await page.evaluate(() => (window.__poses = []));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(CLIP);
  await expect(page.getByRole('progressbar', { name: 'Analysing the video' })).toBeVisible();
  // 120 frames through the model: seconds on a laptop, minutes on a busy 2-core machine.
  await expect(page.getByText(/Analysing frame/)).toBeHidden({ timeout: 150_000 });
  return page.evaluate(() => window.__poses);
}

test('a video file is analysed frame by frame at a fixed rate, the same every time', async ({ page }) => {
  test.setTimeout(360_000); // two analyses of the clip
  await openTracking(page);
  const first = await analyse(page, 'Open a video or photo');
  expect(first).toHaveLength(120); // 4 s at 30 frames per second
  const withPose = first.filter((result) => result.poses.length > 0).length;
  test.info().annotations.push({ type: 'frames with a pose', description: `${withPose}/${first.length}` });
  expect(withPose / first.length).toBeGreaterThanOrEqual(0.9);
  expect(first.map((result) => result.timestampMs)).toEqual(first.map((_, i) => ((i + 0.5) / 30) * 1000));

  // Decoded straight through, not seeked; afterwards the video plays with its skeleton, and
  // opening it again gives the same analysis.
  await expect(page.getByText('Decoded with WebCodecs')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Ready. Tracking.');
  const second = await analyse(page, 'Open another file');
  expect(second.map((result) => result.poses[0]?.image[0]?.x)).toEqual(
    first.map((result) => result.poses[0]?.image[0]?.x),
  );
});

test('without WebCodecs the file is seeked instead, the page says so, and the results are the same', async ({
  page,
}) => {
  test.setTimeout(360_000); // two analyses of the clip
  await openTracking(page);
  const decoded = await analyse(page, 'Open a video or photo');
  await expect(page.getByText('Decoded with WebCodecs')).toBeVisible();

  // The same page in a browser without VideoDecoder (older Safari, Firefox before 130).
  await page.addInitScript(() => Reflect.deleteProperty(window, 'VideoDecoder'));
  await openTracking(page);
  const seeked = await analyse(page, 'Open a video or photo');
  await expect(
    page.getByText('Decoded by seeking (this browser cannot decode the file directly: no WebCodecs VideoDecoder)'),
  ).toBeVisible();
  // The very same frames: every landmark of every frame equal, not merely close.
  expect(seeked).toHaveLength(decoded.length);
  expect(seeked.map((result) => result.poses)).toEqual(decoded.map((result) => result.poses));
});

test('Cancel stops the analysis and keeps what was analysed', async ({ page }) => {
  await openTracking(page);
  await page.evaluate(() => (window.__poses = []));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a video or photo' }).click();
  await (await chooser).setFiles(CLIP);
  await expect(page.getByRole('progressbar', { name: 'Analysing the video' })).toBeVisible();
  await page.waitForFunction(() => window.__poses.length >= 10);
  await expect(page.getByText(/Analysing frame \d+ of 120 · about \d+ s left/)).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();

  await expect(page.getByRole('progressbar', { name: 'Analysing the video' })).toBeHidden();
  const kept = await page.evaluate(() => window.__poses.length);
  expect(kept).toBeGreaterThanOrEqual(10);
  expect(kept).toBeLessThan(120);
  // What was analysed stays: the video plays back with its skeleton, and nothing more is analysed.
  await expect(page.getByRole('status')).toHaveText('Ready. Tracking.');
  await expect(page.getByText('Decoded with WebCodecs')).toBeVisible();
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => window.__poses.length)).toBe(kept);
});

/**
 * A phone clip cut short at half its bytes (as a copy that stopped part-way leaves it): its index
 * is at the front, so the browser opens it and knows its whole length, but the pictures end at the
 * cut. Written to a temporary folder, never into the project (the footage's licence).
 */
const FULL_CLIP = footageFile('clips/menghansun_one_arm_row.mp4');
function truncatedCopy(): { file: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'fc-truncated-'));
  const bytes = readFileSync(FULL_CLIP);
  const file = join(dir, 'one_arm_row-cut.mp4');
  writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
  return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

async function openFile(page: Page, button: string, file: string): Promise<void> {
  await page.evaluate(() => (window.__poses = []));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}

/** Waits for all 120 frames of CLIP (the progress is hidden until the new analysis starts, too). */
async function analysedToTheEnd(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__poses.length >= 120, null, { timeout: 150_000 });
  await expect(page.getByText(/Analysing frame/)).toBeHidden();
  expect(await page.evaluate(() => window.__poses.length)).toBe(120);
}

/** After a broken file: another one opens and is analysed to its end, with no word of the break. */
async function anotherFileWorks(page: Page): Promise<void> {
  await openFile(page, 'Open another file', CLIP);
  await analysedToTheEnd(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('Ready. Tracking.');
}

for (const path of ['WebCodecs', 'seek'] as const) {
  test(`a file cut short part-way keeps what was analysed before the break and says where it stopped (${path} path)`, async ({
    page,
  }) => {
    test.setTimeout(360_000);
    // Without VideoDecoder the video element reads the file; it fails at the cut with an error.
    if (path === 'seek') await page.addInitScript(() => Reflect.deleteProperty(window, 'VideoDecoder'));
    const cut = truncatedCopy();
    try {
      await openTracking(page);
      await openFile(page, 'Open a video or photo', cut.file);
      const stopped = page.getByRole('alert');
      await expect(stopped).toHaveText(
        /^The file is damaged at 0:0[0-4]: the browser could not decode it past there\. The results cover the video up to 0:0[0-4]\.$/,
        { timeout: 150_000 },
      );
      const kept = await page.evaluate(() => window.__poses);
      // The frames before the cut, in order, at the fixed rate: the 5.2 s clip would give 156.
      expect(kept.length).toBeGreaterThanOrEqual(20);
      expect(kept.length).toBeLessThan(156);
      expect(kept.map((result) => result.timestampMs)).toEqual(kept.map((_, i) => ((i + 0.5) / 30) * 1000));
      expect(kept.filter((result) => result.poses.length > 0).length / kept.length).toBeGreaterThanOrEqual(0.8);
      // The stopping point is where the kept frames end.
      const [, at] = /at 0:(\d\d)/.exec((await stopped.textContent()) ?? '') ?? [];
      expect(Math.floor(kept.length / 30)).toBe(Number(at));
      await expect(page.getByText(path === 'seek' ? /^Decoded by seeking/ : 'Decoded with WebCodecs')).toBeVisible();
      await expect(page.getByRole('progressbar', { name: 'Analysing the video' })).toBeHidden();
      await expect(page.getByRole('status')).toHaveText('Ready. Tracking.');
      await anotherFileWorks(page);
    } finally {
      cut.dispose();
    }
  });
}

test('a decoder that stops answering part-way times out, keeps what was analysed and says where', async ({ page }) => {
  test.setTimeout(360_000);
  // The browser's decoder takes 45 pictures (1.5 s of the clip), then swallows the rest and never
  // finishes: no error, no frame, as a wedged hardware decoder does.
  await page.addInitScript(() => {
    const Real = window.VideoDecoder;
    let taken = false;
    let chunks = 0;
    class Wedged extends Real {
      private wedges = false;
      override decode(chunk: EncodedVideoChunk): void {
        // The first decoder that decodes wedges; the next file's decoders work.
        if (!taken) taken = this.wedges = true;
        if (!this.wedges || ++chunks <= 45) super.decode(chunk);
      }
      override flush(): Promise<void> {
        return !this.wedges || chunks <= 45 ? super.flush() : new Promise<void>(() => undefined);
      }
    }
    window.VideoDecoder = Wedged;
  });
  await openTracking(page);
  await openFile(page, 'Open a video or photo', CLIP);
  const stopped = page.getByRole('alert');
  await expect(stopped).toHaveText(
    /^The video stopped decoding at 0:01 \(no picture came for 15 s\), so the analysis stopped there\. The results cover the video up to 0:01\.$/,
    { timeout: 150_000 },
  );
  const kept = await page.evaluate(() => window.__poses);
  expect(kept.length).toBeGreaterThanOrEqual(30);
  expect(kept.length).toBeLessThan(45);
  expect(kept.map((result) => result.timestampMs)).toEqual(kept.map((_, i) => ((i + 0.5) / 30) * 1000));
  await expect(page.getByText('Decoded with WebCodecs')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Analysing the video' })).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Ready. Tracking.');
  // The wedged decoder is only the first one: the next file decodes normally.
  await anotherFileWorks(page);
});

/** A switch an init script reads: the fault is on until the test turns it off. */
interface Wedge {
  __wedged: boolean;
}

test('without WebCodecs, a video that stops answering seeks times out, keeps what was analysed and says where', async ({
  page,
}) => {
  test.setTimeout(360_000);
  // The seek path (no VideoDecoder), and a video element that takes 30 seeks, then ignores them:
  // no `seeked`, no error, as a media pipeline that stopped decoding.
  await page.addInitScript(() => {
    Reflect.deleteProperty(window, 'VideoDecoder');
    const wedge = window as unknown as Wedge;
    wedge.__wedged = true;
    const real = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'currentTime');
    let seeks = 0;
    Object.defineProperty(HTMLMediaElement.prototype, 'currentTime', {
      get(this: HTMLMediaElement) {
        return real?.get?.call(this) as number;
      },
      set(this: HTMLMediaElement, value: number) {
        if (!wedge.__wedged || ++seeks <= 30) real?.set?.call(this, value);
      },
    });
  });
  await openTracking(page);
  await openFile(page, 'Open a video or photo', CLIP);
  await expect(page.getByRole('alert')).toHaveText(
    /^The video stopped decoding at 0:01 \(no picture came for 15 s\), so the analysis stopped there\. The results cover the video up to 0:01\.$/,
    { timeout: 150_000 },
  );
  // Each seek is one analysed frame: the 30 before the wedge are kept, in order.
  const kept = await page.evaluate(() => window.__poses);
  expect(kept.map((result) => result.timestampMs)).toEqual(
    Array.from({ length: 30 }, (_, i) => ((i + 0.5) / 30) * 1000),
  );
  await expect(page.getByText(/^Decoded by seeking/)).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Ready. Tracking.');
  await page.evaluate(() => ((window as unknown as Wedge).__wedged = false));
  await anotherFileWorks(page);
});

test('a video whose first picture never comes is a problem after 15 s, and another file can be opened', async ({
  page,
}) => {
  test.setTimeout(360_000);
  // The browser is handed the file but never loads it (no loadeddata, no error).
  await page.addInitScript(() => {
    const wedge = window as unknown as Wedge;
    wedge.__wedged = true;
    const real = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'src');
    Object.defineProperty(HTMLMediaElement.prototype, 'src', {
      get(this: HTMLMediaElement) {
        return real?.get?.call(this) as string;
      },
      set(this: HTMLMediaElement, value: string) {
        if (!wedge.__wedged) real?.set?.call(this, value);
      },
    });
  });
  await openTracking(page);
  await openFile(page, 'Open a video or photo', CLIP);
  await expect(page.getByText('This file can’t be analysed')).toBeVisible({ timeout: 60_000 });
  await expect(
    page.getByText('“tfjs_pose_1.mp4” did not load: its first picture had not come after 15 s.'),
  ).toBeVisible();
  await page.evaluate(() => ((window as unknown as Wedge).__wedged = false));
  await openFile(page, 'Open a video file instead', CLIP);
  await analysedToTheEnd(page);
  await expect(page.getByRole('status')).toHaveText('Ready. Tracking.');
});
