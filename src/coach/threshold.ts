/** A side of a value: "below 100" or "above 150". Phases are entered when a measure passes one. */
export type Threshold = { readonly below: number } | { readonly above: number };

export function passes(value: number, threshold: Threshold): boolean {
  return 'below' in threshold ? value < threshold.below : value > threshold.above;
}

export const below = (value: number): Threshold => ({ below: value });
export const above = (value: number): Threshold => ({ above: value });
