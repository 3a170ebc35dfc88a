/**
 * Recorded videos decoded straight through with WebCodecs: mediabunny demuxes the file (MP4/MOV,
 * fragmented or not, WebM/MKV) and runs the browser's VideoDecoder; each decoded frame that an
 * analysis time falls in is scaled exactly as the seek path scales the video element's picture
 * and handed to the pose worker. No seeking, so the model, not the decoder, sets the pace.
 */
import { msg } from '@lit/localize';
import { ALL_FORMATS, BlobSource, Input, VideoSampleSink, type InputVideoTrack, type VideoSample } from 'mediabunny';
import type { DetectionResult } from '../../detection/detector-api';
import type { DetectorClient } from '../../detection/detector-client';
import { captureFrame } from './capture';
import { chooseDecodePath, type DecodePath } from './decode-path';
import { ABORTED, FILE_STALL_MS, within } from './file-break';
import { AnswersInOrder } from './answers-in-order';
import { FrameSelector } from './frame-selection';

/**
 * Frames of a file with the worker at once: the next one waits there while the model works on
 * one, so the model never waits for a round trip to the page (measured: idle 11–26% of the time
 * with one), and the page has a frame's inference time to decode and scale the one after.
 */
export const FILE_FRAMES_IN_FLIGHT = 2;

/** A file opened for decoding, or why it cannot be decoded directly. */
export type DecodableFile =
  | { readonly path: { readonly kind: 'webcodecs' }; readonly track: InputVideoTrack; readonly input: Input }
  | { readonly path: Extract<DecodePath, { kind: 'seek' }> };

/** Opens `file` with mediabunny and asks the browser whether it can decode its video track. */
export async function openDecodable(file: Blob): Promise<DecodableFile> {
  const videoDecoder = typeof VideoDecoder !== 'undefined';
  if (!videoDecoder) return seekOnly({ videoDecoder });
  const input = new Input({ source: new BlobSource(file), formats: ALL_FORMATS });
  let track: InputVideoTrack | null = null;
  try {
    track = await input.getPrimaryVideoTrack();
  } catch {
    // An unknown or damaged container: the video element may still play it.
  }
  const codecSupported = track ? await track.canDecode().catch(() => false) : false;
  const rotated = track ? (await track.getRotation()) !== 0 : false;
  const path = chooseDecodePath({ videoDecoder, videoTrack: track !== null, codecSupported, rotated });
  if (path.kind === 'webcodecs' && track) return { path, track, input };
  input.dispose();
  return { path: path.kind === 'seek' ? path : { kind: 'seek', reason: msg('no video track') } };
}

function seekOnly(abilities: { videoDecoder: boolean }): DecodableFile {
  const path = chooseDecodePath({ ...abilities, videoTrack: false, codecSupported: false, rotated: false });
  return { path: path.kind === 'seek' ? path : { kind: 'seek', reason: msg('no WebCodecs VideoDecoder') } };
}

export interface DecodedAnalysisOptions {
  /**
   * The colour space the video element shows the file in (see {@link shownColorSpace}): decoded
   * frames are read in it, so both paths turn the same YUV into the same RGB.
   */
  readonly colorSpace?: VideoColorSpaceInit | null;
  readonly signal?: AbortSignal;
  readonly onFrame?: (result: DetectionResult, index: number, total: number) => void;
  /** No decoded frame for this long: rejects with `DecodeStalledError` (default `FILE_STALL_MS`). */
  readonly stallMs?: number;
  /** Frames with the worker at once (default {@link FILE_FRAMES_IN_FLIGHT}). */
  readonly framesInFlight?: number;
}

/**
 * Analyses `times` (seconds, increasing) of a decodable track: decodes in presentation order,
 * gives each time the frame the seek path would show (see `FrameSelector`), and keeps
 * {@link FILE_FRAMES_IN_FLIGHT} frames in the worker while the next is decoded and scaled; results
 * reach `onFrame` in the order of the times. Detector timestamps are the analysed times.
 * Resolves with the number of frames analysed (fewer than `times` when `signal` aborts). A
 * decoder that gives no frame for `stallMs` rejects with `DecodeStalledError`, once every frame
 * sent to the worker has been answered (so `onFrame` has had all that was analysed).
 */
