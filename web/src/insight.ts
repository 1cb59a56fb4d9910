// The investment insight as the screens show it: insight-service's figures and calculator (/api/insight), with
// the rules for reading them kept here, out of the components, so they can be tested: a withheld value is said
// to be withheld (never 0), numbers are Danish, and the calculator's assumptions go between the form's text and
// the service's numbers in one place.

import { formatNumber, parseNumber } from './danish';

// ---- the service's shapes ----

export interface FigureLink {
  id: string;
  area: string;
  title: string;
  data: string;
  csv: string;
  chart: string;
}

export interface Series {
  key: string;
  label: string;
  unit: string;
}

export interface FigureRow {
  period: string;
  group: string | null;
  groupLabel: string | null;
  citizens: number | null;
  values: Record<string, number | null>;
  suppressedValues: string[];
}

export interface Figure {
  id: string;
  title: string;
  description: string;
  series: Series[];
  rows: FigureRow[];
  notes: string[];
}

export type Source = 'antagelse' | 'platform' | 'mangler';

export interface BaselineNumber {
  key: string;
  label: string;
  value: number | null;
  unit: string;
  source: Source;
  basis: string | null;
}

export interface Baseline {
  year: number;
  numbers: BaselineNumber[];
}

export interface Assumptions {
  title: string;
  firstYear: number;
  horizonYears: number;
  extraCaseworkers: number;
  yearlyCostPerCaseworker: number;
  newOfferYearlyCost: number;
  oneOffCost: number;
  newTemporaryStaysPerYear: number | null;
  yearsInTemporaryHousingBefore: number | null;
  yearsInTemporaryHousingAfter: number;
  yearlyCostPerTemporaryPlace: number | null;
  fewerCitizensOnBenefits: number;
  yearlyBenefitPerCitizen: number;
  fewerExternalPlacements: number;
  yearlyCostPerExternalPlacement: number | null;
  rampUpYears: number;
  discountRate: number;
}

export interface CaseVersion {
  version: number;
  assumptions: Assumptions;
  changedBy: string;
  changedAt: string;
  note: string | null;
}

export interface InvestmentCase {
  caseId: string;
  title: string;
  version: number;
  assumptions: Assumptions;
  changedBy: string;
  changedAt: string;
  versions: CaseVersion[];
}

export interface ProjectionInput {
  key: string;
  label: string;
  value: number | null;
  unit: string;
  source: Source;
  basis: string | null;
}

export interface ProjectionYear {
  year: number;
  rampUp: number;
  costs: number;
  housingSavings: number;
  benefitSavings: number;
  placementSavings: number;
  savings: number;
  net: number;
  discountFactor: number;
  presentNet: number;
  cumulativePresentNet: number;
}

export interface Projection {
  inputs: ProjectionInput[];
  years: ProjectionYear[];
  totalCosts: number;
  totalSavings: number;
  totalNet: number;
  netPresentValue: number;
  breakEvenYear: number | null;
  caseloadBefore: number | null;
  caseloadAfter: number | null;
}

export interface CaseProjection {
  investmentCase: InvestmentCase;
  baseline: Baseline;
  projection: Projection;
}

export interface Saved {
  caseId: string;
  version: number;
}

// ---- who may see it ----

export const INSIGHT_ROLES = ['management', 'team-leader'];

export function mayUseInsight(roles: string[]): boolean {
  return roles.some((role) => INSIGHT_ROLES.includes(role));
}

/** Management alone has no citizens of its own: its start page is the insight. */
export function insightIsHome(roles: string[]): boolean {
  return roles.includes('management') && !roles.some((r) => ['caseworker', 'coordinator', 'team-leader'].includes(r));
}

// ---- periods ----

export type PeriodLength = 'year' | 'quarter' | 'month';

export const PERIOD_LENGTHS: Record<PeriodLength, string> = { year: 'År', quarter: 'Kvartal', month: 'Måned' };
/** The words in the page's address, so a chosen period can be bookmarked and shared in Danish. */
const PERIOD_WORDS: Record<PeriodLength, string> = { year: 'aar', quarter: 'kvartal', month: 'maaned' };

export interface PeriodChoice {
  period: PeriodLength;
  from: number;
  to: number;
}

/** The service's default: the last five years, by year. */
export function defaultPeriod(year: number): PeriodChoice {
  return { period: 'year', from: year - 4, to: year };
}

