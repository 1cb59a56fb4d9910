import { describe, expect, it, vi } from 'vitest';
import { describeTrend } from './progress';

vi.mock('./auth', () => ({}));

const beers = { kind: 'FIGURE' as const, baseline: 12, target: 8, unit: 'øl om dagen', direction: 'LOWER_IS_BETTER' as const };
const scale = { kind: 'SCALE_1_TO_10' as const, baseline: 3, target: 7, unit: null, direction: null };

describe('how a sub-goal is going, in words', () => {
  it('says fewer beers is the right way', () => {
    expect(describeTrend({ measurement: beers, readings: [{ on: '2026-01-01', value: 10 }] }))
      .toBe('Seneste måling 10 øl om dagen. Det går den rigtige vej. Målet er 8 øl om dagen.');
  });

  it('says a falling scale is the wrong way', () => {
    expect(describeTrend({ measurement: scale, readings: [{ on: '2026-01-01', value: 5 }, { on: '2026-04-01', value: 4 }] }))
      .toBe('Seneste måling 4. Det går den forkerte vej. Målet er 7.');
  });

  it('says when the target is reached, and when nothing is measured yet', () => {
    expect(describeTrend({ measurement: scale, readings: [{ on: '2026-01-01', value: 7 }] })).toBe('Seneste måling 7. Målet er nået.');
    expect(describeTrend({ measurement: scale, readings: [] })).toBe('Ingen målinger endnu. Målet er 7.');
  });
});
