import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError, get, getOrNull, newKey, post, put, PURPOSES } from '../api';
import {
  ACTIVITY_KINDS, CONSENT_CATEGORIES, ENROLMENT_STATUS, FOLLOW_UP_STATE, GRANT_STATUS, LIFE_AREAS, SUB_GOAL_STATUS,
  CITIZEN_RATINGS, describeMeasurement, formatDate, formatDateTime, formatNumber, maskCpr, sectorName, today,
} from '../danish';
import { citizen as loadCitizen, offer as loadOffer } from '../data';
import { useLoad } from '../hooks';
import { follow, type StreamState } from '../sse';
import type {
  Consent, CoordinatorStatus, Enrolment, Grant, InvolvedSector, Offer, Plan, SubGoal, TimelineEntry,
} from '../types';
import { Alert, Badge, ErrorMessage, Field, Loading, PageHeading, useMe } from '../components/ui';
import { ProgressChart } from '../components/ProgressChart';

export function CitizenPlan() {
  const { citizenId = '' } = useParams();
  const location = useLocation();
  const me = useMe();
  const flash = (location.state as { message?: string } | null)?.message;
  const person = useLoad(() => loadCitizen(citizenId, PURPOSES.plan), [citizenId]);
  const plan = useLoad((signal) => getOrNull<Plan>(`/api/plans/citizens/${citizenId}`, PURPOSES.plan, signal), [citizenId]);
  const people = useLoad(async (signal) => {
    const [coordinator, involved, consents] = await Promise.all([
      getOrNull<CoordinatorStatus>(`/api/coordination/citizens/${citizenId}/coordinator`, PURPOSES.plan, signal),
      get<InvolvedSector[]>(`/api/coordination/citizens/${citizenId}/involved-sectors`, PURPOSES.plan, signal),
      get<Consent[]>(`/api/coordination/citizens/${citizenId}/consents`, PURPOSES.plan, signal),
    ]);
    return { coordinator, involved, consents };
  }, [citizenId]);
  const timeline = useLoad((signal) => get<TimelineEntry[]>(`/api/coordination/citizens/${citizenId}/timeline?limit=50`,
    PURPOSES.plan, signal), [citizenId]);
  const help = useLoad(async (signal) => {
    const [enrolments, grants] = await Promise.all([
      get<Enrolment[]>(`/api/enrolments?citizenId=${citizenId}`, PURPOSES.plan, signal).catch(() => [] as Enrolment[]),
      get<Grant[]>(`/api/grants?citizenId=${citizenId}`, PURPOSES.plan, signal).catch(() => [] as Grant[]),
    ]);
    const offers = new Map<string, Offer | null>();
    await Promise.all([...new Set([...enrolments.map((e) => e.offerId), ...grants.map((g) => g.offerId)])]
      .map(async (id) => offers.set(id, await loadOffer(id))));
    return { enrolments, grants, offers };
  }, [citizenId]);

  const [stream, setStream] = useState<StreamState>('connecting');
  const [liveNotice, setLiveNotice] = useState('');
  const version = useRef(0);
  version.current = plan.data?.version ?? -1;
  const reloadPlan = useRef(plan.reload);
  reloadPlan.current = plan.reload;
  const reloadTimeline = useRef(timeline.reload);
  reloadTimeline.current = timeline.reload;
  const reloadPeople = useRef(people.reload);
  reloadPeople.current = people.reload;

  // The page follows the plan: when any sector changes it, it reads the plan again by itself.
  useEffect(() => {
    const controller = new AbortController();
    follow(`/api/plans/citizens/${citizenId}/stream`, (event) => {
      if (event.event !== 'plan-changed') return;
      const changed = JSON.parse(event.data) as { version: number };
      if (changed.version > version.current) {
        reloadPlan.current();
        reloadTimeline.current();
        if (version.current >= 0) {
          setLiveNotice(`Planen er opdateret ${new Date().toLocaleTimeString('da-DK', { hour: '2-digit', minute: '2-digit' })}.`);
        }
      }
    }, controller.signal, setStream);
    // who works with the citizen and who coordinates change in coordination-service: its notices say when
    follow('/api/coordination/notifications/stream', (event) => {
      if (event.event !== 'notification') return;
      const notice = JSON.parse(event.data) as { citizenId: string };
      if (notice.citizenId === citizenId) {
        reloadPeople.current();
        reloadTimeline.current();
      }
    }, controller.signal);
    return () => controller.abort();
  }, [citizenId]);

  const name = person.data?.name ?? 'Borger';
  const mayDoCasework = me.roles.some((r) => ['caseworker', 'coordinator', 'team-leader'].includes(r));

  return (
    <>
      <nav aria-label="Brødkrumme" className="breadcrumbs">
        <ol className="breadcrumbs__list">
          <li className="breadcrumbs__list-item"><Link className="breadcrumbs__link" to="/">Mine borgere</Link></li>
          <li className="breadcrumbs__list-item" aria-current="page">{name}</li>
        </ol>
      </nav>
      <PageHeading title={`${name} – plan`}>{name}</PageHeading>
      <p className="tvaers-subtitle">
        {person.data && <>CPR {maskCpr(person.data.cpr)} · </>}
        <span className="tvaers-live" data-state={stream}>
          {stream === 'live' ? 'Opdateres automatisk' : stream === 'reconnecting' ? 'Forbinder igen …' : 'Forbinder …'}
        </span>
      </p>
      <div aria-live="polite" className="tvaers-live-region" id="live-notice">{liveNotice}</div>
      {flash && <Alert kind="success" live>{flash}</Alert>}
      {person.error ? <ErrorMessage error={person.error} /> : null}

      {mayDoCasework && plan.data && (
        <ul className="tvaers-actions nobullet-list" aria-label="Handlinger">
          <li><Link className="button button-primary" to={`/borgere/${citizenId}/opfoelgning`}>Registrér opfølgning</Link></li>
          <li><Link className="button button-secondary" to={`/borgere/${citizenId}/delmaal/nyt`}>Tilføj delmål</Link></li>
          <li><Link className="button button-secondary" to={`/borgere/${citizenId}/tilbud`}>Find tilbud</Link></li>
          <li><Link className="button button-secondary" to={`/borgere/${citizenId}/bevilling`}>Indstil bevilling</Link></li>
        </ul>
      )}

      <div className="row">
        <div className="col-12 col-lg-8">
          {plan.loading ? <Loading what="planen" /> : plan.error ? <ErrorMessage error={plan.error} /> :
            !plan.data ? <NoPlan citizenId={citizenId} onCreated={plan.reload} /> : (
              <PlanSections plan={plan.data} citizenId={citizenId} mySector={me.sector} onChanged={plan.reload} />
            )}
          <section aria-labelledby="hjaelp">
            <h2 id="hjaelp">Tilbud og bevillinger</h2>
            {help.loading ? <Loading what="tilbud og bevillinger" /> : help.error ? <ErrorMessage error={help.error} /> : help.data && (
              help.data.enrolments.length === 0 && help.data.grants.length === 0 ? <p>Borgeren er ikke tilmeldt tilbud og har ingen bevillinger, som du kan se.</p> : (
                <ul className="nobullet-list bordered-list" id="help-list">
                  {help.data.enrolments.map((e) => (
                    <li key={e.enrolmentId}>
                      <strong>{help.data!.offers.get(e.offerId)?.details.title ?? 'Tilbud'}</strong>{' '}
                      <Badge kind={e.status === 'WAITLISTED' ? 'warning' : 'success'}>
                        {ENROLMENT_STATUS[e.status] ?? e.status}{e.waitlistPosition ? ` (nr. ${e.waitlistPosition})` : ''}
                      </Badge>
                      <br /><span className="form-hint">Tilmelding · {sectorName(e.referringSector)}{e.enrolledOn ? ` · fra ${formatDate(e.enrolledOn)}` : ''}</span>
                    </li>
                  ))}
                  {help.data.grants.map((g) => (
                    <li key={g.grantId}>
                      <strong>{help.data!.offers.get(g.offerId)?.details.title ?? 'Bevilling'}</strong>{' '}
                      <Badge kind={g.status === 'APPROVED' ? 'success' : g.status === 'AWAITING_VISITATION' ? 'warning' : 'neutral'}>{GRANT_STATUS[g.status]}</Badge>
                      <br /><span className="form-hint">Bevilling · {formatNumber(g.hoursPerWeek)} timer om ugen · {formatDate(g.validFrom)} – {formatDate(g.validUntil)} · {g.legalBasis}</span>
                    </li>
                  ))}
                </ul>
              ))}
          </section>
        </div>

        <aside className="col-12 col-lg-4" aria-label="Samarbejde om borgeren">
          <section aria-labelledby="hvem" className="tvaers-panel">
            <h2 id="hvem" className="h3">Hvem arbejder med borgeren</h2>
            {people.loading ? <Loading what="sektorer" /> : people.error ? <ErrorMessage error={people.error} /> : people.data && (
              <>
                <div className="tvaers-coordinator" id="coordinator">
                  <p className="tvaers-label">Koordinerende sagsbehandler</p>
                  {people.data.coordinator?.coordinator ? (
                    <p><strong>{people.data.coordinator.coordinator.caseworkerId}</strong>, {sectorName(people.data.coordinator.coordinator.sector)}</p>
                  ) : (
                    <Alert kind="warning">Borgeren har ingen koordinerende sagsbehandler.</Alert>
                  )}
                  {mayDoCasework && <Link to={`/borgere/${citizenId}/koordinator`} className="function-link">
                    {people.data.coordinator?.coordinator ? 'Skift koordinator' : 'Udpeg koordinator'}</Link>}
                </div>
                <table className="table table--compact" id="involved-sectors">
                  <caption className="sr-only">Sektorer med en åben sag</caption>
                  <thead><tr><th scope="col">Sektor</th><th scope="col">Sagsbehandler</th></tr></thead>
                  <tbody>
                    {people.data.involved.map((s) => (
                      <tr key={s.sector + s.caseId}>
                        <td>{sectorName(s.sector)}</td>
                        <td>{s.caseworkerId}{s.coordinator && <> <Badge kind="info">Koordinator</Badge></>}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </section>

          <section aria-labelledby="samtykke" className="tvaers-panel">
            <h2 id="samtykke" className="h3">Samtykke</h2>
            {people.data && <ConsentGlance consents={people.data.consents} />}
            {mayDoCasework && <Link to={`/borgere/${citizenId}/samtykke`} className="function-link">Registrér samtykke</Link>}
          </section>

          <section aria-labelledby="tidslinje" className="tvaers-panel">
            <h2 id="tidslinje" className="h3">Tidslinje på tværs</h2>
            {timeline.loading ? <Loading what="tidslinjen" /> : timeline.error ? <ErrorMessage error={timeline.error} /> :
              (timeline.data ?? []).length === 0 ? <p>Intet endnu.</p> : (
                <ol className="tvaers-timeline" id="timeline">
                  {timeline.data!.map((t) => (
                    <li key={t.entryId}>
                      <span className="tvaers-news-meta">{formatDateTime(t.occurredAt)} · {sectorName(t.sector)}</span>
                      <span>{t.summary}</span>
                    </li>
                  ))}
                </ol>
              )}
          </section>
        </aside>
      </div>
    </>
  );
}

function ConsentGlance({ consents }: { consents: Consent[] }) {
  const now = today();
  const active = consents.filter((c) => c.status !== 'withdrawn' && c.validFrom <= now && (!c.validUntil || c.validUntil >= now));
  if (active.length === 0) {
    return <p id="consent-glance"><Badge kind="warning">Intet samtykke</Badge> Sektorerne ser kun deres egne oplysninger.</p>;
  }
  return (
    <ul className="nobullet-list" id="consent-glance">
      {active.map((c) => (
        <li key={c.consentId} className="tvaers-consent">
          <Badge kind="success">Samtykke</Badge>{' '}
          <strong>{c.sectors.map(sectorName).join(', ')}</strong> deler{' '}
          {c.categories.includes('*') ? 'alle oplysninger' : c.categories.map((k) => CONSENT_CATEGORIES[k] ?? k).join(', ').toLowerCase()}
          {c.validUntil ? ` til ${formatDate(c.validUntil)}` : ''}
        </li>
      ))}
    </ul>
  );
}

function NoPlan({ citizenId, onCreated }: { citizenId: string; onCreated: () => void }) {
  const [error, setError] = useState<unknown>();
  const create = async () => {
    try {
      await post(`/api/plans/citizens/${citizenId}`, {});
      setTimeout(onCreated, 800);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) onCreated();
      else setError(e);
    }
  };
  return (
    <section>
      <Alert kind="info" heading="Borgeren har ingen plan endnu">
        En plan oprettes af sig selv, når to sektorer har en åben sag. Du kan også oprette den nu.
      </Alert>
      <ErrorMessage error={error} />
      <button type="button" className="button button-primary" onClick={() => void create()}>Opret plan</button>
    </section>
  );
}

function PlanSections({ plan, citizenId, mySector, onChanged }: { plan: Plan; citizenId: string; mySector: string | null; onChanged: () => void }) {
  const bySector = (s: SubGoal) => s.owningSector === mySector;
  return (
    <>
      <section aria-labelledby="droem" className="tvaers-dream">
        <h2 id="droem">Borgerens drøm</h2>
        <DreamEditor plan={plan} citizenId={citizenId} onChanged={onChanged} />
      </section>

      <section aria-labelledby="maal">
        <h2 id="maal">Mål og delmål</h2>
        {plan.goals.length === 0 && <p>Planen har ingen mål endnu.</p>}
        {plan.goals.map((goal) => {
          const subGoals = plan.subGoals.filter((s) => s.goalId === goal.goalId).sort((a, b) => a.priority - b.priority);
          return (
            <div key={goal.goalId} className="tvaers-goal">
              <h3>{goal.text}</h3>
              {subGoals.length === 0 ? <p>Ingen delmål, som du kan se.</p> : (
                <div className="table--responsive-scroll">
                  <table className="table table--compact tvaers-subgoals">
                    <caption className="sr-only">Delmål under målet {goal.text}, efter prioritet</caption>
                    <thead>
                      <tr>
                        <th scope="col">Prio.</th><th scope="col">Delmål</th><th scope="col">Sektor</th><th scope="col">Frist</th>
                        <th scope="col">Status</th><th scope="col">Udvikling</th><th scope="col"><span className="sr-only">Handling</span></th>
                      </tr>
                    </thead>
                    <tbody>
                      {subGoals.map((s) => (
                        <tr key={s.subGoalId} data-sub-goal={s.subGoalId}>
                          <td>{s.priority}</td>
                          <td>
                            <strong>{s.description}</strong>
                            <br /><span className="form-hint">{LIFE_AREAS[s.lifeArea]} · {describeMeasurement(s.measurement)}</span>
                          </td>
                          <td>{sectorName(s.owningSector)}</td>
                          <td>{formatDate(s.dueOn)}</td>
                          <td><Badge kind={s.status === 'ACHIEVED' ? 'success' : s.status === 'DROPPED' ? 'neutral' : 'info'}>{SUB_GOAL_STATUS[s.status]}</Badge></td>
                          <td><ProgressChart input={{ readings: s.readings, measurement: s.measurement }} label={`Udvikling for ${s.description}`} /></td>
                          <td>
                            {bySector(s) && (s.status === 'OPEN' || s.status === 'ADJUSTED') && (
                              <Link to={`/borgere/${citizenId}/delmaal/${s.subGoalId}`}>Ret<span className="sr-only"> delmålet {s.description}</span></Link>
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </div>
          );
        })}
        <GoalAdder citizenId={citizenId} onChanged={onChanged} />
      </section>

      <section aria-labelledby="indsatser">
        <h2 id="indsatser">Indsatser</h2>
        {plan.activities.length === 0 ? <p>Ingen indsatser endnu.</p> : (
          <div className="table--responsive-scroll">
            <table className="table table--compact" id="activities">
              <thead><tr><th scope="col">Indsats</th><th scope="col">Sektor</th><th scope="col">Periode</th><th scope="col">Delmål</th></tr></thead>
              <tbody>
                {plan.activities.map((a) => (
                  <tr key={a.activityId}>
                    <td><strong>{a.title}</strong><br /><span className="form-hint">{ACTIVITY_KINDS[a.kind] ?? a.kind}{a.provider ? ` · ${a.provider}` : ''}</span></td>
                    <td>{sectorName(a.sector)}</td>
                    <td>{formatDate(a.startsOn)} – {a.endedOn ? `${formatDate(a.endedOn)} (afsluttet)` : a.endsOn ? formatDate(a.endsOn) : 'løbende'}</td>
                    <td>{a.subGoalIds.map((id) => plan.subGoals.find((s) => s.subGoalId === id)?.description).filter(Boolean).join('; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="opfoelgning">
        <h2 id="opfoelgning">Opfølgning</h2>
        <p id="next-follow-up">
          Næste opfølgning: <strong>{formatDate(plan.followUp.nextDueOn)}</strong>{' '}
          <Badge kind={plan.followUp.state === 'OVERDUE' ? 'error' : plan.followUp.state === 'DUE' ? 'warning' : 'info'}>
            {FOLLOW_UP_STATE[plan.followUp.state] ?? plan.followUp.state}
          </Badge>
          <br /><span className="form-hint">Hver {plan.followUp.frequencyMonths}. måned{plan.followUp.lastHeldOn ? ` · seneste ${formatDate(plan.followUp.lastHeldOn)}` : ''}</span>
        </p>
        {plan.followUps.length > 0 && (
          <ol className="nobullet-list bordered-list" id="follow-ups" reversed>
            {[...plan.followUps].reverse().map((f) => (
              <li key={f.followUpId} className="tvaers-follow-up">
                <h3 className="h5">Opfølgning {formatDate(f.heldOn)}</h3>
                <p className="form-hint">Deltagere: {f.participants.map((p) => `${p.name} (${p.role})`).join(', ')}</p>
                {f.citizenRating && <p>Borgerens egen vurdering af hjælpen: <strong>{f.citizenRating} – {CITIZEN_RATINGS[f.citizenRating]}</strong></p>}
                {f.citizenComment && <blockquote className="tvaers-quote">{f.citizenComment}</blockquote>}
                {f.readings.length > 0 && (
                  <ul>
                    {f.readings.map((r) => (
                      <li key={r.subGoalId}>{plan.subGoals.find((s) => s.subGoalId === r.subGoalId)?.description}: {formatNumber(r.value)}{r.note ? ` – ${r.note}` : ''}</li>
                    ))}
                  </ul>
                )}
                {f.adjustments && <p><strong>Justeringer:</strong> {f.adjustments}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

function DreamEditor({ plan, citizenId, onChanged }: { plan: Plan; citizenId: string; onChanged: () => void }) {
  const [editing, setEditing] = useState(false);
  const [dream, setDream] = useState(plan.dream ?? '');
  const [error, setError] = useState<string>();
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!dream.trim()) {
      setError('Skriv borgerens drøm med borgerens egne ord.');
      return;
    }
    try {
      await put(`/api/plans/citizens/${citizenId}/dream`, { dream: dream.trim() });
      setEditing(false);
      onChanged();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  if (!editing) {
    return (
      <>
        {plan.dream ? <blockquote className="tvaers-quote" id="dream">“{plan.dream}”</blockquote> : <p id="dream">Borgerens drøm er ikke skrevet ned endnu.</p>}
        <button type="button" className="button button-tertiary" onClick={() => { setDream(plan.dream ?? ''); setEditing(true); }}>
          {plan.dream ? 'Ret drømmen' : 'Skriv drømmen'}
        </button>
      </>
    );
  }
  return (
    <form onSubmit={save} noValidate>
      <Field label="Borgerens drøm" hint="Med borgerens egne ord" error={error} id="felt-dream">
        {({ id, describedBy, invalid }) => (
          <textarea id={id} className="form-input" rows={3} maxLength={2000} value={dream} aria-describedby={describedBy}
            aria-invalid={invalid} onChange={(e) => setDream(e.target.value)} autoFocus />
        )}
      </Field>
      <div className="button-group">
        <button type="submit" className="button button-primary">Gem drømmen</button>
        <button type="button" className="button button-secondary" onClick={() => setEditing(false)}>Fortryd</button>
      </div>
    </form>
  );
}

function GoalAdder({ citizenId, onChanged }: { citizenId: string; onChanged: () => void }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) {
      setError('Skriv målet med borgerens egne ord.');
      return;
    }
    try {
      await post(`/api/plans/citizens/${citizenId}/goals`, { text: text.trim() }, newKey());
      setText('');
      setOpen(false);
      onChanged();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  if (!open) return <button type="button" className="button button-tertiary" onClick={() => setOpen(true)}>Tilføj overordnet mål</button>;
  return (
    <form onSubmit={save} noValidate className="tvaers-inline-form">
      <Field label="Overordnet mål" hint="Med borgerens egne ord, fx &quot;Få min egen lejlighed&quot;" error={error} id="felt-goal">
        {({ id, describedBy, invalid }) => (
          <input id={id} className="form-input" maxLength={1000} value={text} aria-describedby={describedBy} aria-invalid={invalid}
            onChange={(e) => setText(e.target.value)} autoFocus />
        )}
      </Field>
      <div className="button-group">
        <button type="submit" className="button button-primary">Gem mål</button>
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>Fortryd</button>
      </div>
    </form>
  );
}
