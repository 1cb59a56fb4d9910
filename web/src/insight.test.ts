import { describe, expect, it } from 'vitest';
import {
  baselineHint, breakEvenText, cellOf, changes, chartDescription, checkPeriod, citizensOf, emptyForm, fileName,
  formatValue, fromForm, formFieldErrors, insightIsHome, latest, mayUseInsight, parseAmount, periodFromSearch,
  periodQuery, periodToSearch, svgImage, toForm, withheldRows, type Assumptions, type Figure, type Projection,
} from './insight';

const followUps: Figure = {
  id: 'follow-ups',
  title: 'Opfølgning pr. borger',
  description: 'Holdte opfølgninger pr. borger med en plan.',
  series: [
    { key: 'held', label: 'Opfølgninger holdt', unit: 'antal' },
    { key: 'heldPerCitizen', label: 'Opfølgninger pr. borger', unit: 'antal' },
    { key: 'shareOfExpected', label: 'Holdt af planlagt', unit: '%' },
  ],
  rows: [
    { period: '2025', group: null, groupLabel: null, citizens: null, values: { held: null, heldPerCitizen: null, shareOfExpected: null }, suppressedValues: ['held', 'heldPerCitizen', 'shareOfExpected'] },
    { period: '2026', group: null, groupLabel: null, citizens: 7, values: { held: 0, heldPerCitizen: 2.5, shareOfExpected: null }, suppressedValues: [] },
  ],
  notes: [],
};

const costPerSector: Figure = {
  id: 'cost-per-sector',
  title: 'Udgift pr. borger pr. sektor',
  description: '',
  series: [{ key: 'cost', label: 'Udgift', unit: 'kr.' }, { key: 'costPerCitizen', label: 'Udgift pr. borger', unit: 'kr.' }],
  rows: [
    { period: '2026', group: 'jobcenter', groupLabel: 'Jobcenter', citizens: null, values: { cost: null, costPerCitizen: null }, suppressedValues: ['cost', 'costPerCitizen'] },
    { period: '2026', group: 'social-services', groupLabel: 'Socialområdet', citizens: 12, values: { cost: 1234567, costPerCitizen: 102880.58 }, suppressedValues: [] },
  ],
  notes: [],
};

const example: Assumptions = {
  title: 'Voksenteamet opnormeres med 2',
  firstYear: 2027,
  horizonYears: 5,
  extraCaseworkers: 2,
  yearlyCostPerCaseworker: 600000,
  newOfferYearlyCost: 0,
  oneOffCost: 1000000,
  newTemporaryStaysPerYear: 10,
  yearsInTemporaryHousingBefore: 2,
  yearsInTemporaryHousingAfter: 1,
  yearlyCostPerTemporaryPlace: 300000,
  fewerCitizensOnBenefits: 0,
  yearlyBenefitPerCitizen: 0,
  fewerExternalPlacements: 0,
  yearlyCostPerExternalPlacement: null,
  rampUpYears: 2,
  discountRate: 0.035,
};

describe('who sees the insight', () => {
  it('is for management and team leaders only', () => {
    expect(mayUseInsight(['management'])).toBe(true);
    expect(mayUseInsight(['team-leader'])).toBe(true);
    expect(mayUseInsight(['caseworker', 'coordinator'])).toBe(false);
    expect(mayUseInsight(['dpo'])).toBe(false);
  });

  it('is the start page of management alone, who has no citizens of its own', () => {
    expect(insightIsHome(['management'])).toBe(true);
    expect(insightIsHome(['team-leader'])).toBe(false);
    expect(insightIsHome(['caseworker'])).toBe(false);
  });
});

