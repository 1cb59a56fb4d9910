import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, get, newKey, PURPOSES, request } from '../api';
import { ENROLMENT_STATUS, OFFER_KINDS, formatNumber, sectorName } from '../danish';
import { citizen as loadCitizen, readUntil } from '../data';
import { useLoad } from '../hooks';
import type { Enrolment, OfferPage, Plan } from '../types';
import { Alert, Badge, ErrorMessage, Field, Loading, PageHeading, useMe } from '../components/ui';
import { today } from '../danish';

export function Offers() {
  const { citizenId = '' } = useParams();
  const person = useLoad(() => loadCitizen(citizenId, PURPOSES.offers), [citizenId]);
  const [q, setQ] = useState('');
  const [kind, setKind] = useState('');
  const [freeSeats, setFreeSeats] = useState(false);
  const [query, setQuery] = useState('size=20');
  const [qError, setQError] = useState<string>();
  const results = useLoad((signal) => get<OfferPage>(`/api/offers?${query}`, undefined, signal), [query]);
  // the enrolment just made, until the enrolments' read model has it (it follows the change within moments)
  const [madeEnrolment, setMadeEnrolment] = useState<string>();
  const enrolments = useLoad((signal) => {
    const read = () => get<Enrolment[]>(`/api/enrolments?citizenId=${citizenId}`, PURPOSES.offers, signal);
    return madeEnrolment
      ? readUntil(read, (list) => list.some((e) => e.enrolmentId === madeEnrolment), signal).then((list) => list ?? [])
      : read();
  }, [citizenId, madeEnrolment]);
  const [outcome, setOutcome] = useState<{ offerId: string; title: string; provider: string; enrolmentId: string; text: string; kind: 'success' | 'warning' }>();
  const [failure, setFailure] = useState<unknown>();

  const search = (e: FormEvent) => {
    e.preventDefault();
    if (q.trim().length === 1) {
      setQError('Skriv mindst to bogstaver, eller lad feltet være tomt.');
      return;
    }
    setQError(undefined);
    const params = new URLSearchParams({ size: '20' });
    if (q.trim()) params.set('q', q.trim());
    if (kind) params.set('kind', kind);
    if (freeSeats) params.set('freeSeats', 'true');
    setQuery(params.toString());
  };

  const enrol = async (offerId: string, title: string) => {
    setFailure(undefined);
    setOutcome(undefined);
    try {
      const result = await request<{ enrolmentId: string; status: string; waitlistPosition: number | null }>('POST', '/api/enrolments', {
        body: { offerId, citizenId }, idempotencyKey: newKey(),
      });
      const provider = results.data?.offers.find((o) => o.offerId === offerId)?.details.provider.name ?? '';
      const base = { offerId, title, provider, enrolmentId: result.enrolmentId };
      setOutcome(result.status === 'WAITLISTED'
        ? { ...base, kind: 'warning', text: `${person.data?.name ?? 'Borgeren'} er skrevet på venteliste til ${title} som nr. ${result.waitlistPosition}.` }
        : { ...base, kind: 'success', text: `${person.data?.name ?? 'Borgeren'} er tilmeldt ${title}.` });
      setMadeEnrolment(result.enrolmentId);
      results.reload();
    } catch (err) {
      setFailure(err instanceof ApiError && err.rule ? err : err);
    }
  };

  const enrolledOn = new Set((enrolments.data ?? []).filter((e) => e.status !== 'ENDED').map((e) => e.offerId));
  return (
    <>
      <nav aria-label="Brødkrumme" className="breadcrumbs"><ol className="breadcrumbs__list">
        <li className="breadcrumbs__list-item"><Link className="breadcrumbs__link" to="/">Mine borgere</Link></li>
        <li className="breadcrumbs__list-item"><Link className="breadcrumbs__link" to={`/borgere/${citizenId}`}>{person.data?.name ?? 'Planen'}</Link></li>
        <li className="breadcrumbs__list-item" aria-current="page">Tilbud</li>
      </ol></nav>
      <PageHeading title="Find tilbud">Find tilbud{person.data ? ` til ${person.data.name}` : ''}</PageHeading>
      <form onSubmit={search} className="tvaers-search" role="search" aria-label="Tilbudssøgning" noValidate>
        <div className="row">
          <div className="col-12 col-md-5">
            <Field label="Søg i tilbudsviften" hint="Titel, beskrivelse eller leverandør" error={qError} id="offer-q">
              {({ id, describedBy, invalid }) => (
                <input id={id} type="search" className="form-input" value={q} maxLength={100} aria-describedby={describedBy}
                  aria-invalid={invalid} onChange={(e) => setQ(e.target.value)} />
              )}
            </Field>
          </div>
          <div className="col-12 col-md-4">
            <Field label="Slags tilbud" id="offer-kind">
              {({ id }) => (
                <select id={id} className="form-select" value={kind} onChange={(e) => setKind(e.target.value)}>
                  <option value="">Alle</option>
                  {Object.entries(OFFER_KINDS).map(([code, name]) => <option key={code} value={code}>{name}</option>)}
                </select>
              )}
            </Field>
          </div>
          <div className="col-12 col-md-3 tvaers-search-extra">
            <div className="form-group-checkbox">
              <input type="checkbox" className="form-checkbox" id="offer-free" checked={freeSeats} onChange={(e) => setFreeSeats(e.target.checked)} />
              <label htmlFor="offer-free">Kun med ledige pladser</label>
            </div>
          </div>
        </div>
        <button type="submit" className="button button-primary">Søg</button>
      </form>

      <div aria-live="polite">
        {outcome && <Alert kind={outcome.kind} heading={outcome.kind === 'success' ? 'Tilmeldt' : 'På venteliste'}>{outcome.text}</Alert>}
      </div>
      {outcome && <LinkToPlan citizenId={citizenId} enrolment={outcome} />}
      <ErrorMessage error={failure} />

      <section aria-labelledby="resultater">
        <h2 id="resultater">
          {results.data ? `${results.data.total} ${results.data.total === 1 ? 'tilbud' : 'tilbud'}` : 'Tilbud'}
        </h2>
        {results.loading ? <Loading what="tilbud" /> : results.error ? <ErrorMessage error={results.error} /> : (
          <ul className="nobullet-list tvaers-offers" id="offers">
            {results.data!.offers.map((o) => (
              <li key={o.offerId} className="card tvaers-offer">
                <div className="card-content">
                  <h3 className="h4">{o.details.title}</h3>
                  <p className="form-hint">
                    {OFFER_KINDS[o.details.kind] ?? o.details.kind} · {o.details.provider.name}
                    {o.details.weeklyHours !== null ? ` · ${formatNumber(o.details.weeklyHours)} timer om ugen` : ''}
                    {o.details.access === 'OPEN' ? ' · Kræver ikke visitation' : ''}
                  </p>
                  {o.details.description && <p>{o.details.description}</p>}
                  <p>
                    {o.freeSeats === null ? <Badge kind="success">Ingen pladsbegrænsning</Badge>
                      : o.freeSeats > 0 ? <Badge kind="success">{o.freeSeats} ledige pladser</Badge>
                        : <Badge kind="warning">Fuldt · {o.waiting} på venteliste</Badge>}
                    {o.details.sectors.length > 0 && <span className="form-hint"> · For {o.details.sectors.map(sectorName).join(', ')}</span>}
                  </p>
                  {enrolledOn.has(o.offerId) ? (
                    <p><Badge kind="info">Borgeren er allerede tilmeldt</Badge></p>
                  ) : (
                    <button type="button" className="button button-secondary" onClick={() => void enrol(o.offerId, o.details.title)}>
                      Tilmeld borgeren<span className="sr-only"> til {o.details.title}</span>
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="tilmeldinger">
        <h2 id="tilmeldinger">Borgerens tilmeldinger</h2>
        {enrolments.loading ? <Loading what="tilmeldinger" /> : enrolments.error ? <ErrorMessage error={enrolments.error} /> :
          enrolments.data!.length === 0 ? <p>Ingen tilmeldinger, som du kan se.</p> : (
            <ul id="enrolments">
              {enrolments.data!.map((e) => (
                <li key={e.enrolmentId}>
                  {results.data?.offers.find((o) => o.offerId === e.offerId)?.details.title ?? 'Tilbud'}:{' '}
                  {ENROLMENT_STATUS[e.status] ?? e.status}{e.waitlistPosition ? ` (nr. ${e.waitlistPosition})` : ''}
                </li>
              ))}
            </ul>
          )}
      </section>
    </>
  );
}

/** The enrolment as an activity in the plan, serving the sub-goals the caseworker's sector owns. */
function LinkToPlan({ citizenId, enrolment }: { citizenId: string; enrolment: { offerId: string; title: string; provider: string; enrolmentId: string } }) {
  const me = useMe();
  const plan = useLoad((signal) => get<Plan>(`/api/plans/citizens/${citizenId}`, PURPOSES.offers, signal), [citizenId]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  if (plan.loading || plan.error || !plan.data) return null;
  const own = plan.data.subGoals.filter((s) => s.owningSector === me.sector && (s.status === 'OPEN' || s.status === 'ADJUSTED'));
  if (own.length === 0) return null;
  if (done) return <Alert kind="success" live>Tilbuddet står nu som indsats i planen.</Alert>;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (chosen.length === 0) {
      setError('Vælg mindst ét delmål, som tilbuddet skal hjælpe med.');
      return;
    }
    try {
      await request('POST', `/api/plans/citizens/${citizenId}/activities`, {
        idempotencyKey: `enrolment-${enrolment.enrolmentId}`,
        body: { kind: 'ENROLMENT', title: enrolment.title, provider: enrolment.provider || null,
          reference: `enrolment:${enrolment.enrolmentId}`, startsOn: today(), subGoalIds: chosen },
      });
      setDone(true);
    } catch (err) {
      setFailure(err);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="tvaers-panel tvaers-link-plan" aria-labelledby="link-plan-heading">
      <h2 className="h4" id="link-plan-heading">Sæt tilbuddet ind i planen</h2>
      <ErrorMessage error={failure} />
      <fieldset className="tvaers-fieldset" aria-describedby={error ? 'link-plan-error' : undefined}>
        <legend>Hvilke delmål skal {enrolment.title} hjælpe med?</legend>
        {error && <p className="form-error-message" id="link-plan-error">{error}</p>}
        <ul className="nobullet-list">
          {own.map((s) => (
            <li key={s.subGoalId} className="form-group-checkbox">
              <input type="checkbox" className="form-checkbox" id={`serves-${s.subGoalId}`} checked={chosen.includes(s.subGoalId)}
                onChange={() => setChosen(chosen.includes(s.subGoalId) ? chosen.filter((id) => id !== s.subGoalId) : [...chosen, s.subGoalId])} />
              <label htmlFor={`serves-${s.subGoalId}`}>{s.description}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit" className="button button-primary">Tilføj som indsats</button>
    </form>
  );
}
