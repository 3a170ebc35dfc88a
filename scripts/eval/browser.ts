/**
 * The browser side of the evaluation: builds the app, serves the production build on a free
 * local port, and opens eval.html in Debian's Chromium (never a downloaded browser), once for all
 * clips. Clips reach the page as files chosen in its file input (a blob URL), so seeking works
 * without a server of their own.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { build, preview, type PreviewServer } from 'vite';
import type { ModelVariant } from '../../src/detection/detector-api';
import type { BareModelResponse, EvalRequest, EvalResponse, PlaceResponse } from '../../src/eval-page';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export interface EvalPage {
  readonly delegate: string;
  readonly browserVersion: string;
  run(file: string, request: EvalRequest, onProgress: (done: number, total: number) => void): Promise<EvalResponse>;
  /** The bare model's rate now, on `frames` inferences over pictures of the clip `file`. */
  bareModel(file: string, frames: number): Promise<BareModelResponse>;
  /** Shows the photo `file` as a still scene and reads where it places the person in `exercise`. */
  place(file: string, exercise: string, withTrace?: boolean): Promise<PlaceResponse>;
  close(): Promise<void>;
}

export async function openEvalPage(model: ModelVariant, assist = true): Promise<EvalPage> {
  await build({ logLevel: 'warn' });
  let server: PreviewServer | null = null;
  let browser: Browser | null = null;
  try {
    server = await preview({ logLevel: 'warn', preview: { port: 0, strictPort: false, open: false } });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('the preview server did not start');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const page: Page = await browser.newPage();
    let listener: (done: number, total: number) => void = () => undefined;
    await page.exposeFunction('formCoachEvalProgress', (done: number, total: number) => listener(done, total));
    await page.goto(new URL('eval.html', url).href);
    const info = await page.evaluate(([variant, on]) => window.formCoachEval.init(variant, on), [
      model,
      assist,
    ] as const);
    const openServer = server;
    const openBrowser = browser;
    return {
      delegate: `${info.delegate} — ${info.delegateReason}`,
      browserVersion: `Chromium ${openBrowser.version()}`,
      async run(file, request, onProgress) {
        listener = onProgress;
        await page.locator('#clip').setInputFiles(file);
        return page.evaluate((r) => window.formCoachEval.run(r), request);
      },
      async bareModel(file, frames) {
        await page.locator('#clip').setInputFiles(file);
        return page.evaluate((n) => window.formCoachEval.bareModel(n), frames);
      },
      async place(file, exercise, withTrace = false) {
        await page.locator('#clip').setInputFiles(file);
        return page.evaluate(([id, trace]) => window.formCoachEval.place(id, trace), [exercise, withTrace] as const);
      },
      async close() {
        await openBrowser.close();
        await openServer.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server?.close();
    throw error;
  }
}
