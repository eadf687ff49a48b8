// Who is signed in. The session is an HttpOnly cookie the service sets, shared by
// every tab of the browser, so opening a link in a new tab needs no new sign-in;
// the page keeps only the session's CSRF token (api.js). Who it is comes from GET /me.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { ApiError, get, post, setCsrf, setSignedIn } from './api.js';
import { resume } from './drafts.js';

export const SessionContext = createContext(null);

export function useSession() {
  return useContext(SessionContext);
}

// The person signed in, or null: always asked, since only the service can see the cookie.
export async function loadMe() {
  try {
    const me = await get('/me');
    setSignedIn(true);
    resume(me.id);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

// `code`: {one_time_code} or {recovery_code}, the second step for a person who turned on
// two-factor sign-in (the service answers 401 two-factor-required without it).
export async function signIn(email, password, code = {}) {
  const result = await post('/auth/login', { email, password, session: 'browser', ...code });
  setCsrf(result.csrf_token);
  return loadMe();
}

// The person must turn on two-factor sign-in before anything else: their role requires it
// (GET /me two_factor.required) and they have not. Their session reaches only /me, signing
// out and the enrolment routes.
export const mustEnrol = (me) => Boolean(me?.two_factor?.required && !me?.two_factor?.enabled);

// Where the forced enrolment is, coming back to `path` afterwards.
export const ENROL_PATH = '/account/two-factor';

// Ends this browser's session, or with `everywhere` every session of the person (other
// devices, API tokens). Throws if the service could not be told: the cookie, which only
// the service can clear, would otherwise still sign this browser in.
export async function signOut({ everywhere = false } = {}) {
  setSignedIn(false); // a 401 here is no news to announce
  try {
    await post('/auth/logout', everywhere ? { everywhere: true } : undefined);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) {
      setSignedIn(true);
      throw error;
    }
    // 401: it had ended already
  }
  setCsrf(null); // the other tabs hear this and sign out too
}
