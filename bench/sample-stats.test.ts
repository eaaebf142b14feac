import { describe, expect, it } from 'vitest';
import { rng } from './events';
import { difference, median, medianInterval, perRound, ratio } from './sample-stats';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('is NaN without samples, so no budget is met by an empty run', () => {
    expect(median([])).toBeNaN();
    expect(median([]) <= 1.03).toBe(false);
  });
});

describe('perRound', () => {
  it('pairs the two configurations round by round', () => {
    expect(perRound([110, 220], [100, 200], ratio)).toEqual([1.1, 1.1]);
    expect(perRound([40, 35], [30, 20], difference)).toEqual([10, 15]);
  });

  it('refuses configurations timed in different numbers of rounds', () => {
    expect(() => perRound([1, 2], [1], ratio)).toThrow(/rounds differ/);
  });
});

describe('medianInterval', () => {
  it('holds the median, and narrows as rounds are added', () => {
    const noisy = (n: number): number[] => {
      const rand = rng(3);
      return Array.from({ length: n }, () => 1 + (rand() - 0.5) * 0.2);
    };
    const few = medianInterval(noisy(20), rng(1));
    const many = medianInterval(noisy(320), rng(1));
    for (const [values, ci] of [
      [noisy(20), few],
      [noisy(320), many],
    ] as const) {
      expect(ci.low).toBeLessThanOrEqual(median(values));
      expect(ci.high).toBeGreaterThanOrEqual(median(values));
    }
    expect(many.high - many.low).toBeLessThan((few.high - few.low) / 2);
  });

  it('is a single point when every round agrees', () => {
    expect(medianInterval([1.01, 1.01, 1.01], rng(1))).toEqual({ low: 1.01, high: 1.01 });
  });

  it('repeats itself for the same seed', () => {
    const values = [0.98, 1.04, 1.01, 1.07, 0.99, 1.02];
    expect(medianInterval(values, rng(9))).toEqual(medianInterval(values, rng(9)));
  });

  it('is NaN without rounds', () => {
    const ci = medianInterval([], rng(1));
    expect(ci.low).toBeNaN();
    expect(ci.high).toBeNaN();
  });
});
