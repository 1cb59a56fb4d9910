import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, get, getOrNull, PURPOSES, request } from '../api';
import { sectorName } from '../danish';
import { citizen as loadCitizen } from '../data';
import { useLoad } from '../hooks';
import type { CoordinatorStatus, InvolvedSector } from '../types';
import { ErrorMessage, ErrorSummary, Field, fieldId, Loading, PageHeading } from '../components/ui';

/** Designate the coordinating caseworker, or hand over to another (with a reason). */
export function CoordinatorForm() {
  const { citizenId = '' } = useParams();
  const navigate = useNavigate();
  const person = useLoad(() => loadCitizen(citizenId, PURPOSES.coordination), [citizenId]);
  const data = useLoad(async (signal) => {
    const [status, involved] = await Promise.all([
      getOrNull<CoordinatorStatus>(`/api/coordination/citizens/${citizenId}/coordinator`, PURPOSES.coordination, signal),
      get<InvolvedSector[]>(`/api/coordination/citizens/${citizenId}/involved-sectors`, PURPOSES.coordination, signal),
    ]);
    return { current: status?.coordinator ?? null, involved };
  }, [citizenId]);
  const [chosen, setChosen] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  if (data.loading) return <Loading what="sektorer" />;
  if (data.error) return <ErrorMessage error={data.error} />;
  const { current, involved } = data.data!;
  const handOver = current !== null;
  const title = handOver ? 'Skift koordinerende sagsbehandler' : 'Udpeg koordinerende sagsbehandler';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!chosen) found.caseworkerId = 'Vælg hvem der skal koordinere.';
    else if (chosen === current?.caseworkerId) found.caseworkerId = 'Den sagsbehandler koordinerer allerede.';
    if (handOver && !reason.trim()) found.reason = 'Skriv hvorfor koordinatoren skiftes.';
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await request('PUT', `/api/coordination/citizens/${citizenId}/coordinator`, { body: { caseworkerId: chosen, reason: reason.trim() || null } });
      // the read model follows within moments; wait for it so the plan shows the new coordinator at once
      for (let i = 0; i < 20; i++) {
        const now = await getOrNull<CoordinatorStatus>(`/api/coordination/citizens/${citizenId}/coordinator`, PURPOSES.coordination);
        if (now?.coordinator?.caseworkerId === chosen) break;
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      navigate(`/borgere/${citizenId}`, { state: { message: `${chosen} er nu koordinerende sagsbehandler.` } });
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fieldErrors).length) setErrors(err.fieldErrors);
      else setFailure(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <nav aria-label="Brødkrumme" className="breadcrumbs"><ol className="breadcrumbs__list">
        <li className="breadcrumbs__list-item"><Link className="breadcrumbs__link" to="/">Mine borgere</Link></li>
        <li className="breadcrumbs__list-item"><Link className="breadcrumbs__link" to={`/borgere/${citizenId}`}>{person.data?.name ?? 'Planen'}</Link></li>
        <li className="breadcrumbs__list-item" aria-current="page">Koordinator</li>
      </ol></nav>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="font-lead">
        {current ? <>Nu koordinerer <strong>{current.caseworkerId}</strong> ({sectorName(current.sector)}).</> : 'Borgeren har ingen koordinerende sagsbehandler.'}
        {' '}Koordinatoren skal være ansvarlig sagsbehandler på en af borgerens sager.
      </p>
      <ErrorSummary errors={errors} labels={{ caseworkerId: 'Koordinator', reason: 'Begrundelse' }} />
      <ErrorMessage error={failure} />
      <form onSubmit={submit} noValidate className="tvaers-form">
        <fieldset className="tvaers-fieldset" id={fieldId('caseworkerId')} aria-describedby={errors.caseworkerId ? 'coordinator-error' : undefined}>
          <legend className="h3">Hvem skal koordinere?</legend>
          {errors.caseworkerId && <p className="form-error-message" id="coordinator-error">{errors.caseworkerId}</p>}
          <ul className="nobullet-list">
            {involved.map((s) => (
              <li key={s.caseId} className="form-group-radio">
                <input type="radio" className="form-radio" name="coordinator" id={`coordinator-${s.caseId}`} value={s.caseworkerId}
                  checked={chosen === s.caseworkerId} onChange={() => setChosen(s.caseworkerId)} />
                <label htmlFor={`coordinator-${s.caseId}`}>{s.caseworkerId}, {sectorName(s.sector)}{s.coordinator ? ' (koordinerer nu)' : ''}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <Field label="Begrundelse" hint={handOver ? 'Skal udfyldes ved skift' : 'Valgfrit'} error={errors.reason} id={fieldId('reason')}>
          {({ id, describedBy, invalid }) => (
            <textarea id={id} className="form-input" rows={3} maxLength={2000} value={reason} aria-describedby={describedBy}
              aria-invalid={invalid} onChange={(e) => setReason(e.target.value)} />
          )}
        </Field>
        <div className="button-group">
          <button type="submit" className="button button-primary" disabled={busy}>{handOver ? 'Skift koordinator' : 'Udpeg koordinator'}</button>
          <Link to={`/borgere/${citizenId}`} className="button button-secondary">Fortryd</Link>
        </div>
      </form>
    </>
  );
}
