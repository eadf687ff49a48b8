// What the people pages share: reading accounts, and the words a page leaves for the
// next one to show ("Invitation sent to …") after it moves there.
import { get } from '../../api.js';

export const PAGE = 20;

export function searchPeople({ q = '', role = '', status = '', organisation_id = '', offset = 0 }) {
  const query = new URLSearchParams({ limit: String(PAGE), offset: String(offset) });
  if (q.trim()) query.set('q', q.trim());
  if (role) query.set('role', role);
  if (status) query.set('status', status);
  if (organisation_id) query.set('organisation_id', organisation_id);
  return get(`/users?${query}`);
}

let flash = null;
export const leaveMessage = (text) => {
  flash = text;
};
export const takeMessage = () => {
  const text = flash;
  flash = null;
  return text;
};

// The list's last search, per list, for the person page's way back to it.
const searches = new Map();
export const rememberSearch = (base, query) => searches.set(base, query);
export const listAddress = (base) => `${base}${searches.get(base) ?? ''}`;
