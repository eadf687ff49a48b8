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

export async function signIn(email, password) {
  const result = await post('/auth/login', { email, password, session: 'browser' });
  setCsrf(result.csrf_token);
  return loadMe();
}

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
