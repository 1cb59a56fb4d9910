// Client-side checks that give the same answers as the services' rules, in Danish, before anything is sent.

import { parseNumber } from './danish';
import type { MeasurementKind } from './types';

export type Errors = Record<string, string>;

/** Is the reading possible for the measure? Returns a Danish message, or undefined if it is fine. */
export function checkReading(kind: MeasurementKind, text: string, required: boolean): string | undefined {
  if (text.trim() === '') return required ? 'Skriv en måling.' : undefined;
  const value = parseNumber(text);
  if (value === null) return 'Skriv et tal, fx 7 eller 2,5.';
  switch (kind) {
    case 'SCALE_1_TO_10':
      return Number.isInteger(value) && value >= 1 && value <= 10 ? undefined : 'Skriv et helt tal fra 1 til 10.';
    case 'FUNCTIONING_LEVEL':
      return Number.isInteger(value) && value >= 0 && value <= 4 ? undefined : 'Skriv et helt tal fra 0 til 4.';
    default:
      return value >= 0 ? undefined : 'Tallet kan ikke være negativt.';
  }
}

export function checkDate(text: string, label: string, { notBefore, notAfter }: { notBefore?: string; notAfter?: string } = {}): string | undefined {
  if (!text) return `Vælg ${label}.`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return 'Skriv datoen som dd.mm.åååå.';
  if (notBefore && text < notBefore) return `Datoen kan ikke ligge før ${formatShort(notBefore)}.`;
  if (notAfter && text > notAfter) return `Datoen kan ikke ligge efter ${formatShort(notAfter)}.`;
  return undefined;
}

function formatShort(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

export function checkWholeNumber(text: string, min: number, max: number, what: string): string | undefined {
  const value = parseNumber(text);
  if (value === null || !Number.isInteger(value) || value < min || value > max) return `${what} skal være et helt tal fra ${min} til ${max}.`;
  return undefined;
}

/** Hours a week for a grant: more than 0, at most 40, at most two decimals. */
export function checkHours(text: string): string | undefined {
  const value = parseNumber(text);
  if (value === null) return 'Skriv antal timer om ugen, fx 4 eller 2,5.';
  if (value <= 0 || value > 40) return 'Timetallet skal være over 0 og højst 40 timer om ugen.';
  if (Math.round(value * 100) !== value * 100) return 'Brug højst to decimaler.';
  return undefined;
}

/** Within the caseworker's authority, or to the visitation meeting: the same rule case-service applies. */
export function needsVisitation(hours: number | null, authority: number | null, externalPlacement: boolean): boolean | null {
  if (externalPlacement) return true;
  if (hours === null || authority === null) return null;
  return hours > authority;
}