export function periodFromSearch(search: URLSearchParams, year: number): PeriodChoice {
  const fallback = defaultPeriod(year);
  const word = search.get('periode');
  const period = (Object.keys(PERIOD_WORDS) as PeriodLength[]).find((p) => PERIOD_WORDS[p] === word) ?? 'year';
  const number = (key: string, otherwise: number) => {
    const value = Number(search.get(key));
    return Number.isInteger(value) && value >= 2000 && value <= 2100 ? value : otherwise;
  };
  const to = number('til', fallback.to);
  const from = number('fra', to - 4);
  return from <= to && to - from <= 20 ? { period, from, to } : { period, from: to - 4, to };
}

export function periodToSearch(choice: PeriodChoice): string {
  return new URLSearchParams({ periode: PERIOD_WORDS[choice.period], fra: String(choice.from), til: String(choice.to) }).toString();
}

/** The query the figures, their CSV and their charts take. */
export function periodQuery(choice: PeriodChoice): string {
  return `period=${choice.period}&from=${choice.from}&to=${choice.to}`;
}

/** The period form's fields as typed; Danish messages per field, the same limits as the service's. */
export function checkPeriod(fromText: string, toText: string): { errors: Record<string, string>; from?: number; to?: number } {
  const errors: Record<string, string> = {};
  const from = parseNumber(fromText);
  const to = parseNumber(toText);
  const year = (value: number | null) => value !== null && Number.isInteger(value) && value >= 2000 && value <= 2100;
  if (!year(from)) errors.from = 'Skriv et årstal fra 2000 til 2100, fx 2022.';
  if (!year(to)) errors.to = 'Skriv et årstal fra 2000 til 2100, fx 2026.';
  if (!errors.from && !errors.to) {
    if (from! > to!) errors.from = 'Fra-året kan ikke ligge efter til-året.';
    else if (to! - from! > 20) errors.from = 'Vælg højst 20 år ad gangen.';
  }
  return Object.keys(errors).length ? { errors } : { errors, from: from!, to: to! };
}

export function describePeriod(choice: PeriodChoice): string {
  const each = { year: 'år for år', quarter: 'kvartal for kvartal', month: 'måned for måned' }[choice.period];
  return choice.from === choice.to ? `${choice.from}, ${each}` : `${choice.from}–${choice.to}, ${each}`;
}

// ---- values ----

export const WITHHELD = 'færre end 5 borgere';

/** A value with its unit as a person reads it: "1.234.567 kr.", "45,5 %", "3,8 af 5", "12 sager". */
export function formatValue(value: number, unit: string): string {
  switch (unit) {
    case 'kr.':
      return `${new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 }).format(value)} kr.`;
    case '%':
      return `${formatNumber(value)} %`;
    case '1-5':
      return `${formatNumber(value)} af 5`;
    case 'antal':
      return formatNumber(value);
    default:
      return `${formatNumber(value)} ${unit}`;
  }
}

/** A number in a table whose column names the unit. */
export function formatCell(value: number, unit: string): string {
  return unit === 'kr.' ? new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 }).format(value) : formatNumber(value);
}

export type Cell = { kind: 'value'; text: string } | { kind: 'withheld' } | { kind: 'none' };

/** One value of a row: a number, withheld (fewer than five citizens behind it), or none (nothing to count). */
export function cellOf(row: FigureRow, series: Series, withUnit = false): Cell {
  if (row.suppressedValues.includes(series.key)) return { kind: 'withheld' };
  const value = row.values[series.key];
  if (value === null || value === undefined) return { kind: 'none' };
  return { kind: 'value', text: withUnit ? formatValue(value, series.unit) : formatCell(value, series.unit) };
}

/** How many citizens a row is computed from, as the table shows it. */
export function citizensOf(row: FigureRow): Cell {
  if (row.citizens !== null) return { kind: 'value', text: formatNumber(row.citizens) };
  return row.suppressedValues.length ? { kind: 'withheld' } : { kind: 'none' };
}

export function cellText(cell: Cell): string {
  return cell.kind === 'value' ? cell.text : cell.kind === 'withheld' ? WITHHELD : 'ingen værdi';
}

/** The series' header in a table: "Udgift (kr.)"; a plain count has no unit. */
export function seriesHeading(series: Series): string {
  return series.unit === 'antal' ? series.label : `${series.label} (${series.unit})`;
}

export function hasGroups(figure: Figure): boolean {
  return figure.rows.some((r) => r.group !== null);
}

/** The periods (and groups) with anything withheld, in order: "2024, 2025 K1 Jobcenter". */
export function withheldRows(figure: Figure): string[] {
  const names = figure.rows.filter((r) => r.suppressedValues.length > 0)
    .map((r) => (r.groupLabel ? `${r.period} ${r.groupLabel}` : r.period));
  return [...new Set(names)];
}

