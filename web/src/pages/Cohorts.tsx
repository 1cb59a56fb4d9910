import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { get } from '../api';
import { formatDate, today } from '../danish';
import { checkDate } from '../forms';
import { useLoad } from '../hooks';
import { cellOf, chartDescription, citizensOf, seriesHeading, WITHHELD, withheldRows, type Figure } from '../insight';
import { CellView, DownloadButton, ServerChart } from '../components/insight';
import { ErrorMessage, ErrorSummary, Field, fieldId, Loading, PageHeading } from '../components/ui';

/**
 * Before and after a change: the citizens whose plan started before the day of a change (more caseworkers, a new
 * offer) against those whose plan started on or after it, each over their whole time with a plan.
 */
export function Cohorts() {
  const [search, setSearch] = useSearchParams();
  const now = today();
  const given = search.get('dato');
  const changeOn = given && !checkDate(given, 'en dato', { notAfter: now }) ? given : `${now.slice(0, 4)}-01-01`;
  const [text, setText] = useState(changeOn);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const query = `changeOn=${changeOn}`;
  const figure = useLoad((signal) => get<Figure>(`/api/insight/figures/cohorts?${query}`, undefined, signal), [query]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const error = checkDate(text, 'ændringsdatoen', { notAfter: now, notBefore: '2000-01-01' });
    setErrors(error ? { changeOn: error } : {});
    if (!error) setSearch({ dato: text });
  };

  const shown = `plan startet før og fra ${formatDate(changeOn)}`;
  const data = figure.data;
  const withheld = data ? withheldRows(data) : [];
  return (
    <>
      <PageHeading title="Før og efter">Før og efter en ændring</PageHeading>
      <p className="font-lead">
        Sammenlign borgerne, hvis plan startede før en ændring – fx flere sagsbehandlere eller et nyt tilbud – med
        dem, hvis plan startede fra den dag. Hver gruppe følges over hele tiden med en plan. En gruppe med {WITHHELD}
        vises ikke.
      </p>
      <ErrorSummary errors={errors} labels={{ changeOn: 'Ændringsdato' }} />
      <form onSubmit={submit} noValidate className="tvaers-panel tvaers-period" aria-labelledby="change-heading">
        <h2 className="h4" id="change-heading">Vælg ændringsdato</h2>
        <div className="tvaers-period-fields">
          <Field label="Ændringsdato" hint="Den dag ændringen trådte i kraft" error={errors.changeOn} id={fieldId('changeOn')}>
            {({ id, describedBy, invalid }) => (
              <input type="date" id={id} className="form-input input-width-s" value={text} max={now} aria-describedby={describedBy}
                aria-invalid={invalid} onChange={(e) => setText(e.target.value)} />
            )}
          </Field>
          <div className="form-group"><button type="submit" className="button button-primary">Sammenlign</button></div>
        </div>
      </form>
      <p aria-live="polite" id="cohorts-shown">Sammenligner borgere med {shown}.</p>
      {figure.loading && !data ? <Loading what="sammenligningen" /> : figure.error ? <ErrorMessage error={figure.error} /> : data && (
        <section aria-labelledby="cohorts-heading" className="tvaers-panel" id="cohorts">
          <h2 id="cohorts-heading">{data.title}</h2>
          <p>{data.description}</p>
          <div className="row">
            <div className="col-12 col-lg-7">
              <ServerChart path={`/api/insight/charts/cohorts.svg?${query}`} alt={chartDescription(data, shown)} describedBy="cohorts-table-note" />
            </div>
            <div className="col-12 col-lg-5">
              {withheld.length > 0 && (
                <p className="tvaers-withheld-note"><strong>Ikke vist ({WITHHELD}):</strong> {withheld.join(', ')}.</p>
              )}
              <p id="cohorts-table-note" className="tvaers-number-note">Tallene står i tabellen under diagrammet.</p>
              <p>
                <DownloadButton path={`/api/insight/figures/cohorts.csv?${query}`} fallbackName="cohorts.csv" id="cohorts-csv" label={`Hent CSV: ${data.title}`}>
                  Hent CSV
                </DownloadButton>
              </p>
            </div>
          </div>
          <div className="table--responsive-scroll">
            <table className="table table--compact" id="cohorts-table">
              <caption className="sr-only">{data.title}: {shown}</caption>
              <thead>
                <tr><th scope="col">Nøgletal</th>{data.rows.map((r) => <th scope="col" key={r.group ?? r.period} className="tvaers-number">{r.groupLabel}</th>)}</tr>
              </thead>
              <tbody>
                <tr><th scope="row">Borgere</th>{data.rows.map((r) => <td key={r.group ?? r.period} className="tvaers-number"><CellView cell={citizensOf(r)} /></td>)}</tr>
                {data.series.map((s) => (
                  <tr key={s.key}>
                    <th scope="row">{seriesHeading(s)}</th>
                    {data.rows.map((r) => <td key={r.group ?? r.period} className="tvaers-number"><CellView cell={cellOf(r, s)} /></td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {data.notes.length > 0 && <ul className="tvaers-notes">{data.notes.map((n) => <li key={n}>{n}</li>)}</ul>}
        </section>
      )}
    </>
  );
}
