import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/**
 * A camera the test steps, frame by frame, in lockstep with the analysis: for browser tests that
 * must count the same reps however busy the machine is.
 *
 * Chromium's fake camera (`--use-file-for-fake-video-capture`) plays its clip in real time while
 * the pose model takes what it can. On a busy machine it analyses a few frames a second, misses
 * the top of a rep, and the app, seeing analysis fall behind the camera, steps down to a lighter
 * model and a smaller picture (adaptive-quality.ts) that no longer sees the person lying down:
 * routine-run.spec.ts then sat at "1 / 3 · Step back until your hands and feet are in view".
 *
 * Here `getUserMedia` returns a canvas stream, and the page shows the next frame of the clip only
 * after the app's worker has answered for the last one. So the app analyses every `step`-th frame
 * of the clip, in order, whatever the speed: the person simply moves more slowly on a slower
 * machine (the coach's clock is the frame's arrival), and the camera is never faster than the
 * analysis (nothing to adapt). The app's own camera code (getUserMedia, the video element,
 * requestVideoFrameCallback, VideoFrame capture, the worker) runs unchanged.
 */
export interface SteppedCamera {
  /** Clip frames analysed so far. */
  framesShown(): Promise<number>;
}

interface Stepper {
  shown: number;
}

declare global {
  interface Window {
    __steppedCamera: Stepper;
  }
}

/** The JPEG frames of an MJPEG file (what Chromium's fake camera reads): SOI to EOI, in order. */
export function mjpegFrames(path: string): Buffer[] {
  const data = readFileSync(path);
  const frames: Buffer[] = [];
  let start = data.indexOf(Buffer.from([0xff, 0xd8, 0xff]));
  while (start >= 0) {
    const end = data.indexOf(Buffer.from([0xff, 0xd9]), start);
    if (end < 0) break;
    frames.push(data.subarray(start, end + 2));
    start = data.indexOf(Buffer.from([0xff, 0xd8, 0xff]), end + 2);
  }
  return frames;
}

/**
 * Installs the stepped camera on `page` before it loads. A test that also wraps `getUserMedia`
 * (to record the streams, or refuse a camera) must install its wrapper after this, so that it wraps
 * the stepped camera. The track is a canvas track: a test can stop it or dispatch `ended`, `mute`
 * and `unmute` on it as the browser does for a real camera, and the next `getUserMedia` (the app's
 * restart) gets a new track that the same clip goes on feeding from where it was. `step` clip frames per analysed frame:
 * 3 of a 30 fps clip is 10 analysed frames a second of movement, about what this machine's
 * analysis reaches when idle, so the person moves near their real speed when the machine is idle.
 */
export async function useSteppedCamera(page: Page, clip: string, { step = 3 } = {}): Promise<SteppedCamera> {
  const frames = mjpegFrames(clip);
  if (frames.length === 0) throw new Error(`${clip} holds no JPEG frames`);
  // Served from the app's own origin: the page's Content-Security-Policy allows nothing else.
  await page.route(/\/__stepped-camera\/\d+\.jpg$/, async (route) => {
    const index = Number(/(\d+)\.jpg$/.exec(route.request().url())?.[1] ?? '0');
    await route.fulfill({ contentType: 'image/jpeg', body: frames[index % frames.length] ?? frames[0] });
  });
  await page.addInitScript(
    ({ count, step }) => {
      const stepper: Stepper = { shown: 0 };
      window.__steppedCamera = stepper;
      /** Resolves when the app hands the worker a frame, then when the worker answers. */
      let onSent: (() => void) | null = null;
      let onAnswer: (() => void) | null = null;
      let awaitingAnswer = false;

      const NativeWorker = window.Worker;
      window.Worker = class extends NativeWorker {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          this.addEventListener('message', () => {
            if (!awaitingAnswer) return;
            awaitingAnswer = false;
            onAnswer?.();
          });
        }
        override postMessage(message: unknown, transfer?: Transferable[] | StructuredSerializeOptions): void {
          const list = Array.isArray(transfer) ? transfer : (transfer?.transfer ?? []);
          if (list.some((item) => item instanceof VideoFrame || item instanceof ImageBitmap)) {
            awaitingAnswer = true; // one frame in flight: the next message is its answer
            onSent?.();
          }
          super.postMessage(message, list);
        }
      };

      const canvas = document.createElement('canvas');
      const context = canvas.getContext('2d');
      let track: CanvasCaptureMediaStreamTrack | null = null;
      const wait = (set: (resolve: () => void) => void, ms: number): Promise<boolean> =>
        new Promise((resolve) => {
          const timer = setTimeout(() => resolve(false), ms);
          set(() => {
            clearTimeout(timer);
            resolve(true);
          });
        });

      let pumping = false;
      async function pump(): Promise<void> {
        pumping = true;
        let index = 0;
        for (;;) {
          const bitmap = await createImageBitmap(await (await fetch(`/__stepped-camera/${index}.jpg`)).blob());
          // Show this frame until the app sends it to the worker (it may not be analysing yet: the
          // model loading, the camera restarting between exercises), drawn afresh each time so
          // the canvas track has a frame to give; then wait for the worker's answer.
          let sent = false;
          while (!sent) {
            canvas.width = bitmap.width;
            canvas.height = bitmap.height;
            context?.drawImage(bitmap, 0, 0);
            if (track?.readyState === 'live') track.requestFrame();
            sent = await wait((resolve) => (onSent = resolve), 500);
          }
          bitmap.close();
          await wait((resolve) => (onAnswer = resolve), 10_000);
          stepper.shown++;
          index = (index + step) % count;
        }
      }

      const devices = navigator.mediaDevices;
      const enumerate = devices.enumerateDevices.bind(devices);
      devices.getUserMedia = async (constraints?: MediaStreamConstraints): Promise<MediaStream> => {
        // It stands in for the browser's (fake) camera, under that camera's id: the app keeps the
        // id of the camera it got (getSettings) and asks for it by id on a restart, so a test can
        // refuse that id as an unplugged camera does, and the app's camera picker shows it chosen.
        const cameras = (await enumerate()).filter((device) => device.kind === 'videoinput');
        const video = constraints?.video;
        const wanted =
          typeof video === 'object' && typeof video.deviceId === 'object' && !Array.isArray(video.deviceId)
            ? video.deviceId.exact
            : undefined;
        const wantedId = typeof wanted === 'string' ? wanted : undefined;
        if (wantedId !== undefined && !cameras.some((camera) => camera.deviceId === wantedId)) {
          throw new DOMException('Requested device not found', 'NotFoundError');
        }
        const deviceId = wantedId ?? cameras[0]?.deviceId ?? 'stepped-camera';
        // captureStream(0): a frame only when requestFrame() says so.
        const stream = canvas.captureStream(0);
        const current = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack;
        const settings = current.getSettings.bind(current);
        current.getSettings = () => ({ ...settings(), deviceId });
        track = current;
        if (!pumping) void pump();
        return stream;
      };
    },
    { count: frames.length, step },
  );
  return { framesShown: () => page.evaluate(() => window.__steppedCamera.shown) };
}
