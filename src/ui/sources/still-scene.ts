import { stillTimestamps } from '../../coach/still';
import type { DetectionResult } from '../../detection/detector-api';
import type { DetectorClient } from '../../detection/detector-client';
import { captureFrame } from './capture';

/**
 * A photo shown to the pose model as a still scene: the same picture at each of the scene's
 * timestamps (src/coach/still.ts), as a camera pointed at a motionless person would deliver it.
 * The model's tracking takes its region from the previous frame's landmarks, so the frames after
 * the first are what live tracking would see of that body, not only the first look of the
 * detector. The tracker starts afresh, and `picture` stays open (the caller closes it). Null
 * when `signal` aborts the scene (the person opened something else meanwhile).
 */
export async function detectStill(
  client: DetectorClient,
  picture: ImageBitmap,
  onResult?: (result: DetectionResult) => void,
  signal?: AbortSignal,
): Promise<DetectionResult[] | null> {
  await client.reset();
  const results: DetectionResult[] = [];
  for (const timestampMs of stillTimestamps()) {
    if (signal?.aborted) return null;
    const result = await client.detect(await captureFrame(picture), timestampMs);
    if (signal?.aborted) return null;
    results.push(result);
    onResult?.(result);
  }
  return results;
}
