import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { get } from '../api';
import { today } from '../danish';
import { useLoad } from '../hooks';
import {
  chartDescription, checkPeriod, describePeriod, latest, periodFromSearch, periodQuery, periodToSearch, PERIOD_LENGTHS,
  WITHHELD, withheldRows, type Figure, type FigureLink, type PeriodChoice, type PeriodLength,
} from '../insight';
import { CellView, DownloadButton, FigureTable, ServerChart } from '../components/insight';
import { ErrorMessage, ErrorSummary, Field, fieldId, Loading, PageHeading } from '../components/ui';

/** The figures of insight's catalog, grouped by the area of gains, for the chosen periods. */
export function InsightDashboard() {
  const [search, setSearch] = useSearchParams();
  const year = Number(today().slice(0, 4));
  const choice = periodFromSearch(search, year);
  const catalog = useLoad((signal) => get<FigureLink[]>('/api/insight/figures', undefined, signal), []);
  const areas = new Map<string, FigureLink[]>();
  for (const link of catalog.data ?? []) areas.set(link.area, [...(areas.get(link.area) ?? []), link]);

  return (
    <>
      <PageHeading title="Indsigt">Indsigt: gør investeringen en forskel?</PageHeading>
      <p className="font-lead">
        Nøgletal fra hændelserne i Tværs for hele kommunen: de menneskelige gevinster, arbejdsmiljøet og økonomien.
        Tallene er altid samlede. En værdi, der bygger på {WITHHELD}, vises ikke, så ingen borger kan genkendes; den
        står som &quot;{WITHHELD}&quot; og aldrig som 0.
      </p>
      <PeriodForm key={periodToSearch(choice)} choice={choice} onChoose={(c) => setSearch(periodToSearch(c))} />
      <p className="tvaers-period-shown" aria-live="polite" id="period-shown">Viser {describePeriod(choice)}.</p>
      {catalog.loading ? <Loading what="nøgletal" /> : catalog.error ? <ErrorMessage error={catalog.error} /> : (
        <>
          <nav aria-label="Områder" className="tvaers-areas">
            <ul className="nobullet-list">
              {[...areas.keys()].map((area) => <li key={area}><a href={`#${areaId(area)}`}>{area}</a></li>)}
            </ul>
          </nav>
          {[...areas.entries()].map(([area, links]) => (
            <section key={area} aria-labelledby={areaId(area)} className="tvaers-area">
              <h2 id={areaId(area)}>{area}</h2>
              {links.map((link) => <FigureCard key={link.id} link={link} choice={choice} year={year} />)}
            </section>
          ))}
        </>
      )}
    </>
  );
}

function areaId(area: string): string {
  return 'omraade-' + area.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/[^a-z0-9]+/g, '-');
}

const PERIOD_LABELS: Record<string, string> = { period: 'Inddeling', from: 'Fra år', to: 'Til år' };

function PeriodForm({ choice, onChoose }: { choice: PeriodChoice; onChoose: (choice: PeriodChoice) => void }) {
  const [period, setPeriod] = useState<PeriodLength>(choice.period);
  const [from, setFrom] = useState(String(choice.from));
  const [to, setTo] = useState(String(choice.to));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = checkPeriod(from, to);
    setErrors(checked.errors);
    if (checked.from !== undefined && checked.to !== undefined) onChoose({ period, from: checked.from, to: checked.to });
  };
  return (
    <form onSubmit={submit} noValidate className="tvaers-panel tvaers-period" aria-labelledby="period-heading">
      <h2 className="h4" id="period-heading">Vælg periode</h2>
      <ErrorSummary errors={errors} labels={PERIOD_LABELS} />
      <div className="tvaers-period-fields">
        <Field label="Inddeling" id={fieldId('period')}>
          {({ id }) => (
            <select id={id} className="form-select" value={period} onChange={(e) => setPeriod(e.target.value as PeriodLength)}>
              {(Object.keys(PERIOD_LENGTHS) as PeriodLength[]).map((p) => <option key={p} value={p}>{PERIOD_LENGTHS[p]}</option>)}
            </select>
          )}
        </Field>
        <Field label="Fra år" error={errors.from} id={fieldId('from')}>
          {({ id, describedBy, invalid }) => (
            <input id={id} className="form-input input-width-xs" inputMode="numeric" value={from} aria-describedby={describedBy}
              aria-invalid={invalid} onChange={(e) => setFrom(e.target.value)} />
          )}
        </Field>
        <Field label="Til år" error={errors.to} id={fieldId('to')}>
          {({ id, describedBy, invalid }) => (
            <input id={id} className="form-input input-width-xs" inputMode="numeric" value={to} aria-describedby={describedBy}
              aria-invalid={invalid} onChange={(e) => setTo(e.target.value)} />
          )}
        </Field>
        <div className="form-group">
          <button type="submit" className="button button-primary">Vis tallene</button>
        </div>
      </div>
    </form>
  );
}

