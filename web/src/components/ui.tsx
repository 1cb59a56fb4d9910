// Small building blocks on Det Fælles Designsystem's classes, with the accessibility each needs.

import { createContext, useContext, useEffect, useId, useRef, type ReactNode } from 'react';
import type { Me } from '../auth';

export const MeContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('not signed in');
  return me;
}

let firstPage = true;

/**
 * The page's title in the tab, and focus on its heading after a route change so screen readers announce the new
 * page (not on the first page: there the browser starts at the top, with the skip link first).
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Tværs`;
    if (firstPage) {
      firstPage = false;
    } else {
      ref.current?.focus();
    }
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <div className="loading" role="status">
      <div className="spinner" aria-hidden="true" />
      <span>Henter {what} …</span>
    </div>
  );
}

type AlertKind = 'info' | 'success' | 'warning' | 'error';

export function Alert({ kind, heading, children, live }: { kind: AlertKind; heading?: string; children?: ReactNode; live?: boolean }) {
  const labels: Record<AlertKind, string> = { info: 'Information', success: 'Gennemført', warning: 'Advarsel', error: 'Fejl' };
  return (
    <div className={`alert alert-${kind}`} role={live ? (kind === 'error' ? 'alert' : 'status') : undefined}>
      <div className="alert-body">
        <span className="sr-only">{labels[kind]}: </span>
        {heading && <p className="alert-heading">{heading}</p>}
        {children && <div className="alert-text">{children}</div>}
      </div>
    </div>
  );
}

export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  return <Alert kind="error" heading="Det lykkedes ikke" live>{message}</Alert>;
}

export interface FieldProps {
  label: string;
  hint?: string;
  error?: string;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
  id?: string;
}

/** A form group: label, hint and the error next to the field, tied to it with aria-describedby. */
export function Field({ label, hint, error, children, id: given }: FieldProps) {
  const generated = useId();
  const id = given ?? generated;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>{label}</label>
      {hint && <span className="form-hint" id={hintId}>{hint}</span>}
      {error && (
        <span className="form-error-message" id={errorId}>
          <span className="sr-only">Fejl: </span>{error}
        </span>
      )}
      {children({ id, describedBy, invalid: Boolean(error) })}
    </div>
  );
}

/**
 * The errors of a submitted form, listed at the top with links to the fields (DKFDS's error summary); it takes
 * focus so a keyboard or screen reader user hears at once what to correct.
 */
export function ErrorSummary({ errors, labels }: { errors: Record<string, string>; labels: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  useEffect(() => {
    if (entries.length > 0) ref.current?.focus();
  }, [entries.length, errors]);
  if (entries.length === 0) return null;
  return (
    <div className="alert alert-error error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-heading">
      <div className="alert-body">
        <p className="alert-heading" id="error-summary-heading">Der er {entries.length === 1 ? 'en fejl' : `${entries.length} fejl`} i formularen</p>
        <ul className="alert-text nobullet-list">
          {entries.map(([field, message]) => (
            <li key={field}>
              <a href={`#${fieldId(field)}`} className="function-link">{labels[field] ?? 'Feltet'}: {message}</a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** The element id of a form field, from the field name the service uses (readings[0].value → readings-0-value). */
export function fieldId(field: string): string {
  return 'felt-' + field.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-$/, '');
}

export function Badge({ kind, children }: { kind: 'info' | 'success' | 'warning' | 'error' | 'neutral'; children: ReactNode }) {
  return <span className={kind === 'neutral' ? 'badge' : `badge badge-${kind}`}>{children}</span>;
}
