// Who is signed in. The token lives in sessionStorage (closing the tab signs
// out); the user's details come from GET /me.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { get, getToken, post, setToken } from './api.js';
import { resume } from './drafts.js';

export const SessionContext = createContext(null);

export function useSession() {
  return useContext(SessionContext);
}

export async function loadMe() {
  if (!getToken()) return null;
  const me = await get('/me');
  resume(me.id);
  return me;
}

export async function signIn(email, password) {
  const result = await post('/auth/login', { email, password });
  setToken(result.token);
  return loadMe();
}

export async function signOut() {
  try {
    await post('/auth/logout');
  } catch {
    // Signed out here whatever the service says; the token expires anyway.
  }
  setToken(null);
}
