// A small router over the History API. Paths are matched against patterns such
// as "/panels/:panel/bids/:bid"; after each navigation the next page heading
// takes focus, so keyboard and screen-reader users start at the top of the page.
import { useEffect, useState } from 'preact/hooks';

const listeners = new Set();
let focusRequested = false;

function notify() {
  for (const listener of listeners) listener(location.pathname);
}

let lastPath = location.pathname;
// The page before this one in this tab (null after a reload): where a "Back" link may lead.
let previousPath = null;
export const cameFrom = () => previousPath;

window.addEventListener('popstate', () => {
  if (location.pathname === lastPath) return; // only the #fragment changed
  previousPath = lastPath;
  lastPath = location.pathname;
  focusRequested = true;
  notify();
});

export function navigate(path, { replace = false } = {}) {
  if (path === location.pathname && !replace) return;
  if (!replace) previousPath = location.pathname;
  history[replace ? 'replaceState' : 'pushState'](null, '', path);
  lastPath = location.pathname;
  focusRequested = true;
  window.scrollTo(0, 0);
  notify();
}

// True once per navigation: the page heading that asks first gets the focus.
export function takeFocusRequest() {
  const requested = focusRequested;
  focusRequested = false;
  return requested;
}

export function usePath() {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    listeners.add(setPath);
    return () => listeners.delete(setPath);
  }, []);
  return path;
}

export function match(pattern, path) {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) params[want[i].slice(1)] = decodeURIComponent(got[i]);
    else if (want[i] !== got[i]) return null;
  }
  return params;
}

export function Link({ href, children, ...props }) {
  const onClick = (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} onClick={onClick} {...props}>
      {children}
    </a>
  );
}

// The sign-in page, coming back to `path` once signed in.
export const signInTo = (path) => `/sign-in?next=${encodeURIComponent(path)}`;

// Where the sign-in page was asked to come back to: a path on this site only,
// never another site's address ("//elsewhere", "/\\elsewhere").
export function nextPath() {
  const next = new URLSearchParams(location.search).get('next');
  return next && /^\/(?![/\\])/.test(next) ? next : null;
}

// Asks the next page heading to take focus without changing the address.
export function requestFocus() {
  focusRequested = true;
}
