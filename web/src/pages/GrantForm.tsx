import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, get, getOrNull, newKey, PURPOSES, request } from '../api';
import { GRANT_STATUS, addDays, formatDate, formatNumber, parseNumber, today } from '../danish';
import { citizen as loadCitizen, offer as loadOffer } from '../data';
import { checkDate, checkHours, needsVisitation, type Errors } from '../forms';
import { useLoad } from '../hooks';
import type { CaseSummary, Grant, OfferPage, Team } from '../types';
import { Alert, Badge, ErrorMessage, ErrorSummary, Field, fieldId, Loading, PageHeading, useMe } from '../components/ui';

const LABELS: Record<string, string> = {
  caseId: 'Sag', offerId: 'Tilbud', hoursPerWeek: 'Timer om ugen', validFrom: 'Fra', validUntil: 'Til', legalBasis: 'Lovgrundlag',
};

export function GrantForm() {
  const { citizenId = '' } = useParams();
  const me = useMe();
  const person = useLoad(() => loadCitizen(citizenId, PURPOSES.grants), [citizenId]);
  const setup = useLoad(async (signal) => {
    const [cases, offers, team] = await Promise.all([
      get<CaseSummary[]>(`/api/cases?citizenId=${citizenId}`, PURPOSES.grants, signal),
      get<OfferPage>('/api/offers?size=100', undefined, signal),
      me.team ? getOrNull<Team>(`/api/teams/${encodeURIComponent(me.team)}`, undefined, signal) : Promise.resolve(null),
    ]);
    return { cases: cases.filter((c) => c.sector === me.sector && c.status === 'OPEN'), offers: offers.offers, team };
  }, [citizenId]);
  const grants = useLoad(async (signal) => {
    const list = await get<Grant[]>(`/api/grants?citizenId=${citizenId}`, PURPOSES.grants, signal);
    const titles = new Map<string, string>();
    await Promise.all(list.map(async (g) => titles.set(g.offerId, (await loadOffer(g.offerId))?.details.title ?? 'Tilbud')));
    return { list, titles };
  }, [citizenId]);

  const [key, setKey] = useState(newKey);
  const [caseId, setCaseId] = useState('');
  const [offerId, setOfferId] = useState('');
  const [hours, setHours] = useState('');
  const [validFrom, setValidFrom] = useState(today());
  const [validUntil, setValidUntil] = useState(addDays(today(), 182));
  const [legalBasis, setLegalBasis] = useState('Serviceloven §85');
  const [external, setExternal] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<unknown>();
  const [result, setResult] = useState<{ awaiting: boolean; hours: string }>();
  const [busy, setBusy] = useState(false);

  if (setup.loading) return <Loading what="sager og tilbud" />;
  if (setup.error) return <ErrorMessage error={setup.error} />;
  const { cases, offers, team } = setup.data!;
  const authority = team ? Number(team.authorityHoursPerWeek) : null;
  const chosenCase = caseId || (cases.length === 1 ? cases[0].caseId : '');
  const verdict = needsVisitation(parseNumber(hours), authority, external);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Errors = {};
    if (!chosenCase) found.caseId = 'Vælg den sag, bevillingen hører til.';
    if (!offerId) found.offerId = 'Vælg tilbuddet.';
    const hoursError = checkHours(hours);
    if (hoursError) found.hoursPerWeek = hoursError;
    const fromError = checkDate(validFrom, 'en startdato');
    if (fromError) found.validFrom = fromError;
    const untilError = checkDate(validUntil, 'en slutdato', { notBefore: validFrom || undefined });
    if (untilError) found.validUntil = untilError;
    if (!legalBasis.trim()) found.legalBasis = 'Angiv lovgrundlaget, fx Serviceloven §85.';
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const response = await request<{ awaitingVisitation: boolean }>('POST', '/api/grants', {
        idempotencyKey: key,
        body: { citizenId, caseId: chosenCase, offerId, hoursPerWeek: parseNumber(hours), validFrom, validUntil, legalBasis: legalBasis.trim(), externalPlacement: external },
      });
      setResult({ awaiting: response.awaitingVisitation, hours });
      setKey(newKey());
      // case-service's list follows within moments: look again a few times
      [800, 2500, 6000].forEach((ms) => setTimeout(grants.reload, ms));
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
        <li className="breadcrumbs__list-item" aria-current="page">Bevilling</li>
      </ol></nav>
      <PageHeading title="Indstil bevilling">Indstil bevilling{person.data ? ` til ${person.data.name}` : ''}</PageHeading>
      <p className="font-lead" id="authority">
        {authority !== null
          ? <>Du kan selv bevilge op til <strong>{formatNumber(authority)} timer om ugen</strong>. Mere, eller en ekstern anbringelse, afgøres på visitationsmødet.</>
          : <>Bevillinger over din bemyndigelse, og eksterne anbringelser, afgøres på visitationsmødet.</>}
      </p>
      <div aria-live="polite" id="grant-result">
        {result && (result.awaiting
          ? <Alert kind="info" heading="Sendt til visitationsmødet">Bevillingen på {result.hours} timer om ugen er over din bemyndigelse. Din teamleder afgør den på visitationsmødet.</Alert>
          : <Alert kind="success" heading="Bevilget">Bevillingen på {result.hours} timer om ugen er inden for din bemyndigelse og gælder med det samme.</Alert>)}
      </div>
      {cases.length === 0 && <Alert kind="warning">Din sektor har ingen åben sag for borgeren. Åbn en sag, før du indstiller en bevilling.</Alert>}
      <ErrorSummary errors={errors} labels={LABELS} />
      <ErrorMessage error={failure} />
      <form onSubmit={submit} noValidate className="tvaers-form">
        {cases.length > 1 && (
          <Field label="Sag" error={errors.caseId} id={fieldId('caseId')}>
            {({ id, describedBy, invalid }) => (
              <select id={id} className="form-select" value={caseId} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setCaseId(e.target.value)}>
                <option value="">Vælg sag</option>
                {cases.map((c) => <option key={c.caseId} value={c.caseId}>{c.legalBasis} (åbnet {formatDate(c.openedOn)})</option>)}
              </select>
            )}
          </Field>
        )}
        {errors.caseId && cases.length <= 1 && <p className="form-error-message">{errors.caseId}</p>}
        <Field label="Tilbud" error={errors.offerId} id={fieldId('offerId')}>
          {({ id, describedBy, invalid }) => (
            <select id={id} className="form-select" value={offerId} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setOfferId(e.target.value)}>
              <option value="">Vælg tilbud</option>
              {offers.map((o) => <option key={o.offerId} value={o.offerId}>{o.details.title} – {o.details.provider.name}</option>)}
            </select>
          )}
        </Field>
        <Field label="Timer om ugen" hint="Fx 4 eller 2,5" error={errors.hoursPerWeek} id={fieldId('hoursPerWeek')}>
          {({ id, describedBy, invalid }) => (
            <input id={id} className="form-input input-width-xs" inputMode="decimal" value={hours} aria-describedby={`${describedBy ?? ''} authority-verdict`.trim()}
              aria-invalid={invalid} onChange={(e) => setHours(e.target.value)} />
          )}
        </Field>
        <p id="authority-verdict" className="tvaers-verdict" aria-live="polite">
          {verdict === true && <Badge kind="warning">Går til visitationsmøde</Badge>}
          {verdict === false && <Badge kind="success">Inden for din bemyndigelse</Badge>}
        </p>
        <div className="row">
          <div className="col-12 col-md-6">
            <Field label="Fra" error={errors.validFrom} id={fieldId('validFrom')}>
              {({ id, describedBy, invalid }) => (
                <input type="date" id={id} className="form-input input-width-s" value={validFrom} aria-describedby={describedBy} aria-invalid={invalid}
                  onChange={(e) => setValidFrom(e.target.value)} />
              )}
            </Field>
          </div>
          <div className="col-12 col-md-6">
            <Field label="Til" error={errors.validUntil} id={fieldId('validUntil')}>
              {({ id, describedBy, invalid }) => (
                <input type="date" id={id} className="form-input input-width-s" value={validUntil} aria-describedby={describedBy} aria-invalid={invalid}
                  onChange={(e) => setValidUntil(e.target.value)} />
              )}
            </Field>
          </div>
        </div>
        <Field label="Lovgrundlag" error={errors.legalBasis} id={fieldId('legalBasis')}>
          {({ id, describedBy, invalid }) => (
            <input id={id} className="form-input" maxLength={200} value={legalBasis} aria-describedby={describedBy} aria-invalid={invalid}
              onChange={(e) => setLegalBasis(e.target.value)} />
          )}
        </Field>
        <div className="form-group-checkbox">
          <input type="checkbox" className="form-checkbox" id="external" checked={external} onChange={(e) => setExternal(e.target.checked)} />
          <label htmlFor="external">Ekstern anbringelse</label>
        </div>
        <div className="button-group">
          <button type="submit" className="button button-primary" disabled={busy || cases.length === 0}>Indstil bevilling</button>
          <Link to={`/borgere/${citizenId}`} className="button button-secondary">Tilbage til planen</Link>
        </div>
      </form>

      <section aria-labelledby="bevillinger">
        <h2 id="bevillinger">Borgerens bevillinger</h2>
        {grants.loading ? <Loading what="bevillinger" /> : grants.error ? <ErrorMessage error={grants.error} /> :
          grants.data!.list.length === 0 ? <p>Ingen bevillinger, som du kan se.</p> : (
            <table className="table table--compact" id="grants">
              <thead><tr><th scope="col">Tilbud</th><th scope="col">Timer om ugen</th><th scope="col">Periode</th><th scope="col">Status</th></tr></thead>
              <tbody>
                {grants.data!.list.map((g) => (
                  <tr key={g.grantId}>
                    <td>{grants.data!.titles.get(g.offerId)}</td>
                    <td>{formatNumber(g.hoursPerWeek)}</td>
                    <td>{formatDate(g.validFrom)} – {formatDate(g.validUntil)}</td>
                    <td><Badge kind={g.status === 'APPROVED' ? 'success' : g.status === 'AWAITING_VISITATION' ? 'warning' : 'neutral'}>{GRANT_STATUS[g.status]}</Badge></td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
      </section>
    </>
  );
}