/**
 * The newest period at a glance: the whole organisation's row if there is one (every series), else each group's
 * row with the first series.
 */
export function latest(figure: Figure): { period: string; facts: { label: string; cell: Cell }[] } | null {
  if (figure.rows.length === 0) return null;
  const period = figure.rows[figure.rows.length - 1].period;
  const rows = figure.rows.filter((r) => r.period === period);
  const whole = rows.find((r) => r.group === null);
  if (whole) return { period, facts: figure.series.map((s) => ({ label: s.label, cell: cellOf(whole, s, true) })) };
  const first = figure.series[0];
  return { period, facts: rows.map((r) => ({ label: `${r.groupLabel ?? r.group}: ${first.label}`, cell: cellOf(r, first, true) })) };
}

/** The chart's text alternative: what it shows, what is withheld, and where the numbers are. */
export function chartDescription(figure: Figure, period: string): string {
  const withheld = withheldRows(figure);
  const gaps = withheld.length === 0 ? '' : ` Værdier bag ${WITHHELD} er udeladt (${withheld.length === figure.rows.length ? 'alle perioder' : withheld.join(', ')}).`;
  return `Diagram: ${figure.title}, ${period}.${gaps} Tallene står i tabellen under diagrammet.`;
}

// ---- the charts and files ----

/**
 * The server's SVG as an image address. Batik writes width and height but no viewBox; with one added the chart
 * scales to the column on a tablet instead of being cut off. A data: address, because the page's security policy
 * allows images from the gateway and data: only, and the chart needs the bearer token to be fetched.
 */
export function svgImage(svg: string): string {
  let text = svg.trim();
  const root = /<svg\b[^>]*>/.exec(text);
  if (root && !/\bviewBox=/.test(root[0])) {
    const width = /\bwidth="(\d+(?:\.\d+)?)(?:px)?"/.exec(root[0]);
    const height = /\bheight="(\d+(?:\.\d+)?)(?:px)?"/.exec(root[0]);
    if (width && height) {
      text = text.replace(root[0], root[0].replace(/^<svg\b/, `<svg viewBox="0 0 ${width[1]} ${height[1]}"`));
    }
  }
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
}

/** The file name from Content-Disposition, else the given one. */
export function fileName(disposition: string | null, fallback: string): string {
  const match = disposition ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition) : null;
  return match ? decodeURIComponent(match[1]) : fallback;
}

// ---- the calculator's assumptions ----

export type AssumptionKey = keyof Assumptions;

export interface AssumptionField {
  key: AssumptionKey;
  label: string;
  hint?: string;
  kind: 'text' | 'year' | 'whole' | 'decimal' | 'amount' | 'percent';
  min?: number;
  max?: number;
  /** May be left empty: the calculator takes the platform's own number. */
  platform?: boolean;
}

export interface AssumptionGroup {
  legend: string;
  fields: AssumptionField[];
}

