import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError, getOrNull } from '../api';
import { formatDateTime, formatNumber, today } from '../danish';
import { readUntil } from '../data';
import { useLoad } from '../hooks';
import {
  breakEvenText, changes, formatCell, formatValue, type CaseProjection, type ProjectionInput,
} from '../insight';
import { DownloadButton, ServerChart, SourceBadge } from '../components/insight';
import { Alert, ErrorMessage, Field, Loading, PageHeading } from '../components/ui';

interface Arrival { saved?: number; created?: boolean; changed?: boolean }

/** An investment case: the verdict, the projection year by year with its chart, the assumptions with their sources, every version. */
export function InvestmentCasePage() {
  const { caseId = '' } = useParams();
  const arrival = (useLocation().state ?? {}) as Arrival;
  const year = Number(today().slice(0, 4));
  const [baseYear, setBaseYear] = useState<number>(year - 1);
  const query = `baseYear=${baseYear}`;
  const loaded = useLoad(async (signal) => {
    const found = await readUntil(
      () => getOrNull<CaseProjection>(`/api/insight/calculator/cases/${caseId}/projection?${query}`, undefined, signal),
      (p) => p.investmentCase.version >= (arrival.saved ?? 0), signal);
    if (!found) throw new ApiError(404, 'Investeringscasen findes ikke, eller du har ikke adgang til den.');
    return found;
  }, [caseId, query]);

  if (loaded.loading && !loaded.data) return <Loading what="investeringscasen" />;
  if (loaded.error) return <ErrorMessage error={loaded.error} />;
  const { investmentCase, projection, baseline } = loaded.data!;
  const versions = [...investmentCase.versions].reverse();

  return (
    <>
      <nav aria-label="Brødkrumme" className="breadcrumbs"><ol className="breadcrumbs__list">
        <li className="breadcrumbs__list-item"><Link className="breadcrumbs__link" to="/indsigt/beregner">Investeringsberegner</Link></li>
        <li className="breadcrumbs__list-item" aria-current="page">{investmentCase.title}</li>
      </ol></nav>
      <PageHeading title={investmentCase.title}>{investmentCase.title}</PageHeading>
      <p className="tvaers-subtitle">
        Version {investmentCase.version}, gemt {formatDateTime(investmentCase.changedAt)} af {investmentCase.changedBy}.
      </p>
      <div aria-live="polite">
        {arrival.created && <Alert kind="success">Investeringscasen er oprettet.</Alert>}
        {arrival.saved !== undefined && !arrival.created && (arrival.changed
          ? <Alert kind="success">Forudsætningerne er gemt som version {arrival.saved}.</Alert>
          : <Alert kind="info">Forudsætningerne var de samme som før; der er ikke gemt en ny version.</Alert>)}
      </div>

      <section aria-labelledby="result-heading" className="tvaers-panel" id="result">
        <h2 id="result-heading">Resultat</h2>
        <p className="tvaers-verdict-text" id="break-even"><strong>{breakEvenText(projection)}</strong></p>
        <dl className="tvaers-facts">
          <dt>Nettoresultat (nutidsværdi)</dt><dd id="net-present-value">{formatValue(projection.netPresentValue, 'kr.')}</dd>
          <dt>Udgifter i alt</dt><dd>{formatValue(projection.totalCosts, 'kr.')}</dd>
          <dt>Besparelser i alt</dt><dd>{formatValue(projection.totalSavings, 'kr.')}</dd>
          <dt>Netto i alt (ikke tilbagediskonteret)</dt><dd>{formatValue(projection.totalNet, 'kr.')}</dd>
          {projection.caseloadBefore !== null && (
            <>
              <dt>Sager pr. sagsbehandler i dag</dt><dd>{formatNumber(projection.caseloadBefore)}</dd>
              {projection.caseloadAfter !== null && <><dt>… med de ekstra sagsbehandlere</dt><dd>{formatNumber(projection.caseloadAfter)}</dd></>}
            </>
          )}
        </dl>
        <p className="tvaers-number-note">
          Nutidsværdien er årenes netto tilbagediskonteret til første år, så kroner om ti år tæller mindre end kroner i dag.
          Investeringen tjener sig hjem det første år, hvor den samlede nutidsværdi er 0 eller mere.
        </p>
      </section>

      <section aria-labelledby="projection-heading">
        <h2 id="projection-heading">År for år</h2>
        <div className="tvaers-base-year">
          <Field label="Platformens tal fra året" hint="Bruges hvor en antagelse er ladt tom">
            {({ id, describedBy }) => (
              <select id={id} className="form-select" value={baseYear} aria-describedby={describedBy} onChange={(e) => setBaseYear(Number(e.target.value))}>
                {[0, 1, 2, 3, 4].map((back) => <option key={back} value={year - back}>{year - back}{back === 0 ? ' (til i dag)' : ''}</option>)}
              </select>
            )}
          </Field>
        </div>
        <ServerChart path={`/api/insight/charts/calculator/${caseId}.svg?${query}&v=${investmentCase.version}`} describedBy="projection-about"
          alt={`Diagram: udgifter og besparelser år for år og det samlede nettoresultat i nutidsværdi. ${breakEvenText(projection)}`} />
        <p id="projection-about" className="tvaers-number-note">Tallene bag diagrammet står i tabellen herunder.</p>
        <div className="table--responsive-scroll">
          <table className="table table--compact" id="projection">
            <caption className="sr-only">Investeringens udgifter og besparelser år for år, i kroner</caption>
            <thead>
              <tr>
                <th scope="col">År</th>
                <th scope="col" className="tvaers-number">Andel af fuld effekt</th>
                <th scope="col" className="tvaers-number">Udgifter (kr.)</th>
                <th scope="col" className="tvaers-number">Besparelser (kr.)</th>
                <th scope="col" className="tvaers-number">Netto (kr.)</th>
                <th scope="col" className="tvaers-number">Nutidsværdi (kr.)</th>
                <th scope="col" className="tvaers-number">Samlet nutidsværdi (kr.)</th>
              </tr>
            </thead>
            <tbody>
              {projection.years.map((y) => (
                <tr key={y.year} className={y.year === projection.breakEvenYear ? 'tvaers-break-even' : undefined}>
                  <th scope="row">{y.year}{y.year === projection.breakEvenYear && <span className="badge badge-success tvaers-badge-inline">Tjent hjem</span>}</th>
                  <td className="tvaers-number">{formatNumber(Math.round(y.rampUp * 1000) / 10)} %</td>
                  <td className="tvaers-number">{formatCell(y.costs, 'kr.')}</td>
                  <td className="tvaers-number">{formatCell(y.savings, 'kr.')}</td>
                  <td className="tvaers-number">{formatCell(y.net, 'kr.')}</td>
                  <td className="tvaers-number">{formatCell(y.presentNet, 'kr.')}</td>
                  <td className="tvaers-number">{formatCell(y.cumulativePresentNet, 'kr.')}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">I alt</th><td />
                <td className="tvaers-number">{formatCell(projection.totalCosts, 'kr.')}</td>
                <td className="tvaers-number">{formatCell(projection.totalSavings, 'kr.')}</td>
                <td className="tvaers-number">{formatCell(projection.totalNet, 'kr.')}</td>
                <td /><td className="tvaers-number">{formatCell(projection.netPresentValue, 'kr.')}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        <p>
          <DownloadButton path={`/api/insight/calculator/cases/${caseId}/projection.csv?${query}`} fallbackName="investering.csv" id="projection-csv">
            Hent beregningen som CSV
          </DownloadButton>
        </p>
      </section>

      <section aria-labelledby="inputs-heading">
        <h2 id="inputs-heading">Forudsætninger</h2>
        <p>
          Hvert tal med sin kilde: en antagelse, I selv har skrevet, et tal fra platformen ({baseline.year}), eller et
          tal der mangler og tæller som 0.
        </p>
        <div className="table--responsive-scroll">
          <table className="table table--compact" id="inputs">
            <thead><tr><th scope="col">Forudsætning</th><th scope="col" className="tvaers-number">Værdi</th><th scope="col">Kilde</th><th scope="col">Grundlag</th></tr></thead>
            <tbody>
              {projection.inputs.map((input) => (
                <tr key={input.key}>
                  <th scope="row">{input.label}</th>
                  <td className="tvaers-number">{inputValue(input)}</td>
                  <td><SourceBadge source={input.source} /></td>
                  <td>{input.basis ?? (input.source === 'antagelse' ? 'Jeres antagelse' : '–')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p><Link to={`/indsigt/beregner/${caseId}/ret`} className="button button-primary">Ret forudsætningerne</Link></p>
      </section>

      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">Versioner</h2>
        <div className="table--responsive-scroll">
          <table className="table table--compact" id="versions">
            <thead><tr><th scope="col">Version</th><th scope="col">Gemt</th><th scope="col">Af</th><th scope="col">Begrundelse</th><th scope="col">Ændret</th></tr></thead>
            <tbody>
              {versions.map((v) => {
                const before = investmentCase.versions.find((o) => o.version === v.version - 1);
                const changed = before ? changes(before.assumptions, v.assumptions) : [];
                return (
                  <tr key={v.version}>
                    <th scope="row">{v.version}</th>
                    <td>{formatDateTime(v.changedAt)}</td>
                    <td>{v.changedBy}</td>
                    <td>{v.note ?? '–'}</td>
                    <td>{before ? (changed.length ? <ul className="tvaers-changes">{changed.map((c) => <li key={c}>{c}</li>)}</ul> : 'Intet') : 'Oprettet'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

function inputValue(input: ProjectionInput) {
  if (input.value === null) return <span className="tvaers-withheld">mangler (tæller som 0)</span>;
  if (input.key === 'discountRate') return `${formatNumber(Number((input.value * 100).toFixed(6)))} %`;
  return formatValue(input.value, input.unit);
}
