/**
 * Combinators: measures made of other measures. Each reads the landmarks of all its parts, so a
 * frame gates on every point behind the value.
 */
import type { BodySide } from '../../pose/body-side';
import type { OneEuroParams } from '../../pose/one-euro';
import type { Measure, Unit } from './measure';

/**
 * A measure read on both sides and combined: 'min'/'max'/'mean' of the two, or 'diff' (left
 * minus right). Either side missing makes the whole missing. The unit is the sides'.
 */
export function bothSides<U extends Unit>(
  make: (side: BodySide) => Measure<U>,
  how: 'min' | 'max' | 'mean' | 'diff',
  label?: string,
): Measure<U> {
  const left = make('left');
  const right = make('right');
  const combined = (a: number, b: number) =>
    how === 'min' ? Math.min(a, b) : how === 'max' ? Math.max(a, b) : how === 'mean' ? (a + b) / 2 : a - b;
  return {
    label: label ?? `${left.label} (${how})`,
    unit: left.unit,
    space: left.space,
    smoothing: left.smoothing,
    joints: (near) => [...new Set([...left.joints(near), ...right.joints(near)])],
    compute: (input) => {
      const a = left.compute(input);
      const b = right.compute(input);
      return a === null || b === null ? null : combined(a, b);
    },
  };
}

/**
 * Several measures combined into one by `how` (the sum of the trunk's, arms' and legs' lift; a
 * 0/1 "in position" gate). The unit is said, not inherited: a combination of angles may be a
 * ratio, and the other way round. Space and smoothing are the first part's.
 */
export function combine<U extends Unit>(
  parts: readonly Measure[],
  how: (values: number[]) => number,
  label: string,
  unit: U,
): Measure<U> {
  const first = parts[0];
  return {
    label,
    unit,
    space: first?.space ?? 'image',
    smoothing: first?.smoothing ?? null,
    joints: (near) => [...new Set(parts.flatMap((part) => part.joints(near)))],
    compute: (input) => {
      const values: number[] = [];
      for (const part of parts) {
        const value = part.compute(input);
        if (value === null) return null;
        values.push(value);
      }
      return how(values);
    },
  };
}

/**
 * A measure that holds only while a gate measure passes a test: an arm circle is drawn with the
 * arm out to the side; the head's turn against the trunk counts for cat-cow only with the hands
 * under the shoulders, so a stretch reaching forward is not taken for a cat. The gate's landmarks
 * must be seen too (an unseen gate makes the value unseen). When the test fails the value is
 * `otherwise`: null (not measured: a rep under way waits, a hold's grace period runs), or a value
 * that is plainly out of position (a hold then slips at once, and its checks stop).
 */
export function onlyWhen<U extends Unit>(
  measure: Measure<U>,
  gate: Measure,
  test: (value: number) => boolean,
  otherwise: number | null = null,
): Measure<U> {
  return {
    ...measure,
    joints: (near) => [...new Set([...measure.joints(near), ...gate.joints(near)])],
    compute: (input) => {
      const open = gate.compute(input);
      if (open === null) return null;
      return test(open) ? measure.compute(input) : otherwise;
    },
  };
}

/** The opposite of a measure (the knees to the right, from their shift to the left). */
export function negated<U extends Unit>(measure: Measure<U>, label: string): Measure<U> {
  return {
    ...measure,
    label,
    compute: (input) => {
      const value = measure.compute(input);
      return value === null ? null : -value;
    },
  };
}

/** A measure with other One Euro smoothing (a slow, held movement smoothed harder). */
export function smoothed<U extends Unit>(measure: Measure<U>, smoothing: OneEuroParams | null): Measure<U> {
  return { ...measure, smoothing };
}
