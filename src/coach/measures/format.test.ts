import { describe, expect, it } from 'vitest';
import { formatMeasure, storedUnit, unitSymbol } from '.';

describe('formatMeasure', () => {
  it('prints degrees whole, and a ratio to two decimals with ×', () => {
    expect(formatMeasure(61.6, 'deg')).toBe('62°');
    expect(formatMeasure(0.454, 'ratio')).toBe('0.45×');
    expect(formatMeasure(0.4, 'ratio')).not.toContain('°');
    expect(unitSymbol('ratio')).toBe('×');
  });

  it('reads a record saved without a unit as degrees, as it was', () => {
    expect(storedUnit(undefined)).toBe('deg');
    expect(storedUnit('ratio')).toBe('ratio');
  });
});