describe('the periods', () => {
  it('defaults to the last five years and reads a bookmarked choice in Danish', () => {
    expect(periodFromSearch(new URLSearchParams(), 2026)).toEqual({ period: 'year', from: 2022, to: 2026 });
    const choice = periodFromSearch(new URLSearchParams('periode=kvartal&fra=2024&til=2025'), 2026);
    expect(choice).toEqual({ period: 'quarter', from: 2024, to: 2025 });
    expect(periodToSearch(choice)).toBe('periode=kvartal&fra=2024&til=2025');
    expect(periodQuery(choice)).toBe('period=quarter&from=2024&to=2025');
  });

  it('falls back to the default when the address asks for more than the service gives', () => {
    expect(periodFromSearch(new URLSearchParams('fra=2026&til=2022'), 2026)).toEqual({ period: 'year', from: 2018, to: 2022 });
    expect(periodFromSearch(new URLSearchParams('fra=1990'), 2026).from).toBe(2022);
  });

  it('says in Danish, next to the field, what is wrong with a period', () => {
    expect(checkPeriod('2022', '2026')).toEqual({ errors: {}, from: 2022, to: 2026 });
    expect(checkPeriod('2027', '2026').errors).toEqual({ from: 'Fra-året kan ikke ligge efter til-året.' });
    expect(checkPeriod('2000', '2026').errors).toEqual({ from: 'Vælg højst 20 år ad gangen.' });
    expect(checkPeriod('i fjor', '').errors).toEqual({
      from: 'Skriv et årstal fra 2000 til 2100, fx 2022.', to: 'Skriv et årstal fra 2000 til 2100, fx 2026.',
    });
  });
});

describe('figures as a person reads them', () => {
  it('shows a withheld value as withheld, never as 0, and a true 0 as 0', () => {
    const [withheld, shown] = followUps.rows;
    expect(cellOf(withheld, followUps.series[0])).toEqual({ kind: 'withheld' });
    expect(citizensOf(withheld)).toEqual({ kind: 'withheld' });
    expect(cellOf(shown, followUps.series[0])).toEqual({ kind: 'value', text: '0' });
    expect(cellOf(shown, followUps.series[1], true)).toEqual({ kind: 'value', text: '2,5' });
    expect(cellOf(shown, followUps.series[2])).toEqual({ kind: 'none' });
    expect(citizensOf(shown)).toEqual({ kind: 'value', text: '7' });
  });

  it('writes numbers the Danish way with their unit', () => {
    expect(formatValue(1234567, 'kr.')).toBe('1.234.567 kr.');
    expect(formatValue(45.5, '%')).toBe('45,5 %');
    expect(formatValue(3.8, '1-5')).toBe('3,8 af 5');
    expect(formatValue(12, 'sager')).toBe('12 sager');
    expect(formatValue(4, 'antal')).toBe('4');
  });

  it('names the periods and groups with anything withheld', () => {
    expect(withheldRows(followUps)).toEqual(['2025']);
    expect(withheldRows(costPerSector)).toEqual(['2026 Jobcenter']);
  });

  it('shows the newest period at a glance: the whole organisation, or each group', () => {
    expect(latest(followUps)).toEqual({
      period: '2026',
      facts: [
        { label: 'Opfølgninger holdt', cell: { kind: 'value', text: '0' } },
        { label: 'Opfølgninger pr. borger', cell: { kind: 'value', text: '2,5' } },
        { label: 'Holdt af planlagt', cell: { kind: 'none' } },
      ],
    });
    expect(latest(costPerSector)!.facts).toEqual([
      { label: 'Jobcenter: Udgift', cell: { kind: 'withheld' } },
      { label: 'Socialområdet: Udgift', cell: { kind: 'value', text: '1.234.567 kr.' } },
    ]);
  });

  it("gives the chart a text alternative that says what is left out", () => {
    expect(chartDescription(followUps, '2025–2026, år for år')).toBe('Diagram: Opfølgning pr. borger, 2025–2026, år for år. '
      + 'Værdier bag færre end 5 borgere er udeladt (2025). Tallene står i tabellen under diagrammet.');
  });
});

describe('the charts and files from the server', () => {
  it('lets a chart scale by giving it a viewBox, as an image address the security policy allows', () => {
    const url = svgImage('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450"><text>Æ</text></svg>');
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    const svg = decodeURIComponent(url.slice(url.indexOf(',') + 1));
    expect(svg).toContain('<svg viewBox="0 0 800 450" xmlns="http://www.w3.org/2000/svg" width="800" height="450">');
    expect(svg).toContain('Æ');
    expect(decodeURIComponent(svgImage('<svg viewBox="0 0 1 1" width="8" height="4"/>').split(',')[1])).toBe('<svg viewBox="0 0 1 1" width="8" height="4"/>');
  });

  it('names the downloaded file as the service does', () => {
    expect(fileName('attachment; filename="caseloads.csv"', 'x.csv')).toBe('caseloads.csv');
    expect(fileName(null, 'x.csv')).toBe('x.csv');
  });
});

