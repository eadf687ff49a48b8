// A bid section as its writer types it, the drafts.js way: every change is kept
// on this device at once and sent a moment later with If-Match (the section's
// version it was based on), retried with growing pauses (1 s … 30 s) and when the
// browser is back online. If a partner saved the section meanwhile (412) the words
// stay here and the writer chooses: see theirs, keep theirs, or save theirs over.
import { useEffect, useState } from 'preact/hooks';
import { ApiError, OfflineError, request } from '../../../api.js';

const PREFIX = 'collabtender.section.';
const QUIET_MS = 700;
const MAX_BACKOFF_MS = 30000;
const entries = new Map();
const listeners = new Set();

const keyOf = (user, bid, section) => `${PREFIX}${user}.${bid}.${section}`;

function remember(e) {
  try {
    localStorage.setItem(e.key, JSON.stringify({ value: e.value, base: e.base }));
  } catch {
    // Storage refused: the words live in memory and are still sent.
  }
}

function forget(e) {
  try {
    localStorage.removeItem(e.key);
  } catch {
    // Nothing to do.
  }
}

function emit() {
  for (const listener of listeners) listener();
}

export function sectionEntry(user, bid, section) {
  const key = keyOf(user, bid, section);
  if (!entries.has(key)) entries.set(key, { key, user, bid, section, value: null, base: 0, version: 0, status: 'saved' });
  return entries.get(key);
}

function schedule(e, delay) {
  clearTimeout(e.timer);
  e.timer = setTimeout(() => send(e), delay);
}

async function send(e) {
  clearTimeout(e.timer);
  if (e.inFlight) {
    e.again = true;
    return;
  }
  if (e.status === 'conflict') return; // waits for the writer's choice
  e.inFlight = true;
  const version = e.version;
  e.status = 'saving';
  emit();
  try {
    const saved = await request('PUT', `/bids/${e.bid}/sections/${e.section}/content`, { content: e.value }, { 'If-Match': `"${e.base}"` });
    e.base = saved.versions;
    e.server = saved;
    e.attempt = 0;
    e.error = null;
    if (e.version === version) {
      forget(e);
      e.status = 'saved';
      e.savedAt = new Date();
    } else {
      e.status = 'waiting';
      remember(e);
    }
  } catch (error) {
    if (error instanceof OfflineError || (error instanceof ApiError && error.temporary)) {
      e.attempt = (e.attempt ?? 0) + 1;
      e.status = 'offline';
      schedule(e, Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (e.attempt - 1)));
    } else if (error instanceof ApiError && error.status === 412) {
      e.status = 'conflict';
    } else if (error instanceof ApiError && error.status === 401) {
      e.status = 'signed-out';
    } else {
      e.status = 'error';
      e.error = error;
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

// What to show when the page opens: words kept on this device if the service
// lacks them, else the service's. `base` is the section's version now.
export function openSection(user, bid, section, serverValue, base) {
  const e = sectionEntry(user, bid, section);
  if (e.status !== 'saved' && e.value !== null) return e;
  e.base = base;
  e.value = serverValue;
  e.status = 'saved';
  try {
    const kept = JSON.parse(localStorage.getItem(e.key) ?? 'null');
    if (kept && JSON.stringify(kept.value) !== JSON.stringify(serverValue)) {
      e.value = kept.value;
      e.base = kept.base;
      e.version += 1;
      e.status = kept.base === base ? 'waiting' : 'conflict';
      if (e.status === 'waiting') schedule(e, 0);
    } else if (kept) forget(e);
  } catch {
    // Unreadable storage: the service's copy stands.
  }
  return e;
}

export function editSection(user, bid, section, value) {
  const e = sectionEntry(user, bid, section);
  e.value = value;
  e.version += 1;
  if (e.status !== 'offline' && e.status !== 'conflict') e.status = 'waiting';
  remember(e);
  if (e.status === 'waiting') schedule(e, QUIET_MS);
  emit();
}

// After a conflict: save my words over the version now on the service.
export function keepMine(e, latestVersion) {
  e.base = latestVersion;
  e.status = 'waiting';
  remember(e);
  send(e);
}

// After a conflict, or an answer inserted: take the service's words and version.
export function takeServer(e, value, version) {
  clearTimeout(e.timer);
  forget(e);
  e.value = value;
  e.base = version;
  e.version += 1;
  e.status = 'saved';
  e.savedAt = null;
  e.resets = (e.resets ?? 0) + 1; // forms showing the old words start again
  emit();
}

// Sends now if anything waits; true once the service has the latest words.
export async function flushSection(e) {
  if (e.status === 'saved') return true;
  if (e.inFlight) await new Promise((resolve) => {
    const check = () => {
      if (!e.inFlight) {
        listeners.delete(check);
        resolve();
      }
    };
    listeners.add(check);
  });
  if (e.status === 'waiting' || e.status === 'offline') await send(e);
  return e.status === 'saved';
}

export function useSectionDrafts() {
  const [, setTick] = useState(0);
  useEffect(() => {
    const listener = () => setTick((n) => n + 1);
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, []);
}

// Sends again every section this user left unsaved on this device (say, before the
// connection dropped and the tab was closed), each against the version it was based on.
export function resumeSections(user) {
  const prefix = `${PREFIX}${user}.`;
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(prefix)) continue;
      const [bid, section] = key.slice(prefix.length).split('.');
      const e = sectionEntry(user, bid, section);
      if (e.inFlight || e.status !== 'saved') continue;
      const kept = JSON.parse(localStorage.getItem(key));
      e.value = kept.value;
      e.base = kept.base;
      e.version += 1;
      e.status = 'waiting';
      schedule(e, 0);
    }
  } catch {
    // Unreadable storage: nothing to resume.
  }
  emit();
}

// The sections of a bid whose latest words the service does not have yet.
export function unsavedSections(user, bid) {
  return [...entries.values()].filter((e) => e.user === user && e.bid === bid && e.status !== 'saved');
}