/** One figure: its chart, the newest period at a glance, what is withheld, the table and the CSV. */
function FigureCard({ link, choice, year }: { link: FigureLink; choice: PeriodChoice; year: number }) {
  // the cohorts compare citizens over their whole time, split on a day (here the start of this year)
  const query = link.id === 'cohorts' ? `changeOn=${year}-01-01` : periodQuery(choice);
  const shown = link.id === 'cohorts' ? `plan startet før og fra 1. januar ${year}` : describePeriod(choice);
  const figure = useLoad((signal) => get<Figure>(`${link.data}?${query}`, undefined, signal), [link.data, query]);
  const id = `figur-${link.id}`;
  const data = figure.data;
  const glance = data ? latest(data) : null;
  const withheld = data ? withheldRows(data) : [];
  return (
    <article className="tvaers-panel tvaers-figure" id={id} aria-labelledby={`${id}-titel`} data-figure={link.id}>
      <h3 id={`${id}-titel`}>{link.title}</h3>
      {figure.error ? <ErrorMessage error={figure.error} /> : (
        <>
          {data && <p className="tvaers-figure-description">{data.description}</p>}
          <div className="row">
            <div className="col-12 col-lg-7">
              <ServerChart path={`${link.chart}?${query}`} describedBy={`${id}-om`}
                alt={data ? chartDescription(data, shown) : `Diagram: ${link.title}, ${shown}.`} />
            </div>
            <div className="col-12 col-lg-5" id={`${id}-om`}>
              {figure.loading ? <Loading what="tallene" /> : glance && (
                <>
                  <p className="tvaers-label">{link.id === 'cohorts' ? 'Grupperne' : `Seneste periode: ${glance.period}`}</p>
                  <dl className="tvaers-glance">
                    {glance.facts.map((f) => (
                      <div key={f.label} className="tvaers-fact"><dt>{f.label}</dt><dd><CellView cell={f.cell} /></dd></div>
                    ))}
                  </dl>
                </>
              )}
              {data && withheld.length > 0 && (
                <p className="tvaers-withheld-note" id={`${id}-tilbageholdt`}>
                  <strong>Ikke vist ({WITHHELD}):</strong>{' '}
                  {withheld.length === data.rows.length ? 'alle perioder' : withheld.join(', ')}.
                </p>
              )}
              {data && data.rows.length === 0 && <p>Der er ingen tal for perioden endnu.</p>}
              <p>
                <DownloadButton path={`${link.csv}?${query}`} fallbackName={`${link.id}.csv`} id={`${id}-csv`} label={`Hent CSV: ${link.title}`}>
                  Hent CSV
                </DownloadButton>
              </p>
              {link.id === 'cohorts' && <p><Link to="/indsigt/foer-efter">Vælg en anden ændringsdato</Link></p>}
            </div>
          </div>
          {data && (
            <details className="details">
              <summary className="details-summary"><span className="details-summary-text">Vis tallene som tabel<span className="sr-only"> for {link.title}</span></span></summary>
              <div className="details-text">
                <FigureTable figure={data} id={`${id}-tabel`} caption={`${data.title}, ${shown}`} />
                {data.notes.length > 0 && (
                  <ul className="tvaers-notes">{data.notes.map((n) => <li key={n}>{n}</li>)}</ul>
                )}
              </div>
            </details>
          )}
        </>
      )}
    </article>
  );
}