describe('the assumptions between form and service', () => {
  it('shows stored assumptions in Danish and reads them back unchanged', () => {
    const form = toForm(example);
    expect(form.discountRate).toBe('3,5');
    expect(form.yearlyCostPerCaseworker).toBe('600000');
    expect(form.yearlyCostPerExternalPlacement).toBe('');
    expect(fromForm(form)).toEqual({ assumptions: example, errors: {} });
  });

  it('takes kroner with thousands separators and decimal commas', () => {
    expect(parseAmount('650.000')).toBe(650000);
    expect(parseAmount('1.250.000,50')).toBe(1250000.5);
    expect(parseAmount('650 000 kr.')).toBe(650000);
    expect(parseAmount('2,5')).toBe(2.5);
    expect(parseAmount('mange')).toBeNull();
  });

  it('leaves a platform number out when the field is empty, so the calculator takes the platform’s', () => {
    const form = { ...toForm(example), newTemporaryStaysPerYear: '', yearsInTemporaryHousingBefore: '' };
    const { assumptions } = fromForm(form);
    expect(assumptions!.newTemporaryStaysPerYear).toBeNull();
    expect(assumptions!.yearsInTemporaryHousingBefore).toBeNull();
  });

  it('says in Danish what is wrong, field by field, with the same rules as insight-service', () => {
    const form = {
      ...emptyForm(2027), title: ' ', extraCaseworkers: 'fire', yearlyCostPerCaseworker: '', yearsInTemporaryHousingBefore: '2',
      yearsInTemporaryHousingAfter: '3', horizonYears: '5', rampUpYears: '6', discountRate: '60',
    };
    expect(fromForm(form).errors).toEqual({
      title: 'Skriv kort, hvad investeringen er.',
      extraCaseworkers: 'Skriv et tal, fx 4 eller 2,5.',
      yearlyCostPerCaseworker: 'Skriv et tal. Skriv 0, hvis det ikke er relevant.',
      yearsInTemporaryHousingAfter: 'Den forventede opholdstid kan ikke være længere end opholdstiden i dag.',
      rampUpYears: 'Den fulde effekt skal nås inden for årene i beregningen.',
      discountRate: 'Renten kan højst være 50 %.',
    });
    expect(fromForm({ ...toForm(example), horizonYears: '2,5' }).errors).toEqual({ horizonYears: 'Skriv et helt tal fra 1 til 30.' });
  });

  it("puts the service's field problems under the form's fields", () => {
    expect(formFieldErrors({ 'assumptions.discountRate': 'Tallet ligger uden for det tilladte.', note: 'Teksten er for lang.' }))
      .toEqual({ discountRate: 'Tallet ligger uden for det tilladte.', note: 'Teksten er for lang.' });
  });

  it('says what changed from one version to the next', () => {
    expect(changes(example, { ...example, extraCaseworkers: 4, discountRate: 0.04, yearlyCostPerExternalPlacement: 500000 })).toEqual([
      'Ekstra sagsbehandlere (årsværk): 2 → 4',
      'Udgift pr. ekstern anbringelse om året (kr.): platformens tal → 500.000 kr.',
      'Diskonteringsrente (%): 3,5 % → 4 %',
    ]);
  });

  it("names the platform's number in the field's hint, or says it is missing", () => {
    expect(baselineHint({ key: 'newTemporaryStaysPerYear', label: '', value: 6, unit: 'borgere', source: 'platform', basis: '§107-ophold begyndt i 2025' }, 2025))
      .toBe('Lad feltet stå tomt for at bruge platformens tal: 6 borgere (§107-ophold begyndt i 2025).');
    expect(baselineHint({ key: 'newTemporaryStaysPerYear', label: '', value: null, unit: 'borgere', source: 'mangler', basis: null }, 2025))
      .toContain('Platformen har ikke tallet for 2025 (færre end 5 borgere eller ingen data), så det tæller som 0.');
  });

  it('says the break-even year, or that there is none', () => {
    const projection = { breakEvenYear: 2028 } as Projection;
    expect(breakEvenText(projection)).toBe('Investeringen tjener sig hjem i 2028.');
    expect(breakEvenText({ ...projection, breakEvenYear: null })).toBe('Investeringen tjener sig ikke hjem inden for perioden.');
  });
});
