import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, get, getOrNull, post, put } from '../api';
import { readUntil } from '../data';
import { formatDateTime, formatNumber, today } from '../danish';
import { useLoad } from '../hooks';
import {
  ASSUMPTION_GROUPS, ASSUMPTION_LABELS, baselineHint, emptyForm, formFieldErrors, fromForm, toForm,
  type AssumptionField, type AssumptionForm, type Baseline, type InvestmentCase, type Saved,
} from '../insight';
import { ErrorMessage, ErrorSummary, Field, fieldId, Loading, PageHeading } from '../components/ui';

const LABELS: Record<string, string> = { ...ASSUMPTION_LABELS, note: 'Hvorfor ændres forudsætningerne?' };

/** A new investment case, or a change of a stored case's assumptions based on the version read. */
export function InvestmentCaseForm() {
  const { caseId } = useParams();
  const editing = caseId !== undefined;
  // after a conflict: the version the service named, which the read model may take a moment to show
  const [minVersion, setMinVersion] = useState(0);
  const loaded = useLoad(async (signal) => {
    const [baseline, stored] = await Promise.all([
      get<Baseline>('/api/insight/baseline', undefined, signal),
      editing ? readUntil(() => getOrNull<InvestmentCase>(`/api/insight/calculator/cases/${caseId}`, undefined, signal),
        (c) => c.version >= minVersion, signal) : Promise.resolve(null),
    ]);
    if (editing && !stored) throw new ApiError(404, 'Investeringscasen findes ikke, eller du har ikke adgang til den.');
    return { baseline, stored };
  }, [caseId, minVersion]);

  if (loaded.loading && !loaded.data) return <Loading what={editing ? 'investeringscasen' : 'platformens tal'} />;
  if (loaded.error) return <ErrorMessage error={loaded.error} />;
  const { baseline, stored } = loaded.data!;
  return (
    <AssumptionsEditor
      key={stored ? `${stored.caseId}-${stored.version}` : 'new'}
      baseline={baseline}
      stored={stored}
      onReload={(version) => setMinVersion(version)}
    />
  );
}

