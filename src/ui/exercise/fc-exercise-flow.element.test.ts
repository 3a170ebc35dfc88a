import { afterEach, describe, expect, it, vi } from 'vitest';
import { TestRoot } from '../../../tests/element/detector-root';
import { WAIT, button, deepAll, mount, settle, textOf } from '../../../tests/element/dom';
import { FcExerciseFlow } from './fc-exercise-flow';

async function flow() {
  const root = await mount(new TestRoot());
  const element = await mount(new FcExerciseFlow(), root);
  const running: boolean[] = [];
  element.addEventListener('fc-running', (event) => running.push(event.detail.running));
  return { root, element, running };
}

/** Opens `file` as the hidden file input would after the person picked it. */
async function choose(element: FcExerciseFlow, file: File): Promise<void> {
  const input = deepAll(element, 'input[type=file]')[0] as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
  await settle(element);
}

afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', '/');
});

describe('the single-exercise flow', () => {
  it('from the list to an exercise’s card and back', async () => {
    const { element } = await flow();
    expect(textOf(element)).toContain('Exercises for your upper back and neck, coached.');
    (deepAll(element, 'button[data-exercise=row]')[0] as HTMLButtonElement).click();
    await settle(element);
    expect(location.hash).toBe('#exercise=row');
    expect(button(element, 'Start camera')).toBeTruthy();
    expect(button(element, 'Open a video or photo')).toBeTruthy();
    button(element, '← All exercises').click();
    await settle(element);
    expect(textOf(element)).toContain('Exercises for your upper back and neck, coached.');
  });

  it('opens the exercise named in the address', async () => {
    const root = await mount(new TestRoot());
    const element = new FcExerciseFlow();
    element.exerciseId = 'superman';
    await mount(element, root);
    expect(textOf(element)).toContain('Superman');
    expect(button(element, 'Start camera')).toBeTruthy();
  });

  it('a camera that cannot start: the camera’s problem, and the card again', async () => {
    const { element, running } = await flow();
    element.exerciseId = 'row';
    await settle(element);
    button(element, 'Start camera').click();
    await vi.waitFor(() => expect(deepAll(element, '[role=alert]')).toHaveLength(1), WAIT);
    await settle(element);
    expect(textOf(element)).toMatch(/The camera needs a secure page|No camera found/);
    expect(textOf(element)).not.toContain('The pose model');
    expect(button(element, 'Start camera')).toBeTruthy(); // back on the card
    expect(running).toEqual([true, false]);
  });

  it('a picture the browser cannot read: names the file (not the model) and offers another', async () => {
    const { element } = await flow();
    element.exerciseId = 'row';
    await settle(element);
    await choose(element, new File(['not a picture'], 'holiday.png', { type: 'image/png' }));
    await vi.waitFor(() => expect(deepAll(element, '[role=alert]')).toHaveLength(1), WAIT);
    await settle(element);
    const text = textOf(element);
    expect(text).toContain('This file can’t be analysed');
    expect(text).toContain('“holiday.png” is not an image this browser can read');
    expect(button(element, 'Open a video file instead')).toBeTruthy();
    expect(() => button(element, 'Try the camera again')).toThrow();
  });

  it('the person’s model is the one asked of the page’s detector', async () => {
    const { root, element } = await flow();
    element.exerciseId = 'row';
    await settle(element);
    const select = deepAll(element, 'select[aria-label="Pose model"]')[0] as HTMLSelectElement;
    expect(select.value).toBe('lite');
    button(element, 'Start camera').click();
    await vi.waitFor(() => expect(root.detector.loads).toEqual(['lite']), WAIT);
  });
});
