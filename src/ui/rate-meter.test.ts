import { expect, it } from 'vitest';
import { RateMeter } from './rate-meter';

it('measures events per second over its window and forgets older ones', () => {
  const meter = new RateMeter(1000);
  expect(meter.perSecond).toBe(0);
  for (let t = 0; t <= 1000; t += 100) meter.tick(t); // 10 per second
  expect(meter.perSecond).toBeCloseTo(10);
  for (let t = 1050; t <= 2000; t += 50) meter.tick(t); // now 20 per second
  expect(meter.perSecond).toBeCloseTo(20);
});
