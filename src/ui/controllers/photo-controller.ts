import { msg } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DetectionResult } from '../../detection/detector-api';
import type { DetectorClient } from '../../detection/detector-client';
import { detectStill } from '../sources/still-scene';
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
  /** Aborts the still scene under way when the photo is closed. */
  private scene: AbortController | null = null;

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
      throw new UnreadableFileError(msg('is not an image this browser can read'));
    }
    this.url = URL.createObjectURL(file);
    this.host.requestUpdate();
  }

  /**
   * The photo shown to the pose model as a still scene (src/ui/sources/still-scene.ts), each
   * frame's result given to `onResult` as it comes; the picture is released afterwards. Null when
   * the photo was closed meanwhile.
   */
  async detect(client: DetectorClient, onResult: (result: DetectionResult) => void): Promise<DetectionResult[] | null> {
    const bitmap = this.bitmap;
    if (!bitmap) return null;
    this.bitmap = null;
    const scene = new AbortController();
    this.scene = scene;
    try {
      return await detectStill(client, bitmap, onResult, scene.signal);
    } finally {
      bitmap.close();
      if (this.scene === scene) this.scene = null;
    }
  }

  stop(): void {
    this.scene?.abort();
    this.scene = null;
    this.bitmap?.close();
    this.bitmap = null;
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = '';
    this.host.requestUpdate();
  }
}
