import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, getOrNull, newKey, PURPOSES, request } from '../api';
import { DIRECTIONS, LIFE_AREAS, MEASUREMENT_KINDS, addDays, parseNumber, sectorName, today } from '../danish';
import { checkDate, checkReading, checkWholeNumber, type Errors } from '../forms';
import { useLoad } from '../hooks';
import type { Direction, LifeArea, MeasurementKind, Plan } from '../types';
import { ErrorMessage, ErrorSummary, Field, fieldId, Loading, PageHeading, useMe } from '../components/ui';

const LABELS: Record<string, string> = {
  goalId: 'Overordnet mål', description: 'Delmål', priority: 'Prioritet', dueOn: 'Frist', lifeArea: 'Livsområde',
  'measurement.kind': 'Måling', 'measurement.baseline': 'Start', 'measurement.target': 'Mål',
  'measurement.unit': 'Enhed', 'measurement.direction': 'Retning', reason: 'Begrundelse',
};

export function SubGoalForm() {
  const { citizenId = '', subGoalId } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const editing = Boolean(subGoalId);
  const plan = useLoad((signal) => getOrNull<Plan>(`/api/plans/citizens/${citizenId}`, PURPOSES.plan, signal), [citizenId]);
  const [key] = useState(newKey);
  const [goalId, setGoalId] = useState('');
  const [description, setDescription] = useState('');
  const [priority, setPriority] = useState('1');
  const [dueOn, setDueOn] = useState(addDays(today(), 90));
  const [lifeArea, setLifeArea] = useState<LifeArea | ''>('');
  const [kind, setKind] = useState<MeasurementKind>('SCALE_1_TO_10');
  const [baseline, setBaseline] = useState('');
  const [target, setTarget] = useState('');
  const [unit, setUnit] = useState('');
  const [direction, setDirection] = useState<Direction | ''>('');
  const [reason, setReason] = useState('');
  const [version, setVersion] = useState(0);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const existing = plan.data?.subGoals.find((s) => s.subGoalId === subGoalId);
  useEffect(() => {
    if (plan.data && !editing && plan.data.goals.length > 0 && !goalId) setGoalId(plan.data.goals[0].goalId);
    if (existing) {
      setGoalId(existing.goalId);
      setDescription(existing.description);
      setPriority(String(existing.priority));
      setDueOn(existing.dueOn);
      setLifeArea(existing.lifeArea);
      setKind(existing.measurement.kind);
      setBaseline(existing.measurement.baseline === null ? '' : String(existing.measurement.baseline).replace('.', ','));
      setTarget(String(existing.measurement.target).replace('.', ','));
      setUnit(existing.measurement.unit ?? '');
      setDirection(existing.measurement.direction ?? '');
      setVersion(existing.version);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [plan.data, existing?.version]);

  if (plan.loading) return <Loading what="planen" />;
  if (plan.error) return <ErrorMessage error={plan.error} />;
  if (!plan.data) return <ErrorMessage error={new Error('Borgeren har ingen plan.')} />;
  if (editing && !existing) return <ErrorMessage error={new Error('Delmålet findes ikke, eller du har ikke adgang til det.')} />;
  const title = editing ? 'Ret delmål' : 'Tilføj delmål';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Errors = {};
    if (!goalId) found.goalId = 'Vælg det overordnede mål, delmålet hører til.';
    if (!description.trim()) found.description = 'Beskriv delmålet kort og konkret.';
    const priorityError = checkWholeNumber(priority, 1, 99, 'Prioriteten');
    if (priorityError) found.priority = priorityError;
    const dueError = checkDate(dueOn, 'en frist', { notBefore: today() });
    if (dueError) found.dueOn = dueError;
    if (!lifeArea) found.lifeArea = 'Vælg det livsområde, delmålet handler om.';
    const baselineError = checkReading(kind, baseline, false);
    if (baselineError) found['measurement.baseline'] = baselineError;
    const targetError = checkReading(kind, target, true);
    if (targetError) found['measurement.target'] = targetError;
    if (kind === 'FIGURE' && !unit.trim()) found['measurement.unit'] = 'Skriv enheden, fx "øl om dagen".';
    if (kind === 'FIGURE' && !direction) found['measurement.direction'] = 'Vælg om højere eller lavere er bedre.';
    if (editing && !reason.trim()) found.reason = 'Skriv hvorfor delmålet ændres.';
    setErrors(found);
    if (Object.keys(found).length) return;
    const measurement = {
      kind,
      baseline: parseNumber(baseline),
      target: parseNumber(target),
      unit: kind === 'FIGURE' ? unit.trim() : null,
      direction: kind === 'FIGURE' ? direction : null,
    };
    setBusy(true);
    setFailure(undefined);
    try {
      if (editing) {
        await request('PUT', `/api/plans/citizens/${citizenId}/sub-goals/${subGoalId}`, {
          body: { version, description: description.trim(), priority: Number(priority), dueOn, lifeArea, measurement, reason: reason.trim() },
        });
      } else {
        await request('POST', `/api/plans/citizens/${citizenId}/sub-goals`, {
          idempotencyKey: key,
          body: { goalId, description: description.trim(), priority: Number(priority), dueOn, lifeArea, measurement },
        });
      }
      navigate(`/borgere/${citizenId}`, { state: { message: editing ? 'Delmålet er ændret.' : 'Delmålet er tilføjet planen.' } });
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fieldErrors).length) setErrors(err.fieldErrors);
      else setFailure(err);
    } finally {
      setBusy(false);
    }
  };

  const text = (field: string, label: string, value: string, set: (v: string) => void, props: { hint?: string; className?: string; maxLength?: number; inputMode?: 'decimal' | 'numeric' } = {}) => (
    <Field label={label} hint={props.hint} error={errors[field]} id={fieldId(field)}>
      {({ id, describedBy, invalid }) => (
        <input id={id} className={`form-input ${props.className ?? ''}`} value={value} maxLength={props.maxLength} inputMode={props.inputMode}
          aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => set(e.target.value)} />
      )}
    </Field>
  );

  return (
    <>
      <nav aria-label="Brødkrumme" className="breadcrumbs"><ol className="breadcrumbs__list">
        <li className="breadcrumbs__list-item"><Link className="breadcrumbs__link" to="/">Mine borgere</Link></li>
        <li className="breadcrumbs__list-item"><Link className="breadcrumbs__link" to={`/borgere/${citizenId}`}>Planen</Link></li>
        <li className="breadcrumbs__list-item" aria-current="page">{title}</li>
      </ol></nav>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="font-lead">Delmålet ejes af {sectorName(editing ? existing!.owningSector : me.sector)}. Skriv det kort, konkret og sammen med borgeren.</p>
      {plan.data.goals.length === 0 && (
        <div className="alert alert-warning"><div className="alert-body"><p className="alert-text">
          Planen har ingen overordnede mål endnu. <Link to={`/borgere/${citizenId}`}>Tilføj et mål på planen</Link> først.
        </p></div></div>
      )}
      <ErrorSummary errors={errors} labels={LABELS} />
      <ErrorMessage error={failure} />
      <form onSubmit={submit} noValidate className="tvaers-form">
        <Field label="Overordnet mål" error={errors.goalId} id={fieldId('goalId')}>
          {({ id, describedBy, invalid }) => (
            <select id={id} className="form-select" value={goalId} disabled={editing} aria-describedby={describedBy} aria-invalid={invalid}
              onChange={(e) => setGoalId(e.target.value)}>
              <option value="">Vælg mål</option>
              {plan.data!.goals.map((g) => <option key={g.goalId} value={g.goalId}>{g.text}</option>)}
            </select>
          )}
        </Field>
        <Field label="Delmål" hint='Fx "Møde op i praktik to dage om ugen"' error={errors.description} id={fieldId('description')}>
          {({ id, describedBy, invalid }) => (
            <textarea id={id} className="form-input" rows={2} maxLength={500} value={description} aria-describedby={describedBy}
              aria-invalid={invalid} onChange={(e) => setDescription(e.target.value)} />
          )}
        </Field>
        <div className="row">
          <div className="col-12 col-md-4">{text('priority', 'Prioritet', priority, setPriority, { hint: '1 er vigtigst', className: 'input-width-xs', inputMode: 'numeric' })}</div>
          <div className="col-12 col-md-8">
            <Field label="Frist" error={errors.dueOn} id={fieldId('dueOn')}>
              {({ id, describedBy, invalid }) => (
                <input type="date" id={id} className="form-input input-width-s" value={dueOn} min={today()} aria-describedby={describedBy}
                  aria-invalid={invalid} onChange={(e) => setDueOn(e.target.value)} />
              )}
            </Field>
          </div>
        </div>
        <Field label="Livsområde" hint="Temaerne i Voksenudredningsmetoden (VUM)" error={errors.lifeArea} id={fieldId('lifeArea')}>
          {({ id, describedBy, invalid }) => (
            <select id={id} className="form-select" value={lifeArea} aria-describedby={describedBy} aria-invalid={invalid}
              onChange={(e) => setLifeArea(e.target.value as LifeArea)}>
              <option value="">Vælg livsområde</option>
              {Object.entries(LIFE_AREAS).map(([code, name]) => <option key={code} value={code}>{name}</option>)}
            </select>
          )}
        </Field>
        <fieldset className="tvaers-fieldset" id={fieldId('measurement.kind')}>
          <legend className="h3">Hvordan måles fremskridt?</legend>
          <ul className="nobullet-list">
            {(Object.keys(MEASUREMENT_KINDS) as MeasurementKind[]).map((k) => (
              <li key={k} className="form-group-radio">
                <input type="radio" className="form-radio" name="kind" id={`kind-${k}`} value={k} checked={kind === k} onChange={() => setKind(k)} />
                <label htmlFor={`kind-${k}`}>{MEASUREMENT_KINDS[k]}</label>
              </li>
            ))}
          </ul>
          <div className="row">
            <div className="col-12 col-md-6">{text('measurement.baseline', 'Start', baseline, setBaseline, { hint: 'Hvor borgeren er nu (valgfrit)', className: 'input-width-xs', inputMode: 'decimal' })}</div>
            <div className="col-12 col-md-6">{text('measurement.target', 'Mål', target, setTarget, { hint: 'Hvor borgeren vil hen', className: 'input-width-xs', inputMode: 'decimal' })}</div>
          </div>
          {kind === 'FIGURE' && (
            <>
              {text('measurement.unit', 'Enhed', unit, setUnit, { hint: 'Fx "øl om dagen"', maxLength: 60 })}
              <Field label="Retning" error={errors['measurement.direction']} id={fieldId('measurement.direction')}>
                {({ id, describedBy, invalid }) => (
                  <select id={id} className="form-select" value={direction} aria-describedby={describedBy} aria-invalid={invalid}
                    onChange={(e) => setDirection(e.target.value as Direction)}>
                    <option value="">Vælg retning</option>
                    {Object.entries(DIRECTIONS).map(([code, name]) => <option key={code} value={code}>{name}</option>)}
                  </select>
                )}
              </Field>
            </>
          )}
        </fieldset>
        {editing && (
          <Field label="Begrundelse for ændringen" error={errors.reason} id={fieldId('reason')}>
            {({ id, describedBy, invalid }) => (
              <textarea id={id} className="form-input" rows={2} maxLength={1000} value={reason} aria-describedby={describedBy}
                aria-invalid={invalid} onChange={(e) => setReason(e.target.value)} />
            )}
          </Field>
        )}
        <div className="button-group">
          <button type="submit" className="button button-primary" disabled={busy}>{editing ? 'Gem ændringen' : 'Tilføj delmål'}</button>
          <Link to={`/borgere/${citizenId}`} className="button button-secondary">Fortryd</Link>
        </div>
      </form>
    </>
  );
}
