import { errorCodes, type ErrorBody, type ErrorCode } from '../../shared/errors';
import { env } from '../config/env';
import { ApiError } from './api-error';
import { reportServerReachable } from './network-status';

type Language = 'id' | 'en';
type QueryValue = string | number | boolean | null | undefined;

interface ApiClientHooks {
  getLanguage: () => Language;
  /** A call other than sign-in or /me answered 401: the session is gone. */
  onSessionLost: (code: ErrorCode) => void;
  /** The account holds a temporary password; every call but the change is refused. */
  onPasswordChangeRequired: () => void;
}

let hooks: ApiClientHooks = {
  getLanguage: () => 'id',
  onSessionLost: () => undefined,
  onPasswordChangeRequired: () => undefined,
};

// Kept in memory only: after a reload the app asks GET /api/me for it again.
let csrfToken: string | null = null;

export function configureApiClient(next: Partial<ApiClientHooks>): void {
  hooks = { ...hooks, ...next };
}

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** For the few calls that cannot go through `api` (an upload with progress needs XMLHttpRequest). */
export function getCsrfToken(): string | null {
  return csrfToken;
}

// These two answer 401 as a normal outcome (wrong password, not signed in yet).
const sessionProbePaths = new Set(['/auth/login', '/me']);

interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${env.apiBaseUrl}${path}${search ? `?${search}` : ''}`;
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'code' in error;
}

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  if (isErrorBody(body)) {
    const { code, message, details, requestId } = body.error;
    return new ApiError({ code, status: response.status, message, details: details ?? [], requestId });
  }
  const fallback: ErrorCode = response.status === 429 ? 'RATE_LIMITED' : response.status >= 500 ? 'INTERNAL' : 'NOT_FOUND';
  return new ApiError({ code: fallback, status: response.status, message: errorCodes[fallback][hooks.getLanguage()] });
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': hooks.getLanguage(),
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    reportServerReachable(false);
    throw new ApiError({ code: 'NETWORK', status: 0, message: 'Network error' });
  }
  reportServerReachable(response.status !== 502 && response.status !== 504);

  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && !sessionProbePaths.has(path)) {
      csrfToken = null;
      hooks.onSessionLost(error.code as ErrorCode);
    } else if (error.code === 'PASSWORD_CHANGE_REQUIRED') {
      hooks.onPasswordChangeRequired();
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
