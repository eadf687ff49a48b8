// Draft scores as the panellist writes them. Every change is kept on this device
// (localStorage) at once, then sent to the service a moment later. If the
// connection drops the draft stays here and is sent again with growing pauses
// (1 s, 2 s, 4 s … up to 30 s) and as soon as the browser says it is back online;
// only when the service has the latest words is the local copy removed.
import { useEffect, useState } from 'preact/hooks';
import { ApiError, OfflineError, put } from './api.js';

const PREFIX = 'collabtender.draft.';
const QUIET_MS = 700; // wait for a pause in typing before sending
const MAX_BACKOFF_MS = 30000;
const entries = new Map();
const listeners = new Set();

const keyOf = (user, bid, criterion) => `${PREFIX}${user}.${bid}.${criterion}`;

function remember(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or refused: the draft still lives in memory and is sent.
  }
}

function forget(key) {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to do.
  }
}

function emit() {
  for (const listener of listeners) listener();
}

function entry(user, bid, criterion) {
  const key = keyOf(user, bid, criterion);
  if (!entries.has(key))
    entries.set(key, { key, user, bid, criterion, value: null, version: 0, status: 'saved', attempt: 0, fieldErrors: {} });
  return entries.get(key);
}

function schedule(e, delay) {
  clearTimeout(e.timer);
  e.retryAt = Date.now() + delay;
  e.timer = setTimeout(() => send(e), delay);
}

async function send(e) {
  clearTimeout(e.timer);
  if (e.inFlight) {
    e.again = true;
    return;
  }
  e.inFlight = true;
  const version = e.version;
  e.status = 'saving';
  emit();
  try {
    await put(`/bids/${e.bid}/my-scores/${e.criterion}`, e.value);
    e.attempt = 0;
    e.error = null;
    e.fieldErrors = {};
    if (e.version === version) {
      forget(e.key);
      e.status = 'saved';
      e.savedAt = new Date();
    } else {
      e.status = 'waiting'; // typed on while this was sent; the newer words follow
    }
  } catch (error) {
    if (error instanceof OfflineError || (error instanceof ApiError && error.temporary)) {
      e.attempt += 1;
      e.status = 'offline';
      schedule(e, Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (e.attempt - 1)));
    } else if (error instanceof ApiError && error.status === 401) {
      e.status = 'signed-out'; // kept on this device; sent again after signing in
    } else {
      e.status = 'error';
      e.error = error;
      e.fieldErrors = error instanceof ApiError ? error.fieldErrors : {};
      // Nothing can save these any more: keeping them would only confuse.
      if (['scores-submitted', 'evaluation-closed', 'bid-excluded', 'conflicted'].includes(error.kind)) forget(e.key);
    }
  } finally {
    e.inFlight = false;
    if (e.again && e.status === 'waiting') send(e);
    e.again = false;
    emit();
  }
}

window.addEventListener('online', () => {
  for (const e of entries.values()) if (e.status === 'offline') send(e);
});

// The draft kept on this device for one criterion, if the service lacks it.
export function localDraft(user, bid, criterion) {
  const e = entries.get(keyOf(user, bid, criterion));
  if (e?.value && e.status !== 'saved') return e.value;
  try {
    const text = localStorage.getItem(keyOf(user, bid, criterion));
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

// A change by the panellist: {score, justification, advice}.
export function edit(user, bid, criterion, value) {
  const e = entry(user, bid, criterion);
  e.value = value;
  e.version += 1;
  if (e.status !== 'offline') e.status = 'waiting';
  remember(e.key, value);
  schedule(e, e.status === 'offline' ? Math.max(0, (e.retryAt ?? 0) - Date.now()) : QUIET_MS);
  emit();
}

// Sends again every draft this user left on this device (after signing in).
export function resume(user) {
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(`${PREFIX}${user}.`)) continue;
      const [bid, criterion] = key.slice(PREFIX.length + user.length + 1).split('.');
      const e = entry(user, bid, Number(criterion));
      if (e.status === 'saving') continue;
      e.value = JSON.parse(localStorage.getItem(key));
      e.version += 1;
      e.status = 'waiting';
      schedule(e, 0);
    }
  } catch {
    // Unreadable storage: nothing to resume.
  }
  emit();
}

export function criterionStatus(user, bid, criterion) {
  return entries.get(keyOf(user, bid, criterion)) ?? { status: 'saved', fieldErrors: {} };
}

// The state of a whole bid's drafts, the worst first.
export function bidStatus(user, bid) {
  const mine = [...entries.values()].filter((e) => e.user === user && e.bid === bid);
  for (const status of ['error', 'signed-out', 'offline', 'saving', 'waiting'])
    if (mine.some((e) => e.status === status)) return { status, entries: mine };
  const savedAt = mine.map((e) => e.savedAt).filter(Boolean).sort((a, b) => b - a)[0];
  return { status: 'saved', savedAt, entries: mine };
}

// Sends every waiting draft of a bid now; true once all of them are saved.
export async function flush(user, bid) {
  const mine = [...entries.values()].filter((e) => e.user === user && e.bid === bid && e.status !== 'saved');
  await Promise.all(mine.map((e) => (e.inFlight ? waitFor(e) : send(e))));
  return bidStatus(user, bid).status === 'saved';
}

function waitFor(e) {
  return new Promise((resolve) => {
    const check = () => {
      if (!e.inFlight) {
        listeners.delete(check);
        resolve();
      }
    };
    listeners.add(check);
  });
}

// Re-renders the calling component whenever any draft changes state.
export function useDrafts() {
  const [, setTick] = useState(0);
  useEffect(() => {
    const listener = () => setTick((n) => n + 1);
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, []);
}
