/** A value a test relies on being there (a catalog exercise, a counted range): fails loudly if not. */
export function need<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}`);
  return value;
}
