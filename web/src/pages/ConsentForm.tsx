import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, get, newKey, post, PURPOSES, request } from '../api';
import { CONSENT_CATEGORIES, SECTORS, formatDate, sectorName, today } from '../danish';
import { citizen as loadCitizen } from '../data';
import { checkDate } from '../forms';
import { useLoad } from '../hooks';
import type { Consent, InvolvedSector } from '../types';
import { Alert, Badge, ErrorMessage, ErrorSummary, fieldId, Field, Loading, PageHeading } from '../components/ui';

const MAIN_SECTORS = ['jobcenter', 'social-services', 'psychiatry', 'addiction-centre', 'probation'];

/** The citizen's consent to share information between sectors: what is recorded, and recording a new one. */
export function ConsentForm() {
  const { citizenId = '' } = useParams();
  const person = useLoad(() => loadCitizen(citizenId, PURPOSES.consent), [citizenId]);
  const data = useLoad(async (signal) => {
    const [consents, involved] = await Promise.all([
      get<Consent[]>(`/api/coordination/citizens/${citizenId}/consents`, PURPOSES.consent, signal),
      get<InvolvedSector[]>(`/api/coordination/citizens/${citizenId}/involved-sectors`, PURPOSES.consent, signal),
    ]);
    return { consents, involved };
  }, [citizenId]);
  const [key, setKey] = useState(newKey);
  const [sectors, setSectors] = useState<string[] | null>(null);
  const [categories, setCategories] = useState<string[]>(['plan']);
  const [validUntil, setValidUntil] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>();
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);

  if (data.loading) return <Loading what="samtykker" />;
  if (data.error) return <ErrorMessage error={data.error} />;
  const involvedSectors = [...new Set(data.data!.involved.map((s) => s.sector))];
  const chosenSectors = sectors ?? involvedSectors;
  const allSectors = [...new Set([...involvedSectors, ...MAIN_SECTORS])];
  const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (chosenSectors.length < 2) found.sectors = 'Vælg mindst to sektorer, der må dele oplysninger.';
    if (categories.length === 0) found.categories = 'Vælg mindst én slags oplysninger.';
    if (validUntil) {
      const untilError = checkDate(validUntil, 'en slutdato', { notBefore: today() });
      if (untilError) found.validUntil = untilError;
    }
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await request('POST', `/api/coordination/citizens/${citizenId}/consents`, {
        idempotencyKey: key, body: { sectors: chosenSectors, categories, validUntil: validUntil || null },
      });
      setKey(newKey());
      setDone(`Samtykket er registreret: ${chosenSectors.map(sectorName).join(', ')} deler ${categories.map((c) => CONSENT_CATEGORIES[c] ?? c).join(', ').toLowerCase()}.`);
      [800, 2500].forEach((ms) => setTimeout(data.reload, ms));
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fieldErrors).length) setErrors(err.fieldErrors);
      else setFailure(err);
    } finally {
      setBusy(false);
    }
  };

  const withdraw = async (consent: Consent) => {
    if (!window.confirm('Vil du tilbagekalde samtykket? Sektorerne holder straks op med at dele under det.')) return;
    try {
      await post(`/api/coordination/citizens/${citizenId}/consents/${consent.consentId}/withdraw`);
      setDone('Samtykket er tilbagekaldt.');
      [800, 2500].forEach((ms) => setTimeout(data.reload, ms));
    } catch (err) {
      setFailure(err);
    }
  };

  return (
    <>
      <nav aria-label="Brødkrumme" className="breadcrumbs"><ol className="breadcrumbs__list">
        <li className="breadcrumbs__list-item"><Link className="breadcrumbs__link" to="/">Mine borgere</Link></li>
        <li className="breadcrumbs__list-item"><Link className="breadcrumbs__link" to={`/borgere/${citizenId}`}>{person.data?.name ?? 'Planen'}</Link></li>
        <li className="breadcrumbs__list-item" aria-current="page">Samtykke</li>
      </ol></nav>
      <PageHeading title="Samtykke">Samtykke{person.data ? ` fra ${person.data.name}` : ''}</PageHeading>
      <div aria-live="polite">{done && <Alert kind="success">{done}</Alert>}</div>
      <ErrorMessage error={failure} />

      <section aria-labelledby="registrerede">
        <h2 id="registrerede">Registrerede samtykker</h2>
        {data.data!.consents.length === 0 ? <p>Borgeren har ikke givet samtykke til deling mellem sektorer.</p> : (
          <table className="table table--compact" id="consents">
            <thead><tr><th scope="col">Sektorer</th><th scope="col">Oplysninger</th><th scope="col">Gælder</th><th scope="col">Status</th><th scope="col"><span className="sr-only">Handling</span></th></tr></thead>
            <tbody>
              {data.data!.consents.map((c) => (
                <tr key={c.consentId}>
                  <td>{c.sectors.map(sectorName).join(', ')}</td>
                  <td>{c.categories.map((k) => (k === '*' ? 'Alle' : CONSENT_CATEGORIES[k] ?? k)).join(', ')}</td>
                  <td>{formatDate(c.validFrom)} – {c.validUntil ? formatDate(c.validUntil) : 'indtil videre'}</td>
                  <td><Badge kind={c.status === 'withdrawn' ? 'neutral' : 'success'}>{c.status === 'withdrawn' ? 'Tilbagekaldt' : c.status === 'limited' ? 'Begrænset' : 'Givet'}</Badge></td>
                  <td>{c.status !== 'withdrawn' && <button type="button" className="button button-tertiary" onClick={() => void withdraw(c)}>Tilbagekald</button>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="nyt-samtykke">
        <h2 id="nyt-samtykke">Registrér nyt samtykke</h2>
        <p>Registrér kun det, borgeren har givet samtykke til. Borgeren kan altid trække samtykket tilbage.</p>
        <ErrorSummary errors={errors} labels={{ sectors: 'Sektorer', categories: 'Oplysninger', validUntil: 'Gælder til' }} />
        <form onSubmit={submit} noValidate className="tvaers-form">
          <fieldset className="tvaers-fieldset" id={fieldId('sectors')}>
            <legend className="h4">Hvilke sektorer må dele?</legend>
            {errors.sectors && <p className="form-error-message">{errors.sectors}</p>}
            <ul className="nobullet-list">
              {allSectors.map((s) => (
                <li key={s} className="form-group-checkbox">
                  <input type="checkbox" className="form-checkbox" id={`sector-${s}`} checked={chosenSectors.includes(s)}
                    onChange={() => setSectors(toggle(chosenSectors, s))} />
                  <label htmlFor={`sector-${s}`}>{SECTORS[s] ?? s}{involvedSectors.includes(s) ? ' (har en sag)' : ''}</label>
                </li>
              ))}
            </ul>
          </fieldset>
          <fieldset className="tvaers-fieldset" id={fieldId('categories')}>
            <legend className="h4">Hvilke oplysninger?</legend>
            {errors.categories && <p className="form-error-message">{errors.categories}</p>}
            <ul className="nobullet-list">
              {Object.entries(CONSENT_CATEGORIES).map(([code, name]) => (
                <li key={code} className="form-group-checkbox">
                  <input type="checkbox" className="form-checkbox" id={`category-${code}`} checked={categories.includes(code)}
                    onChange={() => setCategories(toggle(categories, code))} />
                  <label htmlFor={`category-${code}`}>{name}</label>
                </li>
              ))}
            </ul>
          </fieldset>
          <Field label="Gælder til" hint="Valgfrit. Tom: indtil borgeren trækker det tilbage." error={errors.validUntil} id={fieldId('validUntil')}>
            {({ id, describedBy, invalid }) => (
              <input type="date" id={id} className="form-input input-width-s" value={validUntil} min={today()} aria-describedby={describedBy}
                aria-invalid={invalid} onChange={(e) => setValidUntil(e.target.value)} />
            )}
          </Field>
          <div className="button-group">
            <button type="submit" className="button button-primary" disabled={busy}>Registrér samtykke</button>
            <Link to={`/borgere/${citizenId}`} className="button button-secondary">Tilbage til planen</Link>
          </div>
        </form>
      </section>
    </>
  );
}
