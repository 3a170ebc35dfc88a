/**
 * A clip's frame rate and duration, read from its MP4 container with mp4box (GPAC's parser), so
 * the analysis can take every frame once: at the clip's own rate, capped at 30 fps.
 */
import { readFileSync } from 'node:fs';
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

/** The analysis rate for a clip: its own frame rate, at most 30 per second. */
export const analysisRate = (fps: number): number => Math.min(30, fps);
