import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, getOrNull, newKey, PURPOSES, request } from '../api';
import { CITIZEN_RATINGS, addDays, describeMeasurement, formatDate, parseNumber, sectorName, today } from '../danish';
import { checkDate, checkReading, type Errors } from '../forms';
import { useLoad } from '../hooks';
import type { Plan } from '../types';
import { ErrorMessage, ErrorSummary, Field, fieldId, Loading, PageHeading, useMe } from '../components/ui';

interface Participant { name: string; role: string }

export function FollowUpForm() {
  const { citizenId = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const plan = useLoad((signal) => getOrNull<Plan>(`/api/plans/citizens/${citizenId}`, PURPOSES.followUp, signal), [citizenId]);
  const [key] = useState(newKey);
  const [heldOn, setHeldOn] = useState(today());
  const [participants, setParticipants] = useState<Participant[]>([
    { name: me.name, role: 'Koordinerende sagsbehandler' },
    { name: '', role: 'Borger' },
  ]);
  const [readings, setReadings] = useState<Record<string, { value: string; note: string }>>({});
  const [rating, setRating] = useState('');
  const [comment, setComment] = useState('');
  const [adjustments, setAdjustments] = useState('');
  const [nextDueOn, setNextDueOn] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  if (plan.loading) return <Loading what="planen" />;
  if (plan.error) return <ErrorMessage error={plan.error} />;
  if (!plan.data) return <ErrorMessage error={new Error('Borgeren har ingen plan.')} />;
  const open = plan.data.subGoals.filter((s) => s.status === 'OPEN' || s.status === 'ADJUSTED').sort((a, b) => a.priority - b.priority);

  const labels: Record<string, string> = { heldOn: 'Dato for opfølgningen', participants: 'Deltagere', citizenRating: 'Borgerens vurdering', nextDueOn: 'Næste opfølgning' };
  open.forEach((s, i) => { labels[`readings[${i}].value`] = `Måling for ${s.description}`; });
  participants.forEach((_, i) => { labels[`participants[${i}].name`] = `Navn på deltager ${i + 1}`; });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Errors = {};
    const heldError = checkDate(heldOn, 'datoen for opfølgningen', { notAfter: today() });
    if (heldError) found.heldOn = heldError;
    const named = participants.filter((p) => p.name.trim() || p.role.trim());
    participants.forEach((p, i) => {
      if (p.role.trim() && !p.name.trim()) found[`participants[${i}].name`] = 'Skriv deltagerens navn, eller fjern rækken.';
    });
    if (named.length === 0) found.participants = 'Angiv mindst én deltager.';
    open.forEach((s, i) => {
      const error = checkReading(s.measurement.kind, readings[s.subGoalId]?.value ?? '', false);
      if (error) found[`readings[${i}].value`] = error;
    });
    if (nextDueOn) {
      const nextError = checkDate(nextDueOn, 'næste opfølgning', { notBefore: addDays(heldOn, 1), notAfter: addDays(heldOn, 365) });
      if (nextError) found.nextDueOn = nextError;
    }
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await request('POST', `/api/plans/citizens/${citizenId}/follow-ups`, {
        idempotencyKey: key,
        body: {
          heldOn,
          participants: named.map((p) => ({ name: p.name.trim(), role: p.role.trim() || 'Deltager' })),
          readings: open.filter((s) => (readings[s.subGoalId]?.value ?? '').trim() !== '').map((s) => ({
            subGoalId: s.subGoalId,
            value: parseNumber(readings[s.subGoalId].value),
            note: readings[s.subGoalId].note.trim() || null,
          })),
          citizenRating: rating ? Number(rating) : null,
          citizenComment: comment.trim() || null,
          adjustments: adjustments.trim() || null,
          nextDueOn: nextDueOn || null,
        },
      });
      navigate(`/borgere/${citizenId}`, { state: { message: 'Opfølgningen er registreret. Alle sektorer ser den nu.' } });
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fieldErrors).length) {
        // readings[i] in the request are the readings given; map them back to the form's rows
        const given = open.filter((s) => (readings[s.subGoalId]?.value ?? '').trim() !== '');
        const mapped: Errors = {};
        for (const [field, message] of Object.entries(err.fieldErrors)) {
          const m = /^readings\[(\d+)\]/.exec(field);
          mapped[m ? `readings[${open.indexOf(given[Number(m[1])])}].value` : field] = message;
        }
        setErrors(mapped);
      } else {
        setFailure(err);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <nav aria-label="Brødkrumme" className="breadcrumbs"><ol className="breadcrumbs__list">
        <li className="breadcrumbs__list-item"><Link className="breadcrumbs__link" to="/">Mine borgere</Link></li>
        <li className="breadcrumbs__list-item"><Link className="breadcrumbs__link" to={`/borgere/${citizenId}`}>Planen</Link></li>
        <li className="breadcrumbs__list-item" aria-current="page">Opfølgning</li>
      </ol></nav>
      <PageHeading title="Registrér opfølgning">Registrér opfølgning</PageHeading>
      <p className="font-lead">Gennemgå delmålene sammen med borgeren, og skriv borgerens egen vurdering af hjælpen.</p>
      <ErrorSummary errors={errors} labels={labels} />
      <ErrorMessage error={failure} />
      <form onSubmit={submit} noValidate className="tvaers-form">
        <Field label="Dato for opfølgningen" error={errors.heldOn} id={fieldId('heldOn')}>
          {({ id, describedBy, invalid }) => (
            <input type="date" id={id} className="form-input input-width-s" value={heldOn} max={today()}
              aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setHeldOn(e.target.value)} />
          )}
        </Field>

        <fieldset className="tvaers-fieldset" id={fieldId('participants')}>
          <legend className="h3">Deltagere</legend>
          {errors.participants && <p className="form-error-message">{errors.participants}</p>}
          {participants.map((p, i) => (
            <div className="row tvaers-participant" key={i}>
              <div className="col-12 col-md-6">
                <Field label={`Navn på deltager ${i + 1}`} error={errors[`participants[${i}].name`]} id={fieldId(`participants[${i}].name`)}>
                  {({ id, describedBy, invalid }) => (
                    <input id={id} className="form-input" value={p.name} aria-describedby={describedBy} aria-invalid={invalid} autoComplete="off"
                      onChange={(e) => setParticipants(participants.map((q, j) => (j === i ? { ...q, name: e.target.value } : q)))} />
                  )}
                </Field>
              </div>
              <div className="col-12 col-md-6">
                <Field label={`Rolle for deltager ${i + 1}`} id={fieldId(`participants[${i}].role`)}>
                  {({ id }) => (
                    <input id={id} className="form-input" value={p.role} autoComplete="off"
                      onChange={(e) => setParticipants(participants.map((q, j) => (j === i ? { ...q, role: e.target.value } : q)))} />
                  )}
                </Field>
              </div>
            </div>
          ))}
          <button type="button" className="button button-tertiary" onClick={() => setParticipants([...participants, { name: '', role: '' }])}>
            Tilføj deltager
          </button>
        </fieldset>

        <fieldset className="tvaers-fieldset">
          <legend className="h3">Målinger pr. delmål</legend>
          {open.length === 0 && <p>Planen har ingen åbne delmål, som du kan se.</p>}
          {open.map((s, i) => (
            <div key={s.subGoalId} className="tvaers-reading">
              <Field label={`Måling for ${s.description}`} id={fieldId(`readings[${i}].value`)} error={errors[`readings[${i}].value`]}
                hint={`${sectorName(s.owningSector)} · ${describeMeasurement(s.measurement)}${s.readings.length ? ` · seneste ${s.readings[s.readings.length - 1].value} (${formatDate(s.readings[s.readings.length - 1].on)})` : ''}`}>
                {({ id, describedBy, invalid }) => (
                  <input id={id} className="form-input input-width-xs" inputMode="decimal" value={readings[s.subGoalId]?.value ?? ''}
                    aria-describedby={describedBy} aria-invalid={invalid}
                    onChange={(e) => setReadings({ ...readings, [s.subGoalId]: { note: readings[s.subGoalId]?.note ?? '', value: e.target.value } })} />
                )}
              </Field>
              <Field label={`Bemærkning til ${s.description}`} id={fieldId(`readings[${i}].note`)}>
                {({ id }) => (
                  <input id={id} className="form-input" maxLength={1000} value={readings[s.subGoalId]?.note ?? ''}
                    onChange={(e) => setReadings({ ...readings, [s.subGoalId]: { value: readings[s.subGoalId]?.value ?? '', note: e.target.value } })} />
                )}
              </Field>
            </div>
          ))}
        </fieldset>

        <fieldset className="tvaers-fieldset" id={fieldId('citizenRating')}>
          <legend className="h3">Borgerens egen vurdering af hjælpen</legend>
          <p className="form-hint">Hvor godt synes borgeren, hjælpen virker?</p>
          {errors.citizenRating && <p className="form-error-message">{errors.citizenRating}</p>}
          <ul className="nobullet-list">
            {[1, 2, 3, 4, 5].map((n) => (
              <li key={n} className="form-group-radio">
                <input type="radio" className="form-radio" name="rating" id={`rating-${n}`} value={n} checked={rating === String(n)}
                  onChange={(e) => setRating(e.target.value)} />
                <label htmlFor={`rating-${n}`}>{n} – {CITIZEN_RATINGS[n]}</label>
              </li>
            ))}
          </ul>
          <Field label="Borgerens egne ord" hint="Valgfrit" id={fieldId('citizenComment')}>
            {({ id, describedBy }) => (
              <textarea id={id} className="form-input" rows={3} maxLength={2000} value={comment} aria-describedby={describedBy}
                onChange={(e) => setComment(e.target.value)} />
            )}
          </Field>
        </fieldset>

        <Field label="Justeringer af planen" hint="Hvad aftalte I at ændre?" id={fieldId('adjustments')}>
          {({ id, describedBy }) => (
            <textarea id={id} className="form-input" rows={4} maxLength={4000} value={adjustments} aria-describedby={describedBy}
              onChange={(e) => setAdjustments(e.target.value)} />
          )}
        </Field>

        <Field label="Næste opfølgning" hint={`Valgfrit. Tom: om ${plan.data.followUp.frequencyMonths} måneder, som planen siger.`}
          error={errors.nextDueOn} id={fieldId('nextDueOn')}>
          {({ id, describedBy, invalid }) => (
            <input type="date" id={id} className="form-input input-width-s" value={nextDueOn} min={addDays(heldOn || today(), 1)}
              aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setNextDueOn(e.target.value)} />
          )}
        </Field>

        <div className="button-group">
          <button type="submit" className="button button-primary" disabled={busy}>Gem opfølgningen</button>
          <Link to={`/borgere/${citizenId}`} className="button button-secondary">Fortryd</Link>
        </div>
      </form>
    </>
  );
}
