// Everything the user reads is Danish; the codes the services use are mapped here, in one place.

import type { Direction, GrantStatus, LifeArea, MeasurementKind, SubGoalStatus } from './types';

export const SECTORS: Record<string, string> = {
  jobcenter: 'Jobcenter',
  'social-services': 'Socialforvaltning',
  psychiatry: 'Psykiatri',
  'addiction-centre': 'Misbrugscenter',
  probation: 'Kriminalforsorgen',
  health: 'Sundhed',
  housing: 'Bolig',
  education: 'Uddannelse',
};

export function sectorName(code: string | null | undefined): string {
  if (!code) return 'Fælles';
  return SECTORS[code] ?? code;
}

export const SUB_GOAL_STATUS: Record<SubGoalStatus, string> = {
  OPEN: 'I gang',
  ADJUSTED: 'Justeret',
  ACHIEVED: 'Nået',
  DROPPED: 'Opgivet',
};

export const LIFE_AREAS: Record<LifeArea, string> = {
  PRACTICAL_TASKS: 'Praktiske opgaver i hjemmet',
  SELF_CARE: 'Egenomsorg',
  COMMUNICATION: 'Kommunikation',
  MOBILITY: 'Mobilitet',
  COMMUNITY_LIFE: 'Samfundsliv (uddannelse, arbejde, økonomi)',
  SOCIAL_LIFE: 'Socialt liv',
  HEALTH: 'Sundhed',
  SURROUNDINGS: 'Omgivelser og bolig',
};

export const MEASUREMENT_KINDS: Record<MeasurementKind, string> = {
  SCALE_1_TO_10: 'Skala 1-10 (højere er bedre)',
  FUNCTIONING_LEVEL: 'Funktionsniveau 0-4 efter VUM (lavere er bedre)',
  FIGURE: 'Et konkret tal med enhed',
};

export const DIRECTIONS: Record<Direction, string> = {
  HIGHER_IS_BETTER: 'Højere er bedre',
  LOWER_IS_BETTER: 'Lavere er bedre',
};

export const FOLLOW_UP_STATE: Record<string, string> = {
  SCHEDULED: 'Planlagt',
  DUE: 'Skal holdes i dag',
  OVERDUE: 'Overskredet',
  due: 'Skal holdes nu',
  overdue: 'Overskredet',
};

export const GRANT_STATUS: Record<GrantStatus, string> = {
  AWAITING_VISITATION: 'Venter på visitationsmøde',
  APPROVED: 'Bevilget',
  REJECTED: 'Afslået',
  ENDED: 'Ophørt',
};

export const ENROLMENT_STATUS: Record<string, string> = {
  WAITLISTED: 'På venteliste',
  ENROLLED: 'Tilmeldt',
  STARTED: 'Startet',
  ENDED: 'Afsluttet',
};

export const OFFER_KINDS: Record<string, string> = {
  SERVICE_PACKAGE: 'Ydelsespakke',
  GROUP_COURSE: 'Gruppeforløb',
  INDIVIDUAL_SUPPORT: 'Individuel støtte',
  VIRTUAL_SUPPORT: 'Virtuel støtte',
  OPEN_OFFER: 'Uvisiteret tilbud',
  PUNCH_CARD: 'Klippekort',
};

export const ACTIVITY_KINDS: Record<string, string> = {
  GRANT: 'Bevilling',
  ENROLMENT: 'Tilmelding',
  GROUP_COURSE: 'Gruppeforløb',
  INDIVIDUAL_SUPPORT: 'Individuel støtte',
  TREATMENT: 'Behandling',
  OTHER: 'Anden hjælp',
};

/** The consent categories a citizen can share between sectors (contracts' ConsentCategories). */
export const CONSENT_CATEGORIES: Record<string, string> = {
  plan: 'Planen (delmål og indsatser)',
  cases: 'Sager',
  'sector-events': 'Hændelser fra sektorernes systemer',
  referrals: 'Henvisninger',
  meetings: 'Møder',
  enrolments: 'Tilbud og tilmeldinger',
  grants: 'Bevillinger',
};

