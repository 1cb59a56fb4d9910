import { describe, expect, it } from 'vitest';
import { checkDate, checkHours, checkReading, needsVisitation } from './forms';

describe('checks before sending', () => {
  it('accepts a reading within the measure and says what is wrong otherwise', () => {
    expect(checkReading('SCALE_1_TO_10', '7', true)).toBeUndefined();
    expect(checkReading('SCALE_1_TO_10', '11', true)).toBe('Skriv et helt tal fra 1 til 10.');
    expect(checkReading('FUNCTIONING_LEVEL', '2,5', true)).toBe('Skriv et helt tal fra 0 til 4.');
    expect(checkReading('FIGURE', '9,5', true)).toBeUndefined();
    expect(checkReading('FIGURE', 'ni', true)).toBe('Skriv et tal, fx 7 eller 2,5.');
    expect(checkReading('FIGURE', '', false)).toBeUndefined();
  });

  it('keeps dates within their limits', () => {
    expect(checkDate('2026-05-01', 'en dato', { notAfter: '2026-04-30' })).toBe('Datoen kan ikke ligge efter 30.04.2026.');
    expect(checkDate('', 'fristen')).toBe('Vælg fristen.');
  });

  it('takes grant hours as the services do', () => {
    expect(checkHours('2,5')).toBeUndefined();
    expect(checkHours('0')).toBe('Timetallet skal være over 0 og højst 40 timer om ugen.');
    expect(checkHours('41')).toBe('Timetallet skal være over 0 og højst 40 timer om ugen.');
  });

  it('sends a grant above the authority, or any external placement, to the visitation meeting', () => {
    expect(needsVisitation(5, 5, false)).toBe(false);
    expect(needsVisitation(6, 5, false)).toBe(true);
    expect(needsVisitation(1, 5, true)).toBe(true);
    expect(needsVisitation(6, null, false)).toBeNull();
  });
});
