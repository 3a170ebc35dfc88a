import { msg } from '@lit/localize';
import { ContextProvider } from '@lit/context';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { FileDropController } from '../controllers/file-drop-controller';
import { detectorContext, WorkerDetectorService } from '../detector/detector-service';
import '../detector/fc-detector-notice';
import type { FcEvent } from '../events';
import type { FcExerciseFlow } from '../exercise/fc-exercise-flow';
import { unsupportedProblem } from '../problems';
import { missingFeatures } from '../support';
import '../exercise/fc-exercise-flow';
import '../history/fc-history';
import '../history/fc-unfinished';
import '../pwa/fc-update-prompt';
import '../report/fc-report';
import '../routines/fc-routines-page';
import '../settings/fc-language-picker';
import './fc-accuracy';
import './fc-problem';
import './fc-storage-notice';

type Page = 'exercises' | 'routines' | 'history' | 'report' | 'accuracy';
const PAGES: Partial<Record<string, Page>> = {
  '#accuracy': 'accuracy',
  '#routines': 'routines',
  '#history': 'history',
  '#report': 'report',
};

/**
 * The app's shell: the header and its pages (single exercises, routines, history, accuracy) by the
 * address's hash, the page's one pose detector (provided to every flow as a context), a file
 * dropped anywhere, and the message when the browser cannot run Form Coach at all.
 */
@customElement('fc-app')
export class FcApp extends LitElement {
  static override styles = css`
    :host {
      display: block;
      min-height: 100vh;
      color: var(--fc-text, #e8edf3);
      background: var(--fc-bg, #111722);
    }
    :host(.dragging) main {
      outline: 3px dashed var(--fc-accent, #40e0d0);
      outline-offset: -12px;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.5rem 1rem;
      padding: 1rem 1.5rem;
    }
    h1 {
      margin: 0;
      font-size: 1.25rem;
    }
    header p {
      margin: 0;
      opacity: 0.7;
    }
    /* The pages and the language, at the header's right end; below the title when they do not fit. */
    .end {
      margin-left: auto;
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      align-items: baseline;
      gap: 0.5rem 1.5rem;
    }
    nav {
      display: flex;
      gap: 1.25rem;
    }
    nav a {
      color: inherit;
      text-decoration: none;
      padding-bottom: 0.15rem;
    }
    nav a[aria-current='page'] {
      border-bottom: 2px solid var(--fc-accent, #40e0d0);
    }
    main {
      padding: 0 1.5rem 2rem;
      max-width: 72rem;
      margin: 0 auto;
    }
    /* Printing is for the report: the page's own content in black on white, without the chrome. */
    @media print {
      :host {
        color: #000;
        background: #fff;
      }
      header,
      fc-update-prompt,
      fc-detector-notice,
      fc-unfinished {
        display: none;
      }
      main {
        padding: 0;
        max-width: none;
      }
    }
  `;

  @state() private page: Page = 'exercises';
  /** The exercise in the address (`#exercise=<id>`), opened at its set-up page. */
  @state() private exerciseId = '';
  /** A session runs on the exercises page: the navigation steps aside. */
  @state() private running = false;
  /** An unfinished session the person chose to resume. */
  @state() private resumeId = '';

  @query('fc-exercise-flow') private readonly flow!: FcExerciseFlow | null;

  private readonly unsupported = missingFeatures();
  private readonly detector = new WorkerDetectorService();
  /** Every flow on the page asks this element for the detector: one worker, one model load. */
  private readonly detectorProvider = new ContextProvider(this, {
    context: detectorContext,
    initialValue: this.detector,
  });
  private readonly fileDrop = new FileDropController(this, (file) => void this.onDrop(file));

  override connectedCallback(): void {
    super.connectedCallback();
    this.selectFromHash();
    window.addEventListener('hashchange', this.selectFromHash);
    // The page's description (shared links, bookmarks) in the page's language; index.html holds the English.
    document
      .querySelector('meta[name=description]')
      ?.setAttribute(
        'content',
        msg('Form Coach counts your reps and corrects your form, live in the browser. No video leaves your device.'),
      );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.selectFromHash);
    this.detector.dispose();
  }

  override render() {
    const page = this.page;
    const exercises = page === 'exercises' || this.running;
    return html`
      <header>
        <h1>Form Coach</h1>
        <p>${msg('Your movements, seen and coached — on this device only.')}</p>
        <div class="end">
          ${
            this.running
              ? nothing
              : html`<nav aria-label=${msg('Pages')}>
                  <a href="#" aria-current=${page === 'exercises' ? 'page' : 'false'} @click=${this.backToPicker}
                    >${msg('Exercises')}</a
                  >
                  <a href="#routines" aria-current=${page === 'routines' ? 'page' : 'false'}>${msg('Routines')}</a>
                  <a href="#history" aria-current=${page === 'history' || page === 'report' ? 'page' : 'false'}
                    >${msg('History')}</a
                  >
                  <a href="#accuracy" aria-current=${page === 'accuracy' ? 'page' : 'false'}>${msg('Accuracy')}</a>
                </nav>`
          }
          <fc-language-picker ?busy=${this.running}></fc-language-picker>
        </div>
      </header>
      <main>
        <fc-update-prompt ?busy=${this.running}></fc-update-prompt>
        <fc-detector-notice></fc-detector-notice>
        <fc-storage-notice></fc-storage-notice>
        ${
          this.unsupported.length > 0
            ? html`<fc-problem
                .problem=${unsupportedProblem(this.unsupported)}
                @fc-action=${() => location.reload()}
              ></fc-problem>`
            : nothing
        }
        ${
          !this.running && page !== 'routines' && page !== 'report'
            ? html`<fc-unfinished @fc-resume=${this.onResume}></fc-unfinished>`
            : nothing
        }
        <fc-exercise-flow
          ?hidden=${!exercises}
          ?unsupported=${this.unsupported.length > 0}
          exerciseId=${this.exerciseId}
          @fc-running=${(event: FcEvent<'fc-running'>) => (this.running = event.detail.running)}
        ></fc-exercise-flow>
        ${
          exercises
            ? nothing
            : page === 'accuracy'
              ? html`<fc-accuracy></fc-accuracy>`
              : page === 'routines'
                ? html`<fc-routines-page resumeId=${this.resumeId}></fc-routines-page>`
                : page === 'report'
                  ? html`<fc-report></fc-report>`
                  : html`<fc-history></fc-history>`
        }
      </main>
    `;
  }

  private selectFromHash = (): void => {
    this.page = PAGES[location.hash] ?? 'exercises';
    this.exerciseId = new URLSearchParams(location.hash.slice(1)).get('exercise') ?? '';
  };

  private backToPicker = (event: Event): void => {
    event.preventDefault();
    this.page = 'exercises';
    this.exerciseId = '';
    this.flow?.showPicker();
    history.replaceState(null, '', location.pathname + location.search);
  };

  private onResume = (event: FcEvent<'fc-resume'>): void => {
    this.resumeId = event.detail.id;
    location.hash = '#routines';
  };

  /** A file dropped anywhere is analysed on the exercises page. */
  private async onDrop(file: File): Promise<void> {
    if (this.unsupported.length > 0) return;
    this.page = 'exercises';
    await this.updateComplete;
    this.flow?.openDropped(file);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fc-app': FcApp;
  }
}