export const CITIZEN_RATINGS: Record<number, string> = {
  1: 'Slet ikke godt',
  2: 'Ikke så godt',
  3: 'Nogenlunde',
  4: 'Godt',
  5: 'Rigtig godt',
};

const LONG_DATE = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen',
});

/** 2026-03-14 → "14. marts 2026". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '–';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return iso;
  return LONG_DATE.format(new Date(Date.UTC(y, m - 1, d)));
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '–';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_TIME.format(date);
}

/** Danish decimal comma: 2.5 → "2,5". */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 }).format(value);
}

/** "2,5" or "2.5" as typed → 2.5; empty or not a number → null. */
export function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.');
  if (cleaned === '' || !/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** A CPR number shown with its last four digits hidden: data minimisation on screens that do not need it. */
export function maskCpr(cpr: string | null | undefined): string {
  if (!cpr) return '';
  const digits = cpr.replace(/\D/g, '');
  return digits.length === 10 ? `${digits.slice(0, 6)}-xxxx` : 'xxxxxx-xxxx';
}

/** Today in Denmark as an ISO date, so a caseworker at 00:30 gets the right day. */
export function today(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(now);
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

/** What a measurement means, in words: "Skala 1-10: fra 3 til 7", "12 → 8 øl om dagen". */
export function describeMeasurement(m: { kind: MeasurementKind; baseline: number | null; target: number; unit: string | null }): string {
  const from = m.baseline !== null && m.baseline !== undefined ? `fra ${formatNumber(m.baseline)} ` : '';
  switch (m.kind) {
    case 'SCALE_1_TO_10':
      return `Skala 1-10: ${from}mod ${formatNumber(m.target)}`;
    case 'FUNCTIONING_LEVEL':
      return `Funktionsniveau 0-4: ${from}mod ${formatNumber(m.target)}`;
    default:
      return `${from}mod ${formatNumber(m.target)} ${m.unit ?? ''}`.trim();
  }
}

/** The services' rule codes as plain Danish, for the message next to the field. */
const RULES: Record<string, string> = {
  'plan.due-in-past': 'Fristen kan ikke ligge før i dag.',
  'plan.due-date-required': 'Angiv en frist.',
  'plan.priority-out-of-range': 'Prioriteten skal være et helt tal fra 1 til 99.',
  'plan.measurement-out-of-range': 'Start og mål skal ligge inden for målingens skala.',
  'plan.figure-unit-required': 'Angiv en enhed, fx "øl om dagen".',
  'plan.figure-direction-required': 'Angiv om højere eller lavere er bedre.',
  'plan.reading-out-of-range': 'Målingen ligger uden for delmålets skala.',
  'plan.reading-twice': 'Et delmål kan kun måles én gang pr. opfølgning.',
  'plan.citizen-rating-out-of-range': 'Vælg en vurdering fra 1 til 5.',
  'plan.follow-up-in-future': 'Opfølgningen kan ikke være holdt i fremtiden.',
  'plan.follow-up-out-of-order': 'Opfølgningen kan ikke ligge før den seneste opfølgning.',
  'plan.follow-up-before-plan': 'Opfølgningen kan ikke ligge før planen blev oprettet.',
  'plan.follow-up-beyond-yearly': 'Næste opfølgning skal ligge inden for et år.',
  'plan.next-follow-up-not-after': 'Næste opfølgning skal ligge efter denne opfølgning.',
  'plan.follow-up-without-participants': 'Angiv mindst én deltager.',
  'plan.reason-required': 'Skriv en begrundelse.',
  'plan.sub-goal-stale': 'Delmålet er blevet ændret af en anden imens. Indlæs siden igen og prøv igen.',
  'plan.sub-goal-closed': 'Delmålet er afsluttet og kan ikke ændres.',
  'plan.unknown-goal': 'Vælg et overordnet mål.',
  'plan.unknown-sub-goal': 'Delmålet findes ikke længere i planen.',
  'plan.dream-required': 'Skriv borgerens drøm med borgerens egne ord.',
  'plan.goal-text-required': 'Skriv målet.',
  'plan.sub-goal-description-required': 'Beskriv delmålet.',
  'grant.hours-out-of-range': 'Timetallet skal være over 0 og højst 40 timer om ugen.',
  'grant.period-reversed': 'Slutdatoen skal ligge efter startdatoen.',
  'grant.period-over': 'Perioden er allerede slut.',
  'grant.case-not-open': 'Sagen er ikke åben.',
  'grant.legal-basis-required': 'Angiv lovgrundlaget.',
  'grant.stale': 'Bevillingen er ændret imens. Indlæs siden igen.',
  'grant.not-awaiting-visitation': 'Bevillingen venter ikke længere på en afgørelse.',
  'grant.rejection-reason-required': 'Skriv hvorfor bevillingen afslås.',
  'grant.offer-required': 'Vælg det tilbud, der bevilges.',
  'grant.period-required': 'Angiv bevillingens periode.',
  'grant.own-proposal': 'Du kan ikke selv godkende en bevilling, du har indstillet. En anden teamleder skal godkende den.',
  'grant.revisitation-decision-required': 'Vælg afgørelsen ved revisitationen.',
  'grant.revisitation-not-due': 'Bevillingen skal ikke revisiteres endnu.',
  'frame.budget-exceeded': 'Rammebevillingen har ikke timer nok tilbage til denne bevilling.',
  'frame.outside-period': 'Bevillingen skal ligge inden for rammebevillingens periode.',
  'frame.other-citizen': 'Rammebevillingen gælder en anden borger.',
  'frame.other-organisation': 'Rammebevillingen hører til en anden kommune eller organisation.',
  'frame.other-sector': 'Rammebevillingen hører til en anden sektor.',
  'frame.period-over': 'Rammebevillingens periode er slut.',
  'case.already-open-in-sector': 'Borgeren har allerede en åben sag i din sektor.',
  'case.citizen-unknown': 'Borgeren er ikke registreret.',
  'case.stale': 'Sagen er ændret imens. Indlæs siden igen.',
  'case.closed': 'Sagen er lukket.',
  'enrolment.no-visits-left': 'Klippekortet er brugt op.',
  'enrolment.waiting-for-a-seat': 'Borgeren venter på en plads og kan ikke starte endnu.',
  'enrolment.ended': 'Forløbet er afsluttet.',
  'coordinator.not-involved': 'Koordinatoren skal være ansvarlig sagsbehandler på en af borgerens sager.',
  'coordinator.hand-over-reason-required': 'Skriv hvorfor koordinatoren skiftes.',
  'coordinator.already-designated': 'Den sagsbehandler er allerede koordinator.',
  'consent.needs-two-sectors': 'Vælg mindst to sektorer.',
  'consent.needs-a-category': 'Vælg mindst én slags oplysninger.',
  'consent.ends-before-it-starts': 'Slutdatoen skal ligge efter startdatoen.',
  'enrolment.already-on-offer': 'Borgeren er allerede tilmeldt dette tilbud.',
  'enrolment.offer-retired': 'Tilbuddet er lukket.',
  'enrolment.referral-required': 'Tilbuddet kræver en henvisning fra en sektor.',
  'calculator.stale-version': 'Forudsætningerne er blevet ændret af en anden, siden du hentede dem. Dine ændringer er ikke gemt. Hent den nyeste version og ret igen.',
  'calculator.longer-stays-after': 'Den forventede opholdstid kan ikke være længere end opholdstiden i dag.',
  'calculator.ramp-up-beyond-horizon': 'Den fulde effekt skal nås inden for årene i beregningen.',
};

/** A field problem from the service, in Danish: the rule if known, else a plain fallback (never English). */
export function danishProblem(rule: string | undefined, fallback = 'Oplysningen kan ikke bruges. Tjek feltet.'): string {
  return (rule && RULES[rule]) || fallback;
}
