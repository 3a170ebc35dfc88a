import { msg, str } from '@lit/localize';
import { nameInSentence } from '../i18n/sentence';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ExerciseSpec } from '../coach/exercise';
import type { Pose } from '../pose/types';
import { controls } from '../ui/styles';
import type { Demonstration } from './demonstration';
import { findDemonstration } from './demonstrations';
import { drawDemoFrame, frameDemonstration, keyPoses, loopSamples, poseOf } from './draw-demo';
import type { Framing } from './draw-figure';

/** The card's animation runs at most this often: smooth enough for a slow move, half the work of 60. */
const FRAME_MS = 1000 / 30;

type TakeName = 'right' | 'fault';

/** One canvas: a take, looping or at a key frame. */
interface Panel {
  readonly canvas: HTMLCanvasElement;
  readonly take: TakeName;
  /** A key frame to hold still, or null to loop the take. */
  readonly still: 'rest' | 'peak' | null;
}

/**
 * An exercise shown by a figure made from its own puppet poses (see src/demo/demonstrations.ts).
 *
 * - `mode="card"`: the take looping at the card's tempo, the angle that matters labelled, and a
 *   "Not like this" toggle that puts the most common fault beside it. With
 *   `prefers-reduced-motion` each take is a still pair: where the move starts, and its peak.
 * - `mode="still"`: the figure at the peak, small, for the exercise picker.
 *
 * It draws only while on screen and the page is visible, and never during coaching: the card
 * that holds it is not on the page then. This file and its drawing are one lazily loaded chunk.
 */
