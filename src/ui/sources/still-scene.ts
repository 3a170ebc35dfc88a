import { stillTimestamps } from '../../coach/still';
import type { DetectionResult } from '../../detection/detector-api';
import type { DetectorClient } from '../../detection/detector-client';
import { captureFrame } from './capture';

/**
 * A photo shown to the pose model as a still scene: the same picture at each of the scene's
 * timestamps (src/coach/still.ts), as a camera pointed at a motionless person would deliver it.
 * The model's tracking takes its region from the previous frame's landmarks, so the frames after
 * the first are what live tracking would see of that body, not only the first look of the
 * detector. The tracker starts afresh, and `picture` stays open (the caller closes it).
 */
export async function detectStill(
  client: DetectorClient,
  picture: ImageBitmap,
  onResult?: (result: DetectionResult) => void,
): Promise<DetectionResult[]> {
  await client.reset();
  const results: DetectionResult[] = [];
  for (const timestampMs of stillTimestamps()) {
    const result = await client.detect(await captureFrame(picture), timestampMs);
    results.push(result);
    onResult?.(result);
  }
  return results;
}