export async function analyseDecoded(
  track: InputVideoTrack,
  times: readonly number[],
  client: Pick<DetectorClient, 'detect'>,
  {
    signal,
    onFrame,
    colorSpace = null,
    stallMs = FILE_STALL_MS,
    framesInFlight = FILE_FRAMES_IN_FLIGHT,
  }: DecodedAnalysisOptions = {},
): Promise<number> {
  const first = times[0];
  if (first === undefined) return 0;
  const selector = new FrameSelector(times);
  const sink = new VideoSampleSink(track);
  const answers = new AnswersInOrder<DetectionResult>(framesInFlight, (result, index) =>
    onFrame?.(result, index, times.length),
  );

  // One buffer for every frame's relabelling copy (3 MB at 1080p, 30 times a second otherwise).
  const scratch: Scratch = { buffer: null };
  const analyse = async (sample: VideoSample, indices: readonly number[]): Promise<void> => {
    if (indices.length === 0) return;
    const frame = await inColorSpace(sample.toVideoFrame(), colorSpace, scratch);
    try {
      for (const index of indices) {
        if (signal?.aborted) return;
        const bitmap = await captureFrame(frame);
        // Made while the worker had frames to work on; sent once it is down to its last one.
        await answers.room();
        const time = times[index] ?? 0;
        answers.add(client.detect(bitmap, time * 1000, framesInFlight), index);
      }
    } finally {
      frame.close();
    }
  };

  // A frame's times are known when the next frame starts: each is held until then.
  let held: VideoSample | null = null;
  // From a little before the first time: mediabunny starts at the frame it thinks shows that
  // time, and at a boundary its rule (the last frame starting at or before) and Chromium's
  // (whole microseconds, see FrameSelector) may differ. Earlier frames simply serve nothing.
  // Iterated by hand so that each wait for a decoded frame has a time limit (a decoder that never
  // answers would otherwise hang the analysis) and ends at once on Cancel.
  const samples = sink.samples(Math.max(0, first - 1));
  let waiting: Promise<IteratorResult<VideoSample>> | null = null;
  try {
    for (;;) {
      waiting = samples.next();
      const next = await within(waiting, stallMs, signal);
      if (next === ABORTED) break;
      waiting = null;
      if (next.done) break;
      const sample = next.value;
      const indices = selector.push(sample.timestamp);
      if (held) {
        await analyse(held, indices);
        held.close();
      }
      held = sample;
      if (signal?.aborted || selector.remaining === 0) break;
    }
    if (held && !signal?.aborted && selector.remaining > 0 && !waiting) {
      const last: VideoSample = held;
      // A file cut short ends its frames before its index says: mediabunny reads a frame whose
      // bytes are missing as the end. The last frame then serves only its own time, not the rest.
      const endS = last.timestamp + last.duration;
      // An end that cannot be read from the index is no evidence of a cut: the file is taken as whole.
      const indexedEndS = await track.computeDuration().catch(() => endS);
      if (endS < indexedEndS - BROKEN_OFF_TOLERANCE_S) {
        await analyse(last, selector.push(endS));
        throw new TruncatedFileError(endS);
      }
      await analyse(last, selector.finish());
    }
  } finally {
    held?.close();
    if (waiting) {
      // Stalled or cancelled mid-wait: the iterator is busy and would answer `return` only after
      // its wait, maybe never. It is left to the input's disposal; a frame it still gives is closed.
      void waiting.then((late) => late.done || late.value.close()).catch(() => undefined);
    } else {
      await samples.return(undefined);
    }
    await answers.all();
  }
  return answers.handed;
}

/** The frames end this much before the track's end in its index: a file cut short, not rounding. */
const BROKEN_OFF_TOLERANCE_S = 0.001;

/** The file's frames stopped before the end its index gives (a file cut short part-way). */
export class TruncatedFileError extends Error {
  override readonly name = 'TruncatedFileError';
  constructor(readonly endS: number) {
    super(`its pictures stop at ${endS.toFixed(2)} s`);
  }
}

/**
 * The colour space a loaded video element presents its frames in. Where a file does not say
 * (most phone and web videos), Chromium's media player assumes BT.601 (smpte170m) while mediabunny
 * configures the decoder with BT.709, Chromium's GPU default: the same YUV then becomes RGB values
 * up to 12 levels apart, enough to move landmarks and, now and then, a count.
 */
export function shownColorSpace(video: HTMLVideoElement): VideoColorSpaceInit | null {
  try {
    const frame = new VideoFrame(video);
    const space = frame.colorSpace.toJSON();
    frame.close();
    return space;
  } catch {
    return null; // nothing presented yet: decoded frames keep their own colour space
  }
}

const sameSpace = (a: VideoColorSpaceInit, b: VideoColorSpaceInit): boolean =>
  a.primaries === b.primaries && a.matrix === b.matrix && a.transfer === b.transfer && a.fullRange === b.fullRange;

/** A buffer kept from one frame to the next. */
interface Scratch {
  buffer: Uint8Array | null;
}

/**
 * `frame`, labelled with `space` instead of its own (its YUV planes copied once: a VideoFrame made
 * from a frame cannot change the label). Closes `frame` when it makes a new one. The planes pass
 * through `scratch`, reused: the new frame holds its own copy.
 */
async function inColorSpace(
  frame: VideoFrame,
  space: VideoColorSpaceInit | null,
  scratch: Scratch,
): Promise<VideoFrame> {
  const format = frame.format;
  if (!space || !format || sameSpace(frame.colorSpace.toJSON(), space)) return frame;
  try {
    // copyTo copies the visible rectangle: the new frame is just that.
    const size = frame.allocationSize();
    if (!scratch.buffer || scratch.buffer.byteLength < size) scratch.buffer = new Uint8Array(size);
    const data = scratch.buffer.subarray(0, size);
    const layout = await frame.copyTo(data);
    return new VideoFrame(data, {
      format,
      codedWidth: frame.visibleRect?.width ?? frame.codedWidth,
      codedHeight: frame.visibleRect?.height ?? frame.codedHeight,
      displayWidth: frame.displayWidth,
      displayHeight: frame.displayHeight,
      timestamp: frame.timestamp,
      layout,
      colorSpace: space,
    });
  } finally {
    frame.close();
  }
}
