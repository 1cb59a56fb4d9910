// Calls to the services through the gateway: the access token as a bearer token, the purpose of a read in
// X-Purpose (percent-encoded UTF-8, for the audit log), and problem details turned into Danish messages.

import { accessToken, signIn } from './auth';
import { danishProblem } from './danish';

export const PURPOSES = {
  overview: 'Overblik over egne borgere',
  plan: 'Koordinering af borgerens plan',
  followUp: 'Opfølgning på borgerens plan',
  offers: 'Tilbud til borgeren',
  grants: 'Bevilling til borgeren',
  visitation: 'Visitationsmøde',
  coordination: 'Koordinering mellem sektorer',
  consent: 'Registrering af samtykke',
} as const;

export interface FieldErrors {
  [field: string]: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors: FieldErrors = {},
    readonly rule?: string,
    readonly currentVersion?: number,
  ) {
    super(message);
  }
}

interface Problem {
  title?: string;
  detail?: string;
  rule?: string;
  currentVersion?: number;
  errors?: { field: string; message: string }[];
}

/** A problem detail as the user reads it: a Danish summary and, per field, a Danish message. */
export function toApiError(status: number, problem: Problem | null): ApiError {
  const fieldErrors: FieldErrors = {};
  for (const error of problem?.errors ?? []) {
    if (error.field) fieldErrors[error.field] = danishProblem(problem?.rule, fieldFallback(error.message));
  }
  let message: string;
  switch (status) {
    case 400:
    case 422:
      message = problem?.rule && !problem.errors?.length ? danishProblem(problem.rule) : 'Nogle oplysninger skal rettes.';
      break;
    case 403:
      message = 'Du har ikke adgang til at gøre dette.';
      break;
    case 404:
      message = 'Det findes ikke, eller du har ikke adgang til det.';
      break;
    case 409:
      message = problem?.rule ? danishProblem(problem.rule, 'Det er blevet ændret af en anden imens. Indlæs siden igen.')
        : 'Det er blevet ændret af en anden imens. Indlæs siden igen.';
      break;
    case 429:
      message = 'Der er for mange forespørgsler lige nu. Vent et øjeblik og prøv igen.';
      break;
    default:
      message = 'Der skete en fejl hos os. Prøv igen om lidt.';
  }
  return new ApiError(status, message, fieldErrors, problem?.rule, problem?.currentVersion);
}

/** Bean Validation's English messages, said plainly in Danish. */
function fieldFallback(message: string | undefined): string {
  if (!message) return 'Oplysningen kan ikke bruges. Tjek feltet.';
  if (/must not be (blank|null|empty)/.test(message)) return 'Feltet skal udfyldes.';
  if (/size must be between/.test(message)) return 'Teksten er for lang.';
  if (/must be greater than|must be less than|must be between/.test(message)) return 'Tallet ligger uden for det tilladte.';
  if (/wrong type or format/.test(message)) return 'Formatet er forkert.';
  if (/must be a date in the past or in the present/.test(message)) return 'Datoen kan ikke ligge i fremtiden.';
  return 'Oplysningen kan ikke bruges. Tjek feltet.';
}

export interface RequestOptions {
  body?: unknown;
  purpose?: string;
  idempotencyKey?: string;
  signal?: AbortSignal;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const token = await accessToken();
  const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.purpose) headers['X-Purpose'] = encodeURIComponent(options.purpose);
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'Der er ingen forbindelse til Tværs. Tjek netværket og prøv igen.');
  }
  if (response.status === 401) {
    return signIn(window.location.pathname + window.location.search);
  }
  if (!response.ok) {
    let problem: Problem | null = null;
    try {
      problem = (await response.json()) as Problem;
    } catch {
      problem = null;
    }
    throw toApiError(response.status, problem);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const get = <T>(path: string, purpose?: string, signal?: AbortSignal) =>
  request<T>('GET', path, { purpose, signal });
export const post = <T>(path: string, body?: unknown, idempotencyKey?: string) =>
  request<T>('POST', path, { body: body ?? {}, idempotencyKey });
export const put = <T>(path: string, body: unknown) => request<T>('PUT', path, { body });

/**
 * A read that is not JSON (an SVG chart, a CSV file): the same token and the same Danish errors as any call.
 */
export async function getFile(path: string, accept: string, signal?: AbortSignal): Promise<{ blob: Blob; type: string; disposition: string | null }> {
  const token = await accessToken();
  let response: Response;
  try {
    response = await fetch(path, { headers: { Authorization: `Bearer ${token}`, Accept: accept }, signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'Der er ingen forbindelse til Tværs. Tjek netværket og prøv igen.');
  }
  if (response.status === 401) {
    return signIn(window.location.pathname + window.location.search);
  }
  if (!response.ok) {
    let problem: Problem | null = null;
    try {
      problem = (await response.json()) as Problem;
    } catch {
      problem = null;
    }
    throw toApiError(response.status, problem);
  }
  return { blob: await response.blob(), type: response.headers.get('Content-Type') ?? accept, disposition: response.headers.get('Content-Disposition') };
}

/** The same read, or null when it is a 404 (no plan yet, no coordinator...). */
export async function getOrNull<T>(path: string, purpose?: string, signal?: AbortSignal): Promise<T | null> {
  try {
    return await get<T>(path, purpose, signal);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

export function newKey(): string {
  return crypto.randomUUID();
}
