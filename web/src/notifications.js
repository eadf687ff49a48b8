// What the notification pages read from the service, and the unread count the
// site header shows. The count is read again when the page changes, when a page
// here marks something read, and at most once a minute while the tab is open.
import { useEffect, useState } from 'preact/hooks';
import { get } from './api.js';

export const PAGE = 20;
export const REFRESH_MS = 60000;
const CHANGED = 'collabtender:notifications-changed';

export const listNotifications = (offset = 0) => get(`/notifications?limit=${PAGE}&offset=${offset}`);
const unreadCount = async () => (await get('/notifications?unread=true&limit=1')).unread;

// Pages that mark notifications read say so, and the header reads the count again.
export function notificationsChanged() {
  window.dispatchEvent(new CustomEvent(CHANGED));
}

// The signed-in person's unread count, or null before it is known (or when the
// service cannot be reached: the header then just says "Notifications").
export function useUnreadCount(me, path) {
  const [count, setCount] = useState(null);
  useEffect(() => {
    if (!me) {
      setCount(null);
      return undefined;
    }
    let live = true;
    const read = () =>
      unreadCount().then(
        (n) => live && setCount(n),
        () => {}, // offline or signed out: keep what is shown; the page itself says what is wrong
      );
    read();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') read();
    }, REFRESH_MS);
    window.addEventListener(CHANGED, read);
    return () => {
      live = false;
      clearInterval(timer);
      window.removeEventListener(CHANGED, read);
    };
  }, [me?.id, path]);
  return count;
}

// "3 unread", "1 unread"; nothing when none.
export const unreadWords = (n) => (n ? `${n} unread` : '');

// The in-app text's paragraphs; the link's own words come apart, as link_text.
export function paragraphs(notification) {
  return String(notification.text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

// Only addresses inside this client are followed; anything else goes to the list.
export const safeLink = (link) => (typeof link === 'string' && link.startsWith('/') && !link.startsWith('//') ? link : '/notifications');

export const when = (iso) =>
  new Date(iso).toLocaleString('en-GB', {
    day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'Europe/London',
  });