function AssumptionsEditor({ baseline, stored, onReload }: { baseline: Baseline; stored: InvestmentCase | null; onReload: (version: number) => void }) {
  const navigate = useNavigate();
  const [form, setForm] = useState<AssumptionForm>(() => (stored ? toForm(stored.assumptions) : emptyForm(Number(today().slice(0, 4)) + 1)));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>();
  const [conflict, setConflict] = useState<{ message: string; version: number }>();
  const [busy, setBusy] = useState(false);
  const title = stored ? `Ret forudsætningerne: ${stored.title}` : 'Ny investeringscase';

  const set = (key: keyof AssumptionForm, value: string) => setForm({ ...form, [key]: value });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = fromForm(form);
    const found = { ...checked.errors };
    if (note.length > 500) found.note = 'Skriv højst 500 tegn.';
    setErrors(found);
    setConflict(undefined);
    setFailure(undefined);
    if (!checked.assumptions || Object.keys(found).length) return;
    setBusy(true);
    try {
      if (stored) {
        const saved = await put<Saved>(`/api/insight/calculator/cases/${stored.caseId}`, {
          expectedVersion: stored.version, note: note.trim() || null, assumptions: checked.assumptions,
        });
        navigate(`/indsigt/beregner/${stored.caseId}`, { state: { saved: saved.version, changed: saved.version !== stored.version } });
      } else {
        const saved = await post<Saved>('/api/insight/calculator/cases', checked.assumptions);
        navigate(`/indsigt/beregner/${saved.caseId}`, { state: { saved: saved.version, created: true } });
      }
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        const current = err.currentVersion ?? (stored ? stored.version + 1 : 1);
        setConflict({
          message: err.currentVersion !== undefined
            ? `${err.message} Den nyeste version er version ${err.currentVersion}; du rettede version ${stored?.version}.`
            : err.message,
          version: current,
        });
      } else if (err instanceof ApiError && Object.keys(err.fieldErrors).length) {
        setErrors(formFieldErrors(err.fieldErrors));
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
        <li className="breadcrumbs__list-item"><Link className="breadcrumbs__link" to="/indsigt/beregner">Investeringsberegner</Link></li>
        {stored && <li className="breadcrumbs__list-item"><Link className="breadcrumbs__link" to={`/indsigt/beregner/${stored.caseId}`}>{stored.title}</Link></li>}
        <li className="breadcrumbs__list-item" aria-current="page">{stored ? 'Ret forudsætninger' : 'Ny investeringscase'}</li>
      </ol></nav>
      <PageHeading title={title}>{title}</PageHeading>
      {stored ? (
        <p className="font-lead" id="editing-version">
          Du retter version {stored.version}, gemt {formatDateTime(stored.changedAt)} af {stored.changedBy}. Når du gemmer,
          bliver ændringen version {stored.version + 1}; de tidligere versioner kan stadig ses.
        </p>
      ) : (
        <p className="font-lead">
          Skriv investeringen og den effekt, I forventer. Nogle tal kan platformen selv give – det står ved feltet. Lader
          I dem stå tomme, bruger beregneren platformens egne tal for {baseline.year}, og det står ved beregningen.
        </p>
      )}
      <div aria-live="assertive">
        {conflict && (
          <div className="alert alert-error" role="alert" id="conflict">
            <div className="alert-body">
              <p className="alert-heading">Forudsætningerne er ændret af en anden imens</p>
              <p className="alert-text">{conflict.message}</p>
              <button type="button" className="button button-secondary" onClick={() => onReload(conflict.version)}>Hent den nyeste version</button>
            </div>
          </div>
        )}
      </div>
      <ErrorSummary errors={errors} labels={LABELS} />
      <ErrorMessage error={failure} />
      <form onSubmit={submit} noValidate className="tvaers-form">
        {ASSUMPTION_GROUPS.map((group) => (
          <fieldset key={group.legend} className="tvaers-fieldset">
            <legend className="h3">{group.legend}</legend>
            {group.fields.map((field) => (
              <AssumptionInput key={field.key} field={field} value={form[field.key]} error={errors[field.key]} baseline={baseline}
                onChange={(value) => set(field.key, value)} />
            ))}
          </fieldset>
        ))}
        {stored && (
          <Field label={LABELS.note} hint="Fx ny viden eller en politisk beslutning. Begrundelsen gemmes med versionen." error={errors.note} id={fieldId('note')}>
            {({ id, describedBy, invalid }) => (
              <textarea id={id} className="form-input" rows={3} maxLength={500} value={note} aria-describedby={describedBy}
                aria-invalid={invalid} onChange={(e) => setNote(e.target.value)} />
            )}
          </Field>
        )}
        <div className="button-group">
          <button type="submit" className="button button-primary" disabled={busy}>
            {stored ? 'Gem forudsætningerne' : 'Opret investeringscase'}
          </button>
          <Link to={stored ? `/indsigt/beregner/${stored.caseId}` : '/indsigt/beregner'} className="button button-secondary">Fortryd</Link>
        </div>
      </form>
    </>
  );
}

function AssumptionInput({ field, value, error, baseline, onChange }: {
  field: AssumptionField; value: string; error?: string; baseline: Baseline; onChange: (value: string) => void;
}) {
  const platform = field.platform ? baseline.numbers.find((n) => n.key === field.key) : undefined;
  const hint = [field.hint, field.platform ? baselineHint(platform, baseline.year) : undefined].filter(Boolean).join(' ');
  const width = field.kind === 'text' ? ' input-width-xl' : field.kind === 'amount' ? ' input-width-m' : ' input-width-s';
  return (
    <Field label={field.label} hint={hint || undefined} error={error} id={fieldId(field.key)}>
      {({ id, describedBy, invalid }) => (
        <div className="tvaers-assumption">
          <input id={id} className={`form-input${width}`} value={value} maxLength={field.kind === 'text' ? 200 : 20}
            inputMode={field.kind === 'text' ? undefined : field.kind === 'year' || field.kind === 'whole' ? 'numeric' : 'decimal'}
            aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => onChange(e.target.value)} />
          {platform && platform.value !== null && value.trim() === '' && (
            <button type="button" className="button button-tertiary button-small" onClick={() => onChange(String(platform.value).replace('.', ','))}>
              Indsæt platformens tal ({formatNumber(platform.value)})<span className="sr-only"> i {field.label}</span>
            </button>
          )}
        </div>
      )}
    </Field>
  );
}
