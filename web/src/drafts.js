// Autosave for whatever a person writes: a panellist's draft scores and a bid
// section's text. Every change is kept on this device (localStorage) at once, then
// sent to the service after a pause in typing. If the connection drops the draft
// stays here and is sent again with growing pauses (1 s, 2 s, 4 s … up to 30 s) and
// as soon as the browser says it is back online; only when the service has the
// latest words is the local copy removed. `draftStore` is that machinery once; each
// kind of draft says how it is sent, what it keeps beside the words, which refusals
// are a conflict for the writer to settle and which mean nothing can save it.
import { useEffect, useState } from 'preact/hooks';
import { ApiError, OfflineError, put, request } from './api.js';

const QUIET_MS = 700; // wait for a pause in typing before sending
const MAX_BACKOFF_MS = 30000;
const listeners = new Set();
const stores = [];

function emit() {
  for (const listener of listeners) listener();
}

window.addEventListener('online', () => {
  for (const store of stores) store.online();
});

// Re-renders the calling component whenever any draft changes state.
export function useDrafts() {
  const [, setTick] = useState(0);
  useEffect(() => {
    const listener = () => setTick((n) => n + 1);
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, []);
}

// kind: {prefix, field (the entry's name for the item), parse (item from its key),
// send(e) → the service's answer, saved(e, answer), keep(e) / restore(e, kept) (what
// localStorage holds), conflict(error), final(error): nothing will ever save it}.
function draftStore(kind) {
  const entries = new Map();
  const keyOf = (user, bid, item) => `${kind.prefix}${user}.${bid}.${item}`;

  function remember(e) {
    try {
      localStorage.setItem(e.key, JSON.stringify(kind.keep(e)));
    } catch {
      // Storage full or refused: the draft still lives in memory and is sent.
    }
  }

  function forget(e) {
    try {
      localStorage.removeItem(e.key);
    } catch {
      // Nothing to do.
    }
  }

  function entry(user, bid, item) {
    const key = keyOf(user, bid, item);
    if (!entries.has(key))
      entries.set(key, { key, user, bid, [kind.field]: item, value: null, base: 0, version: 0, status: 'saved', attempt: 0, fieldErrors: {} });
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
    if (e.status === 'conflict') return; // waits for the writer's choice
    e.inFlight = true;
    const version = e.version;
    e.status = 'saving';
    emit();
    try {
      kind.saved(e, await kind.send(e));
      e.attempt = 0;
      e.error = null;
      e.fieldErrors = {};
      if (e.version === version) {
        forget(e);
        e.status = 'saved';
        e.savedAt = new Date();
      } else {
        e.status = 'waiting'; // typed on while this was sent; the newer words follow
        remember(e);
      }
    } catch (error) {
      if (error instanceof OfflineError || (error instanceof ApiError && error.temporary)) {
        e.attempt += 1;
        e.status = 'offline';
        schedule(e, Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (e.attempt - 1)));
      } else if (error instanceof ApiError && (error.status === 401 || error.kind === 'csrf-token-invalid')) {
        e.status = 'signed-out'; // kept on this device; sent again after signing in
      } else if (kind.conflict(error)) {
        e.status = 'conflict';
      } else {
        e.status = 'error';
        e.error = error;
        e.fieldErrors = error instanceof ApiError ? error.fieldErrors : {};
        if (kind.final(error)) forget(e); // keeping words nothing can save would only confuse
      }
    } finally {
      e.inFlight = false;
      if (e.again && e.status === 'waiting') send(e);
      e.again = false;
      emit();
    }
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

  // Sends one draft now if it waits; true once the service has its latest words.
  async function flushEntry(e) {
    if (e.inFlight) await waitFor(e);
    if (e.status !== 'saved') await send(e);
    return e.status === 'saved';
  }

  const unsaved = (user, bid) => [...entries.values()].filter((e) => e.user === user && e.bid === bid && e.status !== 'saved');

  return {
    entry,
    forget,
    online() {
      for (const e of entries.values()) if (e.status === 'offline') send(e);
    },

    // A change by the writer.
    edit(user, bid, item, value) {
      const e = entry(user, bid, item);
      e.value = value;
      e.version += 1;
      if (e.status !== 'offline' && e.status !== 'conflict') e.status = 'waiting';
      remember(e);
      if (e.status === 'waiting') schedule(e, QUIET_MS); // offline: the retry already scheduled sends these words
      emit();
    },

    // The words kept on this device for one item ({value, base}), or null.
    kept(user, bid, item) {
      try {
        const text = localStorage.getItem(keyOf(user, bid, item));
        return text ? kind.restore(JSON.parse(text)) : null;
      } catch {
        return null;
      }
    },

    // Sends again every draft this user left on this device (after signing in, or
    // when the tab was closed offline), each against what it was based on.
    resume(user) {
      const prefix = `${kind.prefix}${user}.`;
      try {
        for (let i = 0; i < localStorage.length; i++) {
          const key = localStorage.key(i);
          if (!key?.startsWith(prefix)) continue;
          const [bid, item] = key.slice(prefix.length).split('.');
          const e = entry(user, bid, kind.parse(item));
          if (e.inFlight || e.status === 'conflict') continue;
          Object.assign(e, kind.restore(JSON.parse(localStorage.getItem(key))));
          e.version += 1;
          e.status = 'waiting';
          schedule(e, 0);
        }
      } catch {
        // Unreadable storage: nothing to resume.
      }
      emit();
    },

    // Takes words the writer chose or the service holds as the draft's starting point:
    // kept here and sent (`send`), or already the service's.
    settle(e, value, base, { send: mine = false } = {}) {
      clearTimeout(e.timer);
      e.value = value;
      e.base = base;
      e.version += 1;
      if (mine) {
        e.status = 'waiting';
        remember(e);
        send(e);
      } else {
        forget(e);
        e.status = 'saved';
        e.savedAt = null;
        e.resets = (e.resets ?? 0) + 1; // forms showing the old words start again
      }
      emit();
    },

    status(user, bid, item) {
      return entries.get(keyOf(user, bid, item)) ?? { status: 'saved', fieldErrors: {} };
    },

    unsaved,
    flushEntry,

    // Sends every waiting draft of a bid now; true once all of them are saved.
    async flush(user, bid) {
      await Promise.all(unsaved(user, bid).map(flushEntry));
      return unsaved(user, bid).length === 0;
    },
  };
}

// A panellist's draft scores, {score, justification, advice} per criterion.
const scores = draftStore({
  prefix: 'collabtender.draft.',
  field: 'criterion',
  parse: Number,
  send: (e) => put(`/bids/${e.bid}/my-scores/${e.criterion}`, e.value),
  saved: () => {},
  keep: (e) => e.value,
  restore: (value) => ({ value }),
  conflict: () => false,
  final: (error) => ['scores-submitted', 'evaluation-closed', 'bid-excluded', 'conflicted'].includes(error.kind),
});

// The draft kept on this device for one criterion, if the service lacks it.
export function localDraft(user, bid, criterion) {
  const e = scores.status(user, bid, criterion);
  if (e.value && e.status !== 'saved') return e.value;
  return scores.kept(user, bid, criterion)?.value ?? null;
}

export const edit = scores.edit;
export const resume = scores.resume;
export const flush = scores.flush;
export const criterionStatus = scores.status;

// A bid section's text (or a minimum requirement's form) as its writer types it,
// sent with If-Match: the section's version it was based on. If a partner saved the
// section meanwhile (412) the words stay here and the writer chooses: see theirs,
// keep mine, or take theirs.
export const sectionDrafts = draftStore({
  prefix: 'collabtender.section.',
  field: 'section',
  parse: String,
  send: (e) => request('PUT', `/bids/${e.bid}/sections/${e.section}/content`, { content: e.value }, { 'If-Match': `"${e.base}"` }),
  saved: (e, answer) => {
    e.base = answer.versions;
    e.server = answer;
  },
  keep: (e) => ({ value: e.value, base: e.base }),
  restore: (kept) => ({ value: kept.value, base: kept.base }),
  conflict: (error) => error instanceof ApiError && error.status === 412,
  // The bid can never change again: out of the tender, or its lot cancelled.
  final: (error) => ['excluded', 'lot-cancelled'].includes(error.kind),
});

// What to show when a section opens: words kept on this device if the service
// lacks them, else the service's. `base` is the section's version now; words kept
// against an older version are a conflict.
export function openSection(user, bid, section, serverValue, base) {
  const e = sectionDrafts.entry(user, bid, section);
  if (e.status !== 'saved' && e.value !== null) return e;
  const kept = sectionDrafts.kept(user, bid, section);
  if (kept && JSON.stringify(kept.value) !== JSON.stringify(serverValue)) {
    if (kept.base === base) sectionDrafts.settle(e, kept.value, base, { send: true });
    else Object.assign(e, kept, { status: 'conflict', version: e.version + 1 });
  } else {
    if (kept) sectionDrafts.forget(e);
    Object.assign(e, { value: serverValue, base, status: 'saved' });
  }
  return e;
}
