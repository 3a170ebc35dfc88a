/**
 * A clip's frame rate and duration, read from its MP4 container with mp4box (GPAC's parser), so
 * the analysis can take every frame once: at the clip's own rate, capped at 30 fps. A fragmented
 * MP4 (phone and browser recordings) has no duration in its header: mediabunny, which reads the
 * fragments, gives it.
 */
import { readFileSync } from 'node:fs';
import { ALL_FORMATS, FilePathSource, Input } from 'mediabunny';
import { createFile, MP4BoxBuffer, type Movie } from 'mp4box';

export interface VideoInfo {
  readonly fps: number;
  readonly durationS: number;
}

/** The video track's mean frame rate and duration; throws when the file is not a readable MP4. */
export function readVideoInfo(path: string): VideoInfo {
  const bytes = readFileSync(path);
  const file = createFile();
  let movie: Movie | null = null;
  let failure = '';
  file.onReady = (info) => (movie = info);
  file.onError = (_module, message) => (failure = message);
  const buffer = MP4BoxBuffer.fromArrayBuffer(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    0,
  );
  file.appendBuffer(buffer);
  file.flush();
  const info = movie as Movie | null;
  const track = info?.videoTracks[0];
  if (!track) throw new Error(failure || 'no video track (not an MP4 the analysis can read)');
  const durationS = track.movie_duration / track.movie_timescale || track.duration / track.timescale;
  const mediaS = track.duration / track.timescale;
  return { fps: track.nb_samples / (mediaS || durationS), durationS };
}

/** As {@link readVideoInfo}, and for fragmented MP4s and other containers too (via mediabunny). */
export async function readAnyVideoInfo(path: string): Promise<VideoInfo> {
  let header: VideoInfo | null = null;
  try {
    header = readVideoInfo(path);
  } catch {
    // Not an MP4 mp4box reads: mediabunny may (WebM, MKV, MOV…).
  }
  if (header && header.durationS > 0 && Number.isFinite(header.fps)) return header;
  const input = new Input({ source: new FilePathSource(path), formats: ALL_FORMATS });
  try {
    const track = await input.getPrimaryVideoTrack();
    if (!track) throw new Error('no video track');
    const stats = await track.computePacketStats();
    return { fps: stats.averagePacketRate, durationS: await input.computeDuration() };
  } finally {
    input.dispose();
  }
}

/** The app's file analysis rate, and eval's unless `--rate` says otherwise. */
export const DEFAULT_MAX_RATE = 30;

/** The analysis rate for a clip: its own frame rate, at most `maxRate` (30) per second. */
export const analysisRate = (fps: number, maxRate = DEFAULT_MAX_RATE): number => Math.min(maxRate, fps);