export const ASSUMPTION_GROUPS: AssumptionGroup[] = [
  {
    legend: 'Investeringen',
    fields: [
      { key: 'title', label: 'Investeringens navn', hint: 'Hvad investeres der i, fx "Voksenteamet opnormeres med 4 sagsbehandlere"', kind: 'text' },
      { key: 'firstYear', label: 'Første år', kind: 'year', min: 2000, max: 2100 },
      { key: 'horizonYears', label: 'Antal år i beregningen', hint: 'Fra 1 til 30 år', kind: 'whole', min: 1, max: 30 },
      { key: 'extraCaseworkers', label: 'Ekstra sagsbehandlere (årsværk)', hint: 'Fx 4 eller 2,5', kind: 'decimal', min: 0, max: 1000 },
      { key: 'yearlyCostPerCaseworker', label: 'Udgift pr. sagsbehandler om året (kr.)', hint: 'Løn og overhead, fx 650000', kind: 'amount', min: 0 },
      { key: 'newOfferYearlyCost', label: 'Nyt tilbud: udgift om året (kr.)', hint: '0 hvis der ikke kommer et nyt tilbud', kind: 'amount', min: 0 },
      { key: 'oneOffCost', label: 'Engangsudgift i første år (kr.)', hint: 'Fx uddannelse og implementering; 0 hvis ingen', kind: 'amount', min: 0 },
    ],
  },
  {
    legend: 'Forventet effekt: midlertidigt botilbud (§107)',
    fields: [
      { key: 'newTemporaryStaysPerYear', label: 'Nye ophold i midlertidigt botilbud om året (borgere)', kind: 'decimal', min: 0, platform: true },
      { key: 'yearsInTemporaryHousingBefore', label: 'Opholdstid i dag (år)', kind: 'decimal', min: 0, max: 50, platform: true },
      { key: 'yearsInTemporaryHousingAfter', label: 'Forventet opholdstid med investeringen (år)', hint: 'Kan ikke være længere end opholdstiden i dag', kind: 'decimal', min: 0, max: 50 },
      { key: 'yearlyCostPerTemporaryPlace', label: 'Udgift pr. plads om året (kr.)', kind: 'amount', min: 0, platform: true },
    ],
  },
  {
    legend: 'Forventet effekt: forsørgelse og anbringelser',
    fields: [
      { key: 'fewerCitizensOnBenefits', label: 'Færre borgere på offentlig forsørgelse', hint: '0 hvis ingen effekt forventes', kind: 'decimal', min: 0 },
      { key: 'yearlyBenefitPerCitizen', label: 'Ydelse pr. borger om året (kr.)', kind: 'amount', min: 0 },
      { key: 'fewerExternalPlacements', label: 'Færre eksterne anbringelser (pladsår om året)', hint: '0 hvis ingen effekt forventes', kind: 'decimal', min: 0 },
      { key: 'yearlyCostPerExternalPlacement', label: 'Udgift pr. ekstern anbringelse om året (kr.)', kind: 'amount', min: 0, platform: true },
    ],
  },
  {
    legend: 'Beregningen',
    fields: [
      { key: 'rampUpYears', label: 'År til fuld effekt', hint: 'Effekten vokser jævnt til fuld styrke; højst antal år i beregningen', kind: 'whole', min: 1, max: 30 },
      { key: 'discountRate', label: 'Diskonteringsrente (%)', hint: 'Fx 3,5 (Finansministeriets rente)', kind: 'percent', min: 0, max: 50 },
    ],
  },
];

export const ASSUMPTION_FIELDS: AssumptionField[] = ASSUMPTION_GROUPS.flatMap((g) => g.fields);

export const ASSUMPTION_LABELS: Record<string, string> = Object.fromEntries(ASSUMPTION_FIELDS.map((f) => [f.key, f.label]));

export type AssumptionForm = Record<AssumptionKey, string>;

/** A number as the form shows it: Danish decimal comma, no thousands separator (easy to edit). */
function toText(value: number | null | undefined, kind: AssumptionField['kind']): string {
  if (value === null || value === undefined) return '';
  const shown = kind === 'percent' ? Number((value * 100).toFixed(6)) : value;
  return String(shown).replace('.', ',');
}

export function toForm(assumptions: Assumptions): AssumptionForm {
  const form = {} as AssumptionForm;
  for (const field of ASSUMPTION_FIELDS) {
    const value = assumptions[field.key];
    form[field.key] = field.kind === 'text' ? String(value ?? '') : toText(value as number | null, field.kind);
  }
  return form;
}

/** A new case's starting point: this year, ten years, the state's discount rate; the effects left to fill in. */
export function emptyForm(year: number): AssumptionForm {
  const form = Object.fromEntries(ASSUMPTION_FIELDS.map((f) => [f.key, ''])) as AssumptionForm;
  return {
    ...form, firstYear: String(year), horizonYears: '10', newOfferYearlyCost: '0', oneOffCost: '0',
    fewerCitizensOnBenefits: '0', yearlyBenefitPerCitizen: '0', fewerExternalPlacements: '0', rampUpYears: '3', discountRate: '3,5',
  };
}

/** Kroner as typed: "650000", "650.000", "650 000" or "1.250.000,50". */
export function parseAmount(text: string): number | null {
  const compact = text.trim().replace(/\s/g, '').replace(/kr\.?$/i, '');
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(compact)) return parseNumber(compact.replace(/\./g, ''));
  return parseNumber(compact);
}

function fieldError(field: AssumptionField, value: number): string | undefined {
  const whole = field.kind === 'year' || field.kind === 'whole';
  if (whole && !Number.isInteger(value)) return `Skriv et helt tal${field.max !== undefined ? ` fra ${field.min} til ${field.max}` : ''}.`;
  if (value < 0) return 'Tallet kan ikke være negativt.';
  if (field.min !== undefined && value < field.min) return `Tallet skal være mindst ${formatNumber(field.min)}.`;
  if (field.max !== undefined && value > field.max) {
    return field.kind === 'percent' ? `Renten kan højst være ${formatNumber(field.max)} %.` : `Tallet kan højst være ${formatNumber(field.max)}.`;
  }
  return undefined;
}