@customElement('fc-demo')
export class FcDemo extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
      }
      .takes {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
        gap: 0.75rem;
      }
      figure {
        margin: 0;
      }
      .takes.stacked {
        grid-template-columns: 1fr;
      }
      .pair {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 0.25rem;
      }
      .pair.stacked {
        grid-template-columns: 1fr;
      }
      canvas {
        display: block;
        width: 100%;
        border-radius: 10px;
        background: radial-gradient(circle at 50% 35%, #263244, #141a23 75%);
      }
      figure.fault canvas {
        box-shadow: inset 0 0 0 2px var(--fc-danger, #ff7b72);
      }
      figcaption {
        margin-top: 0.35rem;
        font-weight: 600;
      }
      .right figcaption {
        color: var(--fc-accent, #40e0d0);
      }
      .fault figcaption {
        color: var(--fc-danger, #ff7b72);
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-top: 0.6rem;
      }
      /* Full screen: the figures as large as the screen allows, the buttons below. */
      :host(:fullscreen) {
        background: var(--fc-bg, #10151d);
        padding: 2vmin;
        overflow: auto;
      }
      :host(:fullscreen) .takes {
        max-width: min(100%, 150vh);
        margin: 0 auto;
      }
      :host([mode='still']) canvas {
        border-radius: 8px;
      }
    `,
  ];

  @property({ attribute: false }) exercise!: ExerciseSpec;
  @property({ reflect: true }) mode: 'card' | 'still' = 'card';
  @state() private showFault = false;
  @state() private fullscreen = false;

  private demo: Demonstration | undefined;
  /** A move lying down is long and low: its takes stack, full width, rather than sit side by side. */
  private wide = false;
  private samples: readonly Pose[] = [];
  private keys: Record<TakeName, { rest: Pose; peak: Pose }> | undefined;
  private framing: (Framing & { readonly height: number }) | undefined;
  private frameId = 0;
  private startedAt = 0;
  private lastDrawn = 0;
  private onScreen = true;
  private readonly reducedMotion =
    typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  private readonly resize = new ResizeObserver(() => {
    this.framing = undefined;
    this.drawAll(performance.now());
  });
  private visibility: IntersectionObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
    if (typeof IntersectionObserver === 'function') {
      this.visibility = new IntersectionObserver((entries) => {
        this.onScreen = entries.some((entry) => entry.isIntersecting);
        this.schedule();
      });
      this.visibility.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.frameId);
    this.frameId = 0;
    this.resize.disconnect();
    this.visibility?.disconnect();
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('exercise')) {
      this.demo = findDemonstration(this.exercise.id);
      this.framing = undefined;
      this.keys = undefined;
      this.samples = [];
      this.startedAt = performance.now();
      if (this.demo) {
        const { rest, peak } = keyPoses(this.demo);
        this.wide = frameDemonstration(this.demo, [rest, peak], 100, { min: 0, max: 10 }).height < 60;
      }
    }
  }

  override render() {
    const demo = this.demo;
    if (!demo) return nothing;
    if (this.mode === 'still') {
      return html`<canvas
        data-take="right"
        data-still="peak"
        role="img"
        aria-label=${msg(str`${this.exercise.name}, at the peak of the move`)}
      ></canvas>`;
    }
    const name = nameInSentence(this.exercise.name);
    const caption = demo.fault.caption;
    // Whole sentences per form, so each language orders them its own way.
    const right = this.reducedMotion
      ? msg(str`the start and the peak of the ${name}, done right`)
      : msg(str`a figure doing the ${name}, done right`);
    const wrong = this.reducedMotion
      ? msg(str`the start and the peak of the ${name}, done wrong: ${caption}`)
      : msg(str`a figure doing the ${name}, done wrong: ${caption}`);
    return html`
      <div class=${this.reducedMotion || this.wide ? 'takes stacked' : 'takes'}>
        ${this.renderTake('right', msg('Like this'), right)}
        ${this.showFault ? this.renderTake('fault', msg(str`Not like this: ${caption}`), wrong) : nothing}
      </div>
      <div class="buttons">
        <button class="toggle" aria-pressed=${this.showFault ? 'true' : 'false'} @click=${this.toggleFault}>
          ${this.showFault ? msg('Hide the wrong way') : msg('Not like this…')}
        </button>
        ${
          typeof this.requestFullscreen === 'function'
            ? html`<button @click=${this.toggleFullscreen}>
                ${this.fullscreen ? msg('Exit full screen') : msg('Full screen')}
              </button>`
            : nothing
        }
      </div>
    `;
  }

  private renderTake(take: TakeName, caption: string, label: string) {
    const canvases = this.reducedMotion
      ? html`<div class=${this.wide ? 'pair stacked' : 'pair'}>
          <canvas data-take=${take} data-still="rest" role="img" aria-label=${msg(str`${label}: start`)}></canvas>
          <canvas data-take=${take} data-still="peak" role="img" aria-label=${msg(str`${label}: peak`)}></canvas>
        </div>`
      : html`<canvas data-take=${take} role="img" aria-label=${label}></canvas>`;
    return html`<figure class=${take}>
      ${canvases}
      <figcaption>${take === 'right' ? '✓ ' : '✗ '}${caption}</figcaption>
    </figure>`;
  }

  override updated(): void {
    this.resize.disconnect();
    for (const canvas of this.canvases()) this.resize.observe(canvas.canvas);
    this.framing = undefined;
    this.drawAll(performance.now());
  }

  private readonly toggleFault = (): void => {
    this.showFault = !this.showFault;
  };

  private readonly onVisibilityChange = (): void => this.schedule();

  private readonly toggleFullscreen = (): void => {
    const leaving = document.fullscreenElement === this;
    const change = leaving ? document.exitFullscreen() : this.requestFullscreen();
    // Refused (an iframe without permission): the card stays as it is.
    change.catch(() => undefined);
  };

  private readonly onFullscreenChange = (): void => {
    this.fullscreen = document.fullscreenElement === this;
  };

  private canvases(): Panel[] {
    return Array.from(this.renderRoot.querySelectorAll('canvas')).map((canvas) => ({
      canvas,
      take: canvas.dataset.take === 'fault' ? 'fault' : 'right',
      still: canvas.dataset.still === 'rest' ? 'rest' : canvas.dataset.still === 'peak' ? 'peak' : null,
    }));
  }

  private get animating(): boolean {
    return this.mode === 'card' && !this.reducedMotion && this.onScreen && document.visibilityState !== 'hidden';
  }

  private schedule(): void {
    if (this.frameId !== 0 || !this.animating || !this.isConnected) return;
    this.frameId = requestAnimationFrame((now) => {
      this.frameId = 0;
      if (now - this.lastDrawn >= FRAME_MS - 2) this.drawAll(now);
      this.schedule();
    });
  }

  /** Draws every canvas at time `now` (loops) or at its key frame (stills). */
  private drawAll(now: number): void {
    const demo = this.demo;
    const exercise = this.exercise;
    if (!demo) return;
    const panels = this.canvases();
    const first = panels[0]?.canvas;
    if (!first || first.clientWidth === 0) return;
    this.lastDrawn = now;
    this.keys ??= { right: keyPoses(demo, 'right'), fault: keyPoses(demo, 'fault') };
    if (this.samples.length === 0) {
      // A still frames its own two key frames (the picker draws 25 of them); a card frames the loop.
      this.samples = this.mode === 'still' ? [this.keys.right.rest, this.keys.right.peak] : loopSamples(demo);
    }
    const width = first.clientWidth;
    const aspect = this.mode === 'still' ? { min: 0.75, max: 0.75 } : { min: this.wide ? 0.3 : 0.55, max: 1.1 };
    this.framing ??= frameDemonstration(demo, this.samples, width, aspect);
    const framing = this.framing;
    const height = framing.height;
    for (const panel of panels) {
      const { rest, peak } = this.keys[panel.take];
      const timeline = demo[panel.take].timeline;
      const tMs = (now - this.startedAt) % timeline.durationMs;
      const pose = panel.still ? (panel.still === 'rest' ? rest : peak) : poseOf(demo, timeline.at(tMs));
      const held = panel.still ? undefined : demo[panel.take].holds?.find((h) => tMs >= h.startMs && tMs < h.endMs);
      this.paint(panel.canvas, width, height, (context) => {
        drawDemoFrame(context, demo, exercise, pose, framing, panel.take, {
          width,
          height,
          marks: this.mode === 'card',
          rest,
          peak,
        });
        if (this.mode === 'card' && panel.still)
          stepLabel(context, panel.still === 'rest' ? msg('1 · start') : msg('2 · peak'));
        // A held stretch is still on purpose: the seconds say so (and how long to stay).
        if (held)
          stepLabel(
            context,
            msg(
              str`hold ${Math.floor((tMs - held.startMs) / 1000) + 1} s of ${Math.round((held.endMs - held.startMs) / 1000)}`,
            ),
          );
      });
    }
    this.schedule();
  }

  private paint(
    canvas: HTMLCanvasElement,
    width: number,
    height: number,
    draw: (context: CanvasRenderingContext2D) => void,
  ) {
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.height = `${height}px`;
    }
    const context = canvas.getContext('2d');
    if (!context) return;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    draw(context);
  }
}

/** Which of the still pair this is, top left: the order is the lesson. */
function stepLabel(context: CanvasRenderingContext2D, text: string): void {
  context.save();
  context.font = '700 12px system-ui, sans-serif';
  context.textBaseline = 'top';
  context.fillStyle = 'rgb(255 255 255 / 85%)';
  context.fillText(text, 8, 8);
  context.restore();
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-demo': FcDemo;
  }
}
