import type { DetectorClient } from '../../detection/detector-client';
import { probe } from '../../perf/probe';
import { captureLive } from './capture';

/**
 * Feeds every new frame of a playing video element (the camera) to the detector client, which
 * keeps one in flight and lets the latest win. Uses requestVideoFrameCallback, so a frame is
 * captured once when it is presented, never by polling.
 */
export class LiveFrames {
  private running = false;
  private handle = 0;

  constructor(
    private readonly video: HTMLVideoElement,
    private readonly client: DetectorClient,
    private readonly onCaptureError: (error: unknown) => void,
    /** Each camera frame as it arrives (for the analysed-to-delivered rate). */
    private readonly onArrived: (nowMs: number) => void = () => undefined,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule();
  }

  stop(): void {
    this.running = false;
    this.video.cancelVideoFrameCallback(this.handle);
    this.client.discardWaiting();
  }

  private schedule(): void {
    this.handle = this.video.requestVideoFrameCallback((now, metadata) => {
      if (!this.running) return;
      this.schedule();
      probe.frameArrived(now, metadata.captureTime);
      this.onArrived(now);
      void this.capture(now);
    });
  }

  private async capture(nowMs: number): Promise<void> {
    if (this.video.videoWidth === 0) return;
    try {
      const frame = await captureLive(this.video);
      if (this.running) this.client.offer(frame, nowMs);
      else {
        frame.close();
        probe.bitmapReleased();
      }
    } catch (error) {
      if (this.running) this.onCaptureError(error);
    }
  }
}
