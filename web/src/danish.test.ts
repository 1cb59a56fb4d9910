import { describe, expect, it } from 'vitest';
import { addDays, danishProblem, describeMeasurement, formatDate, formatNumber, maskCpr, parseNumber, sectorName, today } from './danish';

describe('Danish presentation', () => {
  it('writes dates the Danish way', () => {
    expect(formatDate('2026-03-14')).toBe('14. marts 2026');
    expect(formatDate(null)).toBe('–');
  });

  it('reads numbers typed with a decimal comma and writes them back with one', () => {
    expect(parseNumber('2,5')).toBe(2.5);
    expect(parseNumber(' 12 ')).toBe(12);
    expect(parseNumber('tolv')).toBeNull();
    expect(parseNumber('')).toBeNull();
    expect(formatNumber(2.5)).toBe('2,5');
  });

  it('names the sectors in Danish and keeps an unknown code readable', () => {
    expect(sectorName('addiction-centre')).toBe('Misbrugscenter');
    expect(sectorName('housing-partner')).toBe('housing-partner');
    expect(sectorName(null)).toBe('Fælles');
  });

  it('hides the last four digits of a CPR number', () => {
    expect(maskCpr('140387-1119')).toBe('140387-xxxx');
    expect(maskCpr('1403871119')).toBe('140387-xxxx');
  });

  it('takes the day in Denmark, not in UTC', () => {
    expect(today(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('describes a measure in words', () => {
    expect(describeMeasurement({ kind: 'FIGURE', baseline: 12, target: 8, unit: 'øl om dagen' })).toBe('fra 12 mod 8 øl om dagen');
    expect(describeMeasurement({ kind: 'SCALE_1_TO_10', baseline: null, target: 7, unit: null })).toBe('Skala 1-10: mod 7');
  });

  it('turns a rule code into plain Danish and never shows the English message', () => {
    expect(danishProblem('plan.due-in-past')).toBe('Fristen kan ikke ligge før i dag.');
    expect(danishProblem('some.new-rule')).toBe('Oplysningen kan ikke bruges. Tjek feltet.');
  });
});
