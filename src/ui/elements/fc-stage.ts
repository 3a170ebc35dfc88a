import { msg } from '@lit/localize';
import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { LandmarkName } from '../../pose/landmarks';
import type { PoseFrame } from '../../pose/types';
import { drawCoaching, type ArcLabel } from '../draw-coaching';
import { probe } from '../../perf/probe';
import { drawSkeleton } from '../draw-skeleton';
import { containRect } from '../geometry';

/**
 * The video (or photo) with the skeleton drawn exactly over it: the canvas covers the same box,
 * the picture is letterboxed inside it, and mirroring flips both the same way.
 */
@customElement('fc-stage')
export class FcStage extends LitElement {
  static override styles = css`
    :host {
      position: relative;
      display: block;
      background: #000;
      border-radius: var(--fc-radius, 12px);
      overflow: hidden;
      aspect-ratio: 16 / 9;
    }
    video,
    img,
    canvas {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      object-fit: contain;
    }
    img[hidden],
    video[hidden] {
      display: none;
    }
    .mirrored {
      transform: scaleX(-1);
    }
    canvas {
      pointer-events: none;
    }
    ::slotted(*) {
      position: absolute;
    }
  `;

  /** Show the picture as a mirror (selfie view); landmarks stay MediaPipe's left/right. */
  @property({ type: Boolean }) mirrored = false;
  /** The pose to draw, in the coordinates of the picture shown. */
  @property({ attribute: false }) frame: PoseFrame | null = null;
  /** Angles to draw at their joints, and joints to ring as faulty. */
  @property({ attribute: false }) arcs: readonly ArcLabel[] = [];
  @property({ attribute: false }) faultyJoints: readonly LandmarkName[] = [];
  /** A photo to show instead of the video. */
  @property() photo = '';

  @query('video') readonly video!: HTMLVideoElement;
  @query('canvas') private readonly canvas!: HTMLCanvasElement | null;
  /** The frame last drawn, so the benchmark's probe hears of each frame once. */
  private drawnTimestampMs = Number.NaN;
  private readonly resizeObserver = new ResizeObserver(() => this.draw());

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
  }

  override render() {
    const mirror = this.mirrored ? 'mirrored' : '';
    return html`
      <video class=${mirror} ?hidden=${Boolean(this.photo)} playsinline muted disablepictureinpicture></video>
      <img
        class=${mirror}
        ?hidden=${!this.photo}
        src=${this.photo || 'data:,'}
        alt=${msg('The photo being analysed')}
      />
      <canvas part="overlay" aria-hidden="true"></canvas>
      <slot></slot>
    `;
  }

  protected override updated(): void {
    this.draw();
  }

  /** Redraws the overlay for the current frame at the canvas's current size. */
  draw(): void {
    const canvas = this.canvas;
    if (!canvas) return;
    const { clientWidth: width, clientHeight: height } = canvas;
    const scale = window.devicePixelRatio || 1;
    const pixelWidth = Math.round(width * scale);
    const pixelHeight = Math.round(height * scale);
    if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
      canvas.width = pixelWidth;
      canvas.height = pixelHeight;
    }
    const context = canvas.getContext('2d');
    if (!context) return;
    context.setTransform(scale, 0, 0, scale, 0, 0);
    context.clearRect(0, 0, width, height);
    const frame = this.frame;
    const pose = frame?.poses[0];
    if (frame && frame.timestampMs !== this.drawnTimestampMs) {
      this.drawnTimestampMs = frame.timestampMs;
      probe.overlayDrawn(frame.timestampMs, Boolean(pose));
    }
    if (!frame || !pose) return;
    const picture = containRect(frame.imageWidth, frame.imageHeight, width, height);
    drawSkeleton(context, pose, picture, this.mirrored);
    drawCoaching(context, pose, picture, this.mirrored, this.arcs, this.faultyJoints);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-stage': FcStage;
  }
}
