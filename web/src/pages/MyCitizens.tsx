import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError, get, getOrNull, PURPOSES, request } from '../api';
import { FOLLOW_UP_STATE, formatDate, formatDateTime, maskCpr, sectorName, today, addDays } from '../danish';
import { citizen, mapLimited } from '../data';
import { useLoad } from '../hooks';
import type { CaseSummary, Caseload, Citizen, CoordinatorStatus, FollowUpDue, Notification } from '../types';
import { Alert, Badge, ErrorMessage, Field, Loading, PageHeading, useMe } from '../components/ui';

interface Row {
  citizenId: string;
  citizen: Citizen | null;
  sectors: string[];
  coordinator: string | null;
  due: FollowUpDue | undefined;
}

const LAST_SEEN = (userId: string) => `tvaers.lastSeenNotification.${userId}`;

export function MyCitizens() {
  const me = useMe();
  const caseload = useLoad((signal) => getOrNull<Caseload>('/api/caseworkers/me/caseload', undefined, signal), []);
  const rows = useLoad(async (signal) => {
    const [cases, due] = await Promise.all([
      get<CaseSummary[]>('/api/caseworkers/me/cases', PURPOSES.overview, signal),
      get<FollowUpDue[]>(`/api/plans/follow-ups-due?dueBy=${addDays(today(), 14)}`, PURPOSES.overview, signal),
    ]);
    const ids = [...new Set(cases.map((c) => c.citizenId))];
    return mapLimited(ids, 4, async (citizenId): Promise<Row> => {
      const [person, coordinator] = await Promise.all([
        citizen(citizenId),
        getOrNull<CoordinatorStatus>(`/api/coordination/citizens/${citizenId}/coordinator`, PURPOSES.overview, signal),
      ]);
      return {
        citizenId,
        citizen: person,
        sectors: cases.filter((c) => c.citizenId === citizenId).map((c) => c.sector),
        coordinator: coordinator?.coordinator?.caseworkerId ?? null,
        due: due.find((d) => d.citizenId === citizenId),
      };
    });
  }, []);
  const [lastSeen] = useState(() => Number(localStorage.getItem(LAST_SEEN(me.userId)) ?? '0'));
  const news = useLoad((signal) => get<Notification[]>(`/api/coordination/notifications?after=${lastSeen}&limit=50`,
    PURPOSES.overview, signal), [lastSeen]);
  useEffect(() => {
    const newest = Math.max(lastSeen, ...(news.data ?? []).map((n) => n.id));
    if (newest > lastSeen) localStorage.setItem(LAST_SEEN(me.userId), String(newest));
  }, [news.data, lastSeen, me.userId]);

  const coordinated = (rows.data ?? []).filter((r) => r.coordinator === me.userId);
  const others = (rows.data ?? []).filter((r) => r.coordinator !== me.userId);
  const dueRows = (rows.data ?? []).filter((r) => r.due).sort((a, b) => a.due!.nextDueOn.localeCompare(b.due!.nextDueOn));
  const fromOtherSectors = (news.data ?? []).filter((n) => n.sector !== me.sector);

  return (
    <>
      <PageHeading title="Mine borgere">Mine borgere</PageHeading>
      <div className="row">
        <div className="col-12 col-lg-8">
          <section aria-labelledby="opfoelgninger">
            <h2 id="opfoelgninger">Opfølgninger der nærmer sig</h2>
            {rows.loading ? <Loading what="opfølgninger" /> : rows.error ? <ErrorMessage error={rows.error} /> :
              dueRows.length === 0 ? <p>Ingen opfølgninger de næste 14 dage.</p> : (
                <div className="table--responsive-scroll">
                  <table className="table table--compact" id="follow-ups-due">
                    <caption className="sr-only">Borgere hvis opfølgning skal holdes inden for 14 dage</caption>
                    <thead><tr><th scope="col">Borger</th><th scope="col">Frist</th><th scope="col">Status</th></tr></thead>
                    <tbody>
                      {dueRows.map((r) => (
                        <tr key={r.citizenId}>
                          <td><Link to={`/borgere/${r.citizenId}`}>{r.citizen?.name ?? 'Ukendt borger'}</Link></td>
                          <td>{formatDate(r.due!.nextDueOn)}</td>
                          <td><FollowUpBadge state={r.due!.state} /></td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
          </section>

          <section aria-labelledby="koordinerer">
            <h2 id="koordinerer">Borgere jeg koordinerer</h2>
            {rows.loading ? <Loading what="borgere" /> : rows.error ? null : <CitizenTable rows={coordinated} empty="Du er ikke koordinerende sagsbehandler for nogen borger." id="coordinated" />}
          </section>

          <section aria-labelledby="oevrige">
            <h2 id="oevrige">Mine øvrige borgere</h2>
            {rows.loading ? <Loading what="borgere" /> : rows.error ? null : <CitizenTable rows={others} empty="Du har ingen andre åbne sager." id="others" />}
          </section>
        </div>

        <div className="col-12 col-lg-4">
          <section aria-labelledby="sagstal" className="tvaers-panel">
            <h2 id="sagstal" className="h3">Mit sagstal</h2>
            {caseload.loading ? <Loading what="sagstal" /> : caseload.error ? <ErrorMessage error={caseload.error} /> : caseload.data ? (
              <>
                <p className="tvaers-figure" id="caseload">
                  <strong>{caseload.data.caseload}</strong> {caseload.data.caseload === 1 ? 'sag' : 'sager'}
                  {caseload.data.recommendedCaseload !== null && <> af anbefalet <strong>{caseload.data.recommendedCaseload}</strong></>}
                </p>
                {caseload.data.recommendedCaseload !== null && (
                  <meter className="tvaers-meter" min={0} max={Math.max(caseload.data.recommendedCaseload, caseload.data.caseload)}
                    high={caseload.data.recommendedCaseload} optimum={0} value={caseload.data.caseload}
                    aria-label="Sagstal mod anbefalet sagstal" />
                )}
                {caseload.data.warning && (
                  <Alert kind="warning" heading="Dit sagstal er over det anbefalede">Tal med din leder om fordelingen af sager.</Alert>
                )}
              </>
            ) : <p>Du har ingen sager.</p>}
          </section>

          <section aria-labelledby="nyt" className="tvaers-panel">
            <h2 id="nyt" className="h3">Nyt fra andre sektorer</h2>
            <p className="form-hint">Siden dit sidste besøg</p>
            {news.loading ? <Loading what="nyheder" /> : news.error ? <ErrorMessage error={news.error} /> :
              fromOtherSectors.length === 0 ? <p>Intet nyt.</p> : (
                <ul className="nobullet-list tvaers-news" id="news">
                  {fromOtherSectors.map((n) => (
                    <li key={n.id}>
                      <span className="tvaers-news-meta">{formatDateTime(n.createdAt)} · {sectorName(n.sector)}</span>
                      <Link to={`/borgere/${n.citizenId}`}>{n.text}</Link>
                    </li>
                  ))}
                </ul>
              )}
          </section>

          <FindCitizen />
        </div>
      </div>
    </>
  );
}

function FollowUpBadge({ state }: { state: string }) {
  const upper = state.toUpperCase();
  const kind = upper === 'OVERDUE' ? 'error' : upper === 'DUE' ? 'warning' : 'info';
  return <Badge kind={kind}>{FOLLOW_UP_STATE[upper] ?? state}</Badge>;
}

function CitizenTable({ rows, empty, id }: { rows: Row[]; empty: string; id: string }) {
  if (rows.length === 0) return <p>{empty}</p>;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact" id={id}>
        <thead>
          <tr><th scope="col">Borger</th><th scope="col">CPR</th><th scope="col">Mine sager</th><th scope="col">Næste opfølgning</th></tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.citizenId}>
              <td><Link to={`/borgere/${r.citizenId}`}>{r.citizen?.name ?? 'Ukendt borger'}</Link></td>
              <td>{maskCpr(r.citizen?.cpr)}</td>
              <td>{r.sectors.map(sectorName).join(', ')}</td>
              <td>{r.due ? <>{formatDate(r.due.nextDueOn)} <FollowUpBadge state={r.due.state} /></> : 'Ikke inden for 14 dage'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A citizen by CPR number: a POST (the number stays out of URLs and logs) with the purpose for the audit log. */
function FindCitizen() {
  const navigate = useNavigate();
  const [cpr, setCpr] = useState('');
  const [purpose, setPurpose] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!/^\d{6}-?\d{4}$/.test(cpr.trim())) found.cpr = 'Skriv CPR-nummeret som 10 cifre, fx 140387-1119.';
    if (purpose.trim().length < 3) found.purpose = 'Skriv kort hvorfor du slår borgeren op. Det gemmes i loggen.';
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const person = await request<Citizen>('POST', '/api/citizens/lookup', { body: { cpr: cpr.trim() }, purpose: purpose.trim() });
      navigate(`/borgere/${person.citizenId}`);
    } catch (err) {
      setErrors({ cpr: err instanceof ApiError && err.status === 404 ? 'Der er ingen borger med det CPR-nummer, som du har adgang til.' : (err as Error).message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="find" className="tvaers-panel">
      <h2 id="find" className="h3">Find borger</h2>
      <form onSubmit={submit} noValidate>
        <Field label="CPR-nummer" error={errors.cpr} id="find-cpr">
          {({ id, describedBy, invalid }) => (
            <input id={id} className="form-input input-char-11" inputMode="numeric" autoComplete="off" value={cpr}
              aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setCpr(e.target.value)} />
          )}
        </Field>
        <Field label="Formål med opslaget" hint="Gemmes i logningen af opslag" error={errors.purpose} id="find-purpose">
          {({ id, describedBy, invalid }) => (
            <input id={id} className="form-input" value={purpose} aria-describedby={describedBy} aria-invalid={invalid}
              onChange={(e) => setPurpose(e.target.value)} />
          )}
        </Field>
        <button type="submit" className="button button-secondary" disabled={busy}>Find borger</button>
      </form>
    </section>
  );
}
