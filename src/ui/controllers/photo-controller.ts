import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DetectionResult } from '../../detection/detector-api';
import type { DetectorClient } from '../../detection/detector-client';
import { captureFrame } from '../sources/capture';
import { UnreadableFileError } from '../sources/video-file';

/**
 * Owns one photo at a time: the decoded picture (closed once analysed) and the object URL the
 * stage shows it from (revoked when stopped or when the host leaves the page).
 */
export class PhotoController implements ReactiveController {
  name = '';
  /** What the stage shows; '' when no photo is open. */
  url = '';
  private bitmap: ImageBitmap | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stop();
  }

  /** Decodes `file`; rejects with `UnreadableFileError` when it is not an image the browser reads. */
  async open(file: File): Promise<void> {
    this.stop();
    this.name = file.name;
    try {
      this.bitmap = await createImageBitmap(file);
    } catch {
      throw new UnreadableFileError('is not an image this browser can read');
    }
    this.url = URL.createObjectURL(file);
    this.host.requestUpdate();
  }

  /** The photo's pose, analysed once; the picture is released afterwards. */
  async detect(client: DetectorClient): Promise<DetectionResult | null> {
    const bitmap = this.bitmap;
    if (!bitmap) return null;
    this.bitmap = null;
    try {
      await client.reset();
      return await client.detect(await captureFrame(bitmap), 0);
    } finally {
      bitmap.close();
    }
  }

  stop(): void {
    this.bitmap?.close();
    this.bitmap = null;
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = '';
    this.host.requestUpdate();
  }
}
