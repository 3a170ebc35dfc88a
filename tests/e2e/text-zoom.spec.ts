import type { Page } from '@playwright/test';
import { PROGRESS_HISTORY } from '../support/progress-history';
import { expect, test } from './fixtures';
import { seedSessions } from './routines';

/**
 * Accessibility (issue 17, WCAG 1.4.4): text scales to 200 % without loss. At a 1280×720 window
 * the root font size is doubled (what a person's "very large" text setting does), and on each
 * main page every piece of text must have grown, stay inside the window (unless in something
 * that scrolls), not be cut off by a box that hides its overflow, and not lie on top of other text.
 * A screenshot of each page at 200 % is kept in the test's output for a person to look at.
 */
test.use({ viewport: { width: 1280, height: 720 } });

interface TextLoss {
  readonly text: string;
  readonly problem: string;
}

declare global {
  interface Window {
    /** Each text node's font size at 100 %, by node. */
    __fontAt100: Map<Text, number>;
    __collectText: () => FoundText[];
  }
}

interface FoundText {
  readonly node: Text;
  readonly parent: Element;
  readonly rects: DOMRect[];
}

/** Puts in the page a function that finds every rendered text node with words, shadow roots included. */
async function installCollector(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__collectText = () => {
      const nodes: FoundText[] = [];
      const walk = (root: Node) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
        for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
          if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
          if (!(node instanceof Text) || !node.data.trim()) continue;
          const parent = node.parentElement;
          if (!parent || parent.closest('style, script, template, option, [hidden]')) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
          const style = getComputedStyle(parent);
          // Not rendered: hidden, or inside a closed <details>.
          if (rects.length === 0 || style.visibility === 'hidden' || !parent.checkVisibility()) continue;
          nodes.push({ node, parent, rects });
        }
      };
      walk(document);
      return nodes;
    };
  });
}

async function rememberFontSizes(page: Page): Promise<void> {
  await installCollector(page);
  // A page reached by a link (a hash change) is the same document: back to 100 % first.
  await page.evaluate(() => (document.documentElement.style.fontSize = ''));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.evaluate(() => {
    window.__fontAt100 = new Map();
    for (const { node, parent } of window.__collectText())
      window.__fontAt100.set(node, parseFloat(getComputedStyle(parent).fontSize));
  });
}

/** Doubles the root font size and lists every piece of text lost at 200 %. */
async function textLossAt200(page: Page): Promise<TextLoss[]> {
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  // Two frames: layout and Lit's re-render (sizes read in script) settle.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => {
    const found = window.__collectText();
    const losses: { text: string; problem: string }[] = [];
    const up = (element: Element): Element | null => {
      if (element.parentElement) return element.parentElement;
      const root = element.getRootNode();
      return root instanceof ShadowRoot ? root.host : null;
    };
    const scrolls = (style: CSSStyleDeclaration) => /auto|scroll/.test(style.overflowX + style.overflowY);
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1)
      losses.push({ text: '(page)', problem: `scrolls sideways: ${document.documentElement.scrollWidth} > ${width}` });
    for (const { node, parent, rects } of found) {
      const text = node.data.trim().slice(0, 60);
      const before = window.__fontAt100.get(node);
      const now = parseFloat(getComputedStyle(parent).fontSize);
      // Text that did not grow (a size in px) is lost for someone who needs it larger.
      if (before !== undefined && now < before * 1.5) losses.push({ text, problem: `font ${before}px → ${now}px` });
      let inScroller = false;
      for (let box = up(parent); box; box = up(box)) {
        const style = getComputedStyle(box);
        if (scrolls(style)) {
          inScroller = true;
          break;
        }
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const clip = box.getBoundingClientRect();
        for (const r of rects)
          if (r.left < clip.left - 1 || r.right > clip.right + 1 || r.top < clip.top - 1 || r.bottom > clip.bottom + 1)
            losses.push({ text, problem: `cut off by <${box.localName} class="${box.className}">` });
      }
      if (!inScroller && rects.some((r) => r.left < -1 || r.right > width + 1))
        losses.push({ text, problem: 'outside the window' });
    }
    // Text on text: two pieces whose boxes overlap by more than a sliver.
    const boxes = found.flatMap(({ node, rects }) => rects.map((r) => ({ node, r })));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (!a || !b || a.node === b.node) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 2 && h > 2)
          losses.push({
            text: a.node.data.trim().slice(0, 60),
            problem: `overlaps "${b.node.data.trim().slice(0, 40)}"`,
          });
      }
    }
    return losses;
  });
}

async function expectNoLossAt200(page: Page, name: string): Promise<void> {
  await rememberFontSizes(page);
  const losses = await textLossAt200(page);
  await page.screenshot({ path: test.info().outputPath(`${name}-200.png`), fullPage: true });
  expect(losses, `text lost at 200 % on ${name}`).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/#history');
  await seedSessions(page, PROGRESS_HISTORY);
  await page.reload();
});

test('the picker and an exercise page keep all their text at 200 %', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('Superman').first()).toBeVisible();
  await expectNoLossAt200(page, 'picker');
  await page.goto('/#exercise=wall-angel');
  await expect(page.getByRole('heading', { name: 'Wall angel' })).toBeVisible();
  await expectNoLossAt200(page, 'exercise');
});

test('routines, the editor, history and the report keep all their text at 200 %', async ({ page }) => {
  await page.goto('/#routines');
  await expect(page.getByRole('heading', { name: 'Routines' })).toBeVisible();
  await expectNoLossAt200(page, 'routines');
  await page.reload();
  await page.getByRole('article', { name: 'Desk break' }).getByRole('button', { name: 'Make my own copy' }).click();
  await expect(page.locator('fc-routine-editor')).toBeVisible();
  await expectNoLossAt200(page, 'editor');
  await page.goto('/#history');
  await expect(page.locator('fc-history').getByRole('heading', { name: 'Progress' })).toBeVisible();
  await expectNoLossAt200(page, 'history');
  await page.goto('/#report');
  await expect(page.locator('fc-report').getByRole('heading').first()).toBeVisible();
  await expectNoLossAt200(page, 'report');
});

test('the coaching stage keeps all its text at 200 %', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/#exercise=superman');
  await page.getByRole('button', { name: 'Start camera' }).click();
  const hud = page.locator('fc-hud');
  await expect(hud.getByTestId('count')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText(/Ready\. (Tracking|Nobody in view)\./)).toBeVisible({ timeout: 120_000 });
  await expectNoLossAt200(page, 'coaching');
});
