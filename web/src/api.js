// The one way the client talks to the service: JSON over /api/v1. The browser
// holds the session in an HttpOnly cookie (set at sign-in, shared by every tab,
// never readable here); each change also carries the session's CSRF token, which
// another site cannot read. Failures become ApiError (the service answered with
// an RFC 9457 problem) or OfflineError (no answer at all).

// In localStorage so that every tab has it; without the cookie it is worth nothing.
export const CSRF_KEY = 'collabtender.csrf';
let csrfInMemory = null; // when the browser refuses storage (some private modes)
// Whether this tab believes someone is signed in: a 401 then means the session ended.
let signedIn = false;

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

export function getCsrf() {
  try {
    return localStorage.getItem(CSRF_KEY);
  } catch {
    return csrfInMemory;
  }
}

export function setCsrf(token) {
  csrfInMemory = token;
  try {
    if (token) localStorage.setItem(CSRF_KEY, token);
    else localStorage.removeItem(CSRF_KEY);
  } catch {
    // Kept in memory only: this tab still works.
  }
}

export function setSignedIn(on) {
  signedIn = on;
}

const changes = (method) => !['GET', 'HEAD', 'OPTIONS'].includes(method);

// fetch() under /api/v1 with the CSRF token on changes. Refusals throw ApiError
// (a 401 after signing in tells the app the session has ended); the caller reads
// the body of a good answer (JSON, a file) itself.
export async function fetchApi(path, { method = 'GET', headers = {}, body, keepalive = false } = {}) {
  const csrf = getCsrf();
  const init = { method, keepalive, credentials: 'same-origin', headers: { ...headers }, body };
  if (csrf && changes(method)) init.headers['X-CSRF-Token'] = csrf;
  let response;
  try {
    response = await fetch(`/api/v1${path}`, init);
  } catch {
    throw new OfflineError();
  }
  if (response.ok) return response;
  const error = new ApiError(response.status, await readJson(response));
  // When to try again (seconds), e.g. for a PDF the service makes on request: 503 says.
  error.retryAfter = Number(response.headers.get('Retry-After')) || null;
  if (path !== '/auth/login' && (response.status === 401 || error.kind === 'csrf-token-invalid')) sessionEnded(csrf);
  // The person must turn on two-factor sign-in first: the app takes them to that page.
  if (error.kind === 'two-factor-enrolment-required')
    window.dispatchEvent(new CustomEvent('collabtender:must-enrol'));
  throw error;
}

// The session is over (ended, expired, or its CSRF token lost): this tab and the
// others (they hear the token go) show the sign-in page, saying why.
function sessionEnded(csrfSent) {
  if (getCsrf() === csrfSent) setCsrf(null); // not a newer sign-in's token
  if (!signedIn) return; // the first question on opening the page: quietly signed out
  signedIn = false;
  window.dispatchEvent(new CustomEvent('collabtender:signed-out', { detail: { expired: true } }));
}

async function readJson(response) {
  const text = await response.text();
  if (!text || !/json/.test(response.headers.get('Content-Type') ?? '')) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
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
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetchApi(path, init);
  return { data: await readJson(response), response };
}

export const get = (path) => request('GET', path);
export const put = (path, body) => request('PUT', path, body);
export const post = (path, body) => request('POST', path, body);
