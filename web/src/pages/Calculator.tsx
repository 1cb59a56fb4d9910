import { Link } from 'react-router';
import { get } from '../api';
import { formatDateTime } from '../danish';
import { useLoad } from '../hooks';
import { formatValue, WITHHELD, type Baseline, type InvestmentCase } from '../insight';
import { SourceBadge } from '../components/insight';
import { ErrorMessage, Loading, PageHeading } from '../components/ui';

/** The organisation's investment cases, and the platform's own numbers a case starts from. */
export function Calculator() {
  const cases = useLoad((signal) => get<InvestmentCase[]>('/api/insight/calculator/cases', undefined, signal), []);
  const baseline = useLoad((signal) => get<Baseline>('/api/insight/baseline', undefined, signal), []);
  return (
    <>
      <PageHeading title="Investeringsberegner">Investeringsberegner</PageHeading>
      <p className="font-lead">
        Hvad koster en investering i fx flere sagsbehandlere eller et nyt tilbud, hvad sparer den, og hvornår tjener
        den sig hjem? Beregningen bygger på jeres egne antagelser og på platformens egne tal. Antagelserne kan altid
        ses og rettes, og hver ændring gemmes som en ny version.
      </p>
      <p><Link to="/indsigt/beregner/ny" className="button button-primary">Ny investeringscase</Link></p>

      <section aria-labelledby="cases-heading">
        <h2 id="cases-heading">Kommunens investeringscases</h2>
        {cases.loading ? <Loading what="investeringscases" /> : cases.error ? <ErrorMessage error={cases.error} /> :
          cases.data!.length === 0 ? <p id="no-cases">Der er endnu ingen investeringscases. Opret den første.</p> : (
            <div className="table--responsive-scroll">
              <table className="table table--compact" id="cases">
                <thead>
                  <tr>
                    <th scope="col">Investering</th><th scope="col">Første år</th><th scope="col">År i beregningen</th>
                    <th scope="col">Version</th><th scope="col">Sidst ændret</th>
                  </tr>
                </thead>
                <tbody>
                  {cases.data!.map((c) => (
                    <tr key={c.caseId}>
                      <th scope="row"><Link to={`/indsigt/beregner/${c.caseId}`}>{c.title}</Link></th>
                      <td>{c.assumptions.firstYear}</td>
                      <td>{c.assumptions.horizonYears}</td>
                      <td>{c.version}</td>
                      <td>{formatDateTime(c.changedAt)} af {c.changedBy}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
      </section>

      <section aria-labelledby="baseline-heading">
        <h2 id="baseline-heading">Platformens tal{baseline.data ? ` for ${baseline.data.year}` : ''}</h2>
        <p>
          Det udgangspunkt, beregneren bruger, hvor en antagelse er ladt tom. Et tal, der bygger på {WITHHELD}, eller
          som platformen ikke har data til, mangler og tæller som 0, indtil I selv angiver det.
        </p>
        {baseline.loading ? <Loading what="platformens tal" /> : baseline.error ? <ErrorMessage error={baseline.error} /> : (
          <BaselineTable baseline={baseline.data!} />
        )}
      </section>
    </>
  );
}

export function BaselineTable({ baseline }: { baseline: Baseline }) {
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact" id="baseline">
        <thead><tr><th scope="col">Tal</th><th scope="col" className="tvaers-number">Værdi</th><th scope="col">Kilde</th><th scope="col">Grundlag</th></tr></thead>
        <tbody>
          {baseline.numbers.map((n) => (
            <tr key={n.key}>
              <th scope="row">{n.label}</th>
              <td className="tvaers-number">{n.value === null ? <span className="tvaers-withheld">mangler</span> : formatValue(n.value, n.unit)}</td>
              <td><SourceBadge source={n.value === null ? 'mangler' : n.source} /></td>
              <td>{n.basis ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
