// Building blocks of the insight screens: the area's own menu, the page for those without access, a server-drawn
// chart with its text alternative, a figure's table (withheld values said in words), a file download and the
// badge for where an assumption comes from.

import { useState, type ReactNode } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { getFile } from '../api';
import { useLoad } from '../hooks';
import {
  cellOf, citizensOf, fileName, hasGroups, mayUseInsight, seriesHeading, SOURCES, svgImage, WITHHELD,
  type Cell, type Figure, type Source,
} from '../insight';
import { Badge, PageHeading, useMe } from './ui';

/** The insight area: its menu above each screen, or a Danish "no access" page for everyone else. */
export function InsightArea() {
  const me = useMe();
  if (!mayUseInsight(me.roles)) return <NoAccess />;
  return (
    <>
      <nav className="tvaers-subnav" aria-label="Indsigt">
        <ul className="nobullet-list">
          <li><NavLink to="/indsigt" end>Nøgletal</NavLink></li>
          <li><NavLink to="/indsigt/beregner">Investeringsberegner</NavLink></li>
          <li><NavLink to="/indsigt/foer-efter">Før og efter</NavLink></li>
        </ul>
      </nav>
      <Outlet />
    </>
  );
}

export function NoAccess() {
  return (
    <>
      <PageHeading title="Ingen adgang">Ingen adgang</PageHeading>
      <div className="alert alert-warning" id="no-access">
        <div className="alert-body">
          <p className="alert-heading">Indsigt er kun for ledelsen og teamledere</p>
          <p className="alert-text">
            Du har ikke adgang til nøgletallene og investeringsberegneren. Tallene viser kun samlede resultater for
            kommunen, og adgangen gives til ledelsen og teamledere. Kontakt din leder, hvis du har brug for tallene.
          </p>
        </div>
      </div>
      <p><Link to="/">Gå til Mine borgere</Link></p>
    </>
  );
}

/**
 * A chart drawn by insight-service, shown as an image: the picture for the eye, the text alternative for a
 * screen reader, and the same numbers in the table next to it for everyone.
 */
export function ServerChart({ path, alt, describedBy }: { path: string; alt: string; describedBy?: string }) {
  const chart = useLoad(async (signal) => svgImage(await (await getFile(path, 'image/svg+xml', signal)).blob.text()), [path]);
  if (chart.loading) {
    return <div className="tvaers-chart tvaers-chart-placeholder" role="status"><span>Henter diagram …</span></div>;
  }
  if (chart.error) return <p className="tvaers-chart-error">Diagrammet kunne ikke hentes. Tallene står i tabellen.</p>;
  return <img className="tvaers-chart" src={chart.data} alt={alt} aria-describedby={describedBy} width={800} height={450} />;
}

/** A value in a table or a list: a number, or withheld in words so it is never read as 0. */
export function CellView({ cell }: { cell: Cell }) {
  if (cell.kind === 'withheld') return <span className="tvaers-withheld">{WITHHELD}</span>;
  if (cell.kind === 'none') return <span aria-label="ingen værdi" className="tvaers-no-value">–</span>;
  return <>{cell.text}</>;
}

export function FigureTable({ figure, id, caption }: { figure: Figure; id: string; caption: string }) {
  const groups = hasGroups(figure);
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact tvaers-figure-table" id={id}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Periode</th>
            {groups && <th scope="col">Gruppe</th>}
            <th scope="col">Borgere</th>
            {figure.series.map((s) => <th scope="col" key={s.key} className="tvaers-number">{seriesHeading(s)}</th>)}
          </tr>
        </thead>
        <tbody>
          {figure.rows.map((row, i) => (
            <tr key={`${row.period}-${row.group ?? ''}-${i}`}>
              <th scope="row">{row.period}</th>
              {groups && <td>{row.groupLabel ?? 'I alt'}</td>}
              <td className="tvaers-number"><CellView cell={citizensOf(row)} /></td>
              {figure.series.map((s) => (
                <td key={s.key} className="tvaers-number"><CellView cell={cellOf(row, s)} /></td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Downloads a file the gateway answers only with the bearer token (so a plain link would not do). */
/** {@code label}: the button's full name when the visible text alone does not say which file (it starts with it). */
export function DownloadButton({ path, fallbackName, children, id, label }: { path: string; fallbackName: string; children: ReactNode; id?: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle');
  const download = async () => {
    setState('busy');
    try {
      const file = await getFile(path, 'text/csv');
      const url = URL.createObjectURL(new Blob([file.blob], { type: file.type }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName(file.disposition, fallbackName);
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState('done');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="tvaers-download">
      <button type="button" className="button button-secondary button-small" id={id} aria-label={label}
        onClick={() => void download()} disabled={state === 'busy'}>
        {children}
      </button>
      <span aria-live="polite" className="tvaers-download-status">
        {state === 'done' && 'Filen er hentet.'}
        {state === 'failed' && <span className="form-error-message">Filen kunne ikke hentes. Prøv igen.</span>}
      </span>
    </span>
  );
}

export function SourceBadge({ source }: { source: Source }) {
  return <Badge kind={source === 'platform' ? 'info' : source === 'mangler' ? 'warning' : 'neutral'}>{SOURCES[source] ?? source}</Badge>;
}
