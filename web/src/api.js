// The one way the client talks to the service: JSON over /api/v1 with the
// bearer token from sign-in. Failures become ApiError (the service answered with
// an RFC 9457 problem) or OfflineError (no answer at all).

const TOKEN_KEY = 'collabtender.token';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The service answered ${status}`);
    this.status = status;
    this.problem = problem ?? {};
    this.kind = String(this.problem.type ?? '').replace('urn:collabtender:problem:', '');
  }

  // Temporary trouble on the service's side: worth trying again later.
  get temporary() {
    return [502, 503, 504].includes(this.status);
  }

  // {"/justification": "say why you gave this score", ...}
  get fieldErrors() {
    const out = {};
    for (const e of this.problem.errors ?? []) if (e.pointer) out[e.pointer] = e.detail;
    return out;
  }
}

export class OfflineError extends Error {
  constructor() {
    super('No connection to the service.');
  }
}

export function getToken() {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(token) {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

export async function request(method, path, body, headers = {}, options = {}) {
  return (await exchange(method, path, body, headers, options)).data;
}

// A resource with its version from the ETag ("3" → 3), to send back in If-Match.
export async function getVersioned(path) {
  const { data, response } = await exchange('GET', path);
  const version = Number((response.headers.get('ETag') ?? '').replace(/^W\//, '').replace(/"/g, ''));
  return { data, version: Number.isFinite(version) ? version : null };
}

// options.keepalive: the request outlives the page (sent as the tab closes).
async function exchange(method, path, body, headers = {}, { keepalive = false } = {}) {
  const init = { method, keepalive, headers: { Accept: 'application/json, application/problem+json', ...headers } };
  const token = getToken();
  if (token) init.headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(`/api/v1${path}`, init);
  } catch {
    throw new OfflineError();
  }
  const text = await response.text();
  let data = null;
  if (text && /json/.test(response.headers.get('Content-Type') ?? '')) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    const error = new ApiError(response.status, data);
    if (response.status === 401 && token && path !== '/auth/login') {
      setToken(null);
      window.dispatchEvent(new CustomEvent('collabtender:signed-out', { detail: { expired: true } }));
    }
    throw error;
  }
  return { data, response };
}

export const get = (path) => request('GET', path);
export const put = (path, body) => request('PUT', path, body);
export const post = (path, body) => request('POST', path, body);