/**
 * The form's text as assumptions, checked as insight-service checks them (each field's range, and the two rules
 * across fields), with a Danish message per field.
 */
export function fromForm(form: AssumptionForm): { assumptions?: Assumptions; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const values: Record<string, string | number | null> = {};
  for (const field of ASSUMPTION_FIELDS) {
    const text = form[field.key] ?? '';
    if (field.kind === 'text') {
      const title = text.trim();
      if (!title) errors[field.key] = 'Skriv kort, hvad investeringen er.';
      else if (title.length > 200) errors[field.key] = 'Skriv højst 200 tegn.';
      values[field.key] = title;
      continue;
    }
    if (text.trim() === '') {
      if (field.platform) values[field.key] = null;
      else errors[field.key] = field.kind === 'year' ? 'Skriv årstallet, fx 2027.' : 'Skriv et tal. Skriv 0, hvis det ikke er relevant.';
      continue;
    }
    const value = field.kind === 'amount' ? parseAmount(text) : parseNumber(text);
    if (value === null) {
      errors[field.key] = field.kind === 'amount' ? 'Skriv beløbet i kroner, fx 650000.' : 'Skriv et tal, fx 4 eller 2,5.';
      continue;
    }
    const problem = fieldError(field, value);
    if (problem) errors[field.key] = problem;
    values[field.key] = field.kind === 'percent' ? Number((value / 100).toFixed(6)) : value;
  }
  const before = values.yearsInTemporaryHousingBefore;
  const after = values.yearsInTemporaryHousingAfter;
  if (!errors.yearsInTemporaryHousingAfter && typeof before === 'number' && typeof after === 'number' && after > before) {
    errors.yearsInTemporaryHousingAfter = 'Den forventede opholdstid kan ikke være længere end opholdstiden i dag.';
  }
  const ramp = values.rampUpYears;
  const horizon = values.horizonYears;
  if (!errors.rampUpYears && !errors.horizonYears && typeof ramp === 'number' && typeof horizon === 'number' && ramp > horizon) {
    errors.rampUpYears = 'Den fulde effekt skal nås inden for årene i beregningen.';
  }
  if (Object.keys(errors).length) return { errors };
  return { assumptions: values as unknown as Assumptions, errors };
}

/** Field problems from the service (Bean Validation names the body's path) under the form's keys. */
export function formFieldErrors(fieldErrors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, message]) => [field.replace(/^assumptions\./, ''), message]));
}

/** An assumption's value as a sentence shows it: "650.000 kr.", "3,5 %", "platformens tal". */
export function describeAssumption(field: AssumptionField, value: unknown): string {
  if (field.kind === 'text') return String(value ?? '');
  if (value === null || value === undefined) return 'platformens tal';
  const number = value as number;
  switch (field.kind) {
    case 'amount':
      return formatValue(number, 'kr.');
    case 'percent':
      return `${formatNumber(Number((number * 100).toFixed(6)))} %`;
    case 'year':
      return String(number);
    default:
      return formatNumber(number);
  }
}

/** What changed from one version of the assumptions to the next: "Ekstra sagsbehandlere (årsværk): 2 → 4". */
export function changes(before: Assumptions, after: Assumptions): string[] {
  return ASSUMPTION_FIELDS.filter((f) => before[f.key] !== after[f.key])
    .map((f) => `${f.label}: ${describeAssumption(f, before[f.key])} → ${describeAssumption(f, after[f.key])}`);
}

export const SOURCES: Record<Source, string> = {
  antagelse: 'Antagelse',
  platform: 'Fra platformen',
  mangler: 'Mangler',
};

/** A baseline number's value as the form's hint names it. */
export function baselineHint(number: BaselineNumber | undefined, year: number): string {
  if (!number || number.value === null) {
    return `Lad feltet stå tomt for at bruge platformens tal. Platformen har ikke tallet for ${year} (${WITHHELD} eller ingen data), så det tæller som 0.`;
  }
  return `Lad feltet stå tomt for at bruge platformens tal: ${formatValue(number.value, number.unit)}` +
    `${number.basis ? ` (${number.basis})` : ''}.`;
}

/** The verdict a politician reads first. */
export function breakEvenText(projection: Projection): string {
  return projection.breakEvenYear === null
    ? 'Investeringen tjener sig ikke hjem inden for perioden.'
    : `Investeringen tjener sig hjem i ${projection.breakEvenYear}.`;
}
