import { expect, test } from './fixtures';
import { HAS_FOOTAGE, NO_FOOTAGE_REASON, SUPERMAN_CAMERA_CLIP } from './footage';
import { seedRoutine } from './routines';
import { useSteppedCamera } from './stepped-camera';

test.skip(!HAS_FOOTAGE, NO_FOOTAGE_REASON);

/** A line the page's voice said: when it began, and when it ended or was cut short. */
interface Utterance {
  readonly text: string;
  readonly start: number;
  end: number;
}

declare global {
  interface Window {
    __said: Utterance[];
    /** Lines started while another was still being said (never, if the voice keeps its turn). */
    __overlaps: string[];
    /** Live-region changes (one per region per mutation batch), with their time. */
    __announcements: { readonly at: number; readonly region: string }[];
    __watchLiveRegions: () => void;
  }
}

/**
 * Issue 17, "Accessible": eyes-free mode speaks what the screen says — the set-up guidance, the
 * count, the rest and what comes next — through the one voice, in order and never over itself; and
 * the live regions are not chatty while coaching. On the stepped superman clip (side-on): the
 * supermans are counted, then the wall angel (wanting a front view) gets "face the camera".
 */
test('eyes-free mode says the set-up guidance and the counts in order, and live regions stay calm', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await useSteppedCamera(page, SUPERMAN_CAMERA_CLIP);
  await page.addInitScript(() => {
    // A voice that takes time to speak (60 ms a character, as at normal speed), in place of the
    // browser's: it records each line's start and end, and any line begun over another.
    window.__said = [];
    window.__overlaps = [];
    let current: { line: Utterance; utterance: SpeechSynthesisUtterance; timer: number } | null = null;
    const end = () => {
      if (!current) return;
      const { line, utterance, timer } = current;
      clearTimeout(timer);
      line.end = performance.now();
      current = null;
      utterance.dispatchEvent(new Event('end'));
    };
    Object.defineProperty(speechSynthesis, 'speaking', { get: () => current !== null });
    speechSynthesis.cancel = () => end();
    speechSynthesis.speak = (utterance) => {
      if (current) window.__overlaps.push(`${utterance.text} over ${current.line.text}`);
      const line = { text: utterance.text, start: performance.now(), end: Infinity };
      window.__said.push(line);
      current = { line, utterance, timer: window.setTimeout(end, utterance.text.length * 60) };
    };

    // Every live region, in the page and in the elements' shadow roots, watched as it appears.
    window.__announcements = [];
    const watched = new WeakSet<Element>();
    const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="log"], [role="alert"]';
    const scan = (root: Document | ShadowRoot) => {
      for (const element of Array.from(root.querySelectorAll('*'))) {
        if (element.shadowRoot) scan(element.shadowRoot);
        if (!element.matches(LIVE) || watched.has(element)) continue;
        watched.add(element);
        const region = `${element.localName}.${element.className || element.getAttribute('role') || ''}`;
        new MutationObserver(() => window.__announcements.push({ at: performance.now(), region })).observe(element, {
          subtree: true,
          childList: true,
          characterData: true,
        });
      }
    };
    window.__watchLiveRegions = () => {
      scan(document);
      window.setInterval(() => scan(document), 200);
    };
  });
  await page.goto('/#routines');
  await seedRoutine(page, {
    id: 'eyes-free-test',
    name: 'Floor and wall',
    description: 'Two moves',
    items: [
      { exercise: 'superman', sets: 1, reps: 3 },
      { exercise: 'wall-angel', sets: 2, durationS: 3, restS: 4 },
    ],
  });
  await page.reload();
  await page.getByRole('button', { name: 'Start Floor and wall' }).click();
  await page.getByRole('button', { name: 'I understand' }).click();
  await page.getByRole('radio', { name: 'Pain 2 of 10' }).check({ force: true });
  await page.getByRole('button', { name: 'Start the session' }).click();

  const runner = page.locator('fc-session-runner');
  await runner.getByRole('checkbox', { name: 'Eyes-free: say everything the screen shows' }).check();
  // The switch is a setting: it holds for the next session too.
  expect(await page.evaluate(() => localStorage.getItem('form-coach:eyes-free'))).toBe('true');

  // Live regions counted from the first rep to the end of the set: coaching at full flow.
  const count = runner.locator('fc-hud').getByLabel('Count');
  await expect(count).toHaveText(/^[1-9]$/, { timeout: 240_000 });
  await page.evaluate(() => window.__watchLiveRegions());
  const from = await page.evaluate(() => ({ at: performance.now(), frames: window.__steppedCamera.shown }));
  await expect(runner.getByText('Exercise 2 of 2')).toBeVisible({ timeout: 120_000 });
  const to = await page.evaluate(() => ({ at: performance.now(), frames: window.__steppedCamera.shown }));
  const announcements = await page.evaluate(() => window.__announcements);

  // The wall angel wants a front view: the guidance is said, then once more at most every 8 s.
  const said = async () => page.evaluate(() => window.__said);
  const isGuidance = (text: string) =>
    /^(Face the camera|Move so that your .* in view|Step back until .* in view)$/.test(text);
  await expect.poll(async () => (await said()).some((line) => isGuidance(line.text)), { timeout: 60_000 }).toBe(true);
  // Then the set on the clock, and the rest says what comes next.
  await runner.getByRole('button', { name: 'Start now' }).click();
  await expect
    .poll(async () => (await said()).map((line) => line.text), { timeout: 60_000 })
    .toContain('Rest 4 seconds. Next: Wall angel, set 2 of 2, 3 seconds.');
  await runner.getByRole('button', { name: 'Stop session' }).click();

  const lines = await said();
  const texts = lines.map((line) => line.text);
  const at = (text: string) => texts.indexOf(text);
  const firstGuidance = texts.findIndex(isGuidance);
  // In the order they happened.
  const story = texts.join(' | ');
  expect(at('Next: Superman. Get side-on to the camera.'), story).toBe(0);
  // The counts, in order. A count that fell while a form cue was being said is dropped (the cue
  // wins, and a count said late is noise), so not every count need be spoken; the last one is.
  const counts = texts.flatMap((text, i) => (/^[1-3] of 3/.test(text) ? [[i, Number(text[0])]] : []));
  expect(counts.length, story).toBeGreaterThan(0);
  expect(
    counts.map(([, n]) => n),
    story,
  ).toEqual([...new Set(counts.map(([, n]) => n))].sort());
  expect(at('3 of 3. Good.'), story).toBeGreaterThan(0);
  expect(at('Next: Wall angel. Face the camera.'), story).toBeGreaterThan(at('3 of 3. Good.'));
  expect(firstGuidance, story).toBeGreaterThan(at('Next: Wall angel. Face the camera.'));
  // Never over each other: each line starts after the one before it ended (or was cut short).
  expect(await page.evaluate(() => window.__overlaps)).toEqual([]);
  for (let i = 1; i < lines.length; i++) expect(lines[i]?.start).toBeGreaterThanOrEqual(lines[i - 1]?.end ?? Infinity);
  // No flood: the same guidance at most every 8 s.
  const guidance = lines.filter((line) => isGuidance(line.text));
  for (let i = 1; i < guidance.length; i++)
    if (guidance[i]?.text === guidance[i - 1]?.text)
      expect((guidance[i]?.start ?? 0) - (guidance[i - 1]?.start ?? 0)).toBeGreaterThanOrEqual(8000);

  // Live regions: a few changes a second at most, never one per frame.
  const seconds = (to.at - from.at) / 1000;
  const frames = to.frames - from.frames;
  const busiest = Math.max(
    0,
    ...announcements.map((a) => announcements.filter((b) => b.at >= a.at && b.at < a.at + 1000).length),
  );
  test.info().annotations.push({
    type: 'live regions',
    description: `${announcements.length} changes in ${seconds.toFixed(1)} s over ${frames} analysed frames; busiest second ${busiest}; ${[...new Set(announcements.map((a) => a.region))].join(', ')}`,
  });
  expect(frames).toBeGreaterThan(20);
  expect(announcements.length).toBeLessThanOrEqual(Math.max(3, seconds * 2));
  expect(busiest).toBeLessThanOrEqual(4);
});
