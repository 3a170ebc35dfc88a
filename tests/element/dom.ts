/**
 * Helpers for element tests (happy-dom): mount an element, read what a person would see through
 * every shadow root, and act as they would (click a button by its name, type into a field).
 */
import type { ReactiveElement } from 'lit';

/** Adds `element` to the page and waits for it (and the elements it renders) to render. */
export async function mount<T extends ReactiveElement>(element: T, parent: HTMLElement = document.body): Promise<T> {
  parent.append(element);
  await settle(element);
  return element;
}

/** Waits until `root` and every Lit element inside it have rendered. */
export async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const pending = deepAll(root, '*')
      .concat(root)
      .map((element) => (element as Partial<ReactiveElement>).updateComplete)
      .filter((update): update is Promise<boolean> => update !== undefined);
    const results = await Promise.all(pending);
    if (results.every(Boolean)) return;
  }
}

/** Every element matching `selector` in `root`, its shadow roots and theirs. */
export function deepAll(root: Element | ShadowRoot, selector: string): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    found.push(...Array.from(node.querySelectorAll(selector)));
    for (const child of Array.from(node.querySelectorAll('*'))) if (child.shadowRoot) visit(child.shadowRoot);
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/** The text a person reads, through shadow roots, whitespace collapsed. */
export function textOf(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    const shadow = node instanceof Element ? node.shadowRoot : null;
    if (shadow) for (const child of Array.from(shadow.childNodes)) walk(child);
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The button whose visible text or label is `name` (exactly, trimmed); fails loudly when absent. */
export function button(root: Element, name: string | RegExp): HTMLButtonElement {
  const all = deepAll(root, 'button') as HTMLButtonElement[];
  const matches = (label: string) => (typeof name === 'string' ? label === name : name.test(label));
  const found = all.find((b) => matches(b.getAttribute('aria-label') ?? textOf(b)));
  if (!found) throw new Error(`No button “${String(name)}” among: ${all.map((b) => textOf(b)).join(' | ')}`);
  return found;
}

/** The form field whose aria-label is `label`. */
export function field(root: Element, label: string): HTMLInputElement {
  const found = deepAll(root, `[aria-label="${label}"]`)[0];
  if (!found) throw new Error(`No field labelled “${label}”`);
  return found as HTMLInputElement;
}

/** Sets a field's value as typing would, and fires its `input` and `change` events. */
export function fill(input: HTMLInputElement | HTMLSelectElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/**
 * For `vi.waitFor` in element tests: its default second is too short on a busy 2-core machine
 * (fake IndexedDB and rendering share the cores with everything else); a real wait ends sooner.
 */
export const WAIT = { timeout: 15_000, interval: 20 } as const;
