// What the commissioner's screens read and write: tenders with their version
// (the ETag every change sends back in If-Match), plain names for states and
// actions, money and dates as people type them, and problems mapped to fields.
import { useState } from 'preact/hooks';
import { ApiError, fetchApi, get, request } from '../../api.js';
import { explain as explainForAll, sentence } from '../../problems.js';

export const tenderPath = (id, page = '') => `/tenders/${id}${page ? `/${page}` : ''}`;

export async function loadTender(id) {
  return get(`/tenders/${id}`);
}

// A change that needs the tender's current version: PATCH, PUT criteria, gates…
export const ifMatch = (version) => ({ 'If-Match': `"${version}"` });
export const changeTender = (tender, method, path, body) =>
  request(method, `/tenders/${tender.id}${path}`, body, ifMatch(tender.version));

export const statusNames = {
  draft: 'Draft: only your organisation can see it',
  pin_published: 'Prior information notice published',
  stage1_open: 'Stage 1 open for bids',
  stage1_evaluation: 'Stage 1 bids being evaluated',
  stage2_open: 'Stage 2 open for revised bids',
  stage2_evaluation: 'Stage 2 bids being evaluated',
  standstill: 'Standstill: award proposed',
  awarded: 'Awarded',
  cancelled: 'Cancelled',
};
export const statusTag = {
  draft: 'ds_tag--grey',
  cancelled: 'ds_tag--grey',
  awarded: 'ds_tag--green',
  standstill: 'ds_tag--orange',
};

// While the tender's set-up (details, lots, criteria, gates, timetable) may change.
export const editable = (tender) => tender.status === 'draft' || tender.status === 'pin_published';

// The next date that matters for a tender in its current state.
export function nextDeadline(tender) {
  const t = tender.timetable ?? {};
  const now = Date.now();
  const future = (label, at) => (at && Date.parse(at) > now ? { label, at } : null);
  switch (tender.status) {
    case 'draft':
    case 'pin_published':
    case 'stage1_open':
      return future('Questions close', t.clarification_cutoff) ?? future('Stage 1 closes', t.stage1_deadline);
    case 'stage1_evaluation':
    case 'stage2_open':
      return future('Stage 2 closes', t.stage2_deadline);
    default:
      return null;
  }
}

export function formatDate(at) {
  if (!at) return 'not set';
  return new Date(at).toLocaleString('en-GB', {
    weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit',
  });
}

// "2026-12-01T09:30" (the browser's local time, as <input type=datetime-local> shows it).
export function toLocalInput(at) {
  if (!at) return '';
  const d = new Date(at);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
export function fromLocalInput(value) {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().replace(/\.\d+Z$/, 'Z');
}

// Pounds as typed ("4,200,000" or "£12.50") to integer pence; undefined when not a sum of money.
export function pence(text) {
  const clean = String(text ?? '').replace(/[£,\s]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(clean)) return undefined;
  return Math.round(Number(clean) * 100);
}
export function pounds(p) {
  if (p === null || p === undefined) return '';
  return p % 100 === 0 ? String(p / 100) : (p / 100).toFixed(2);
}
export const money = (p) =>
  `£${(p / 100).toLocaleString('en-GB', { minimumFractionDigits: p % 100 ? 2 : 0, maximumFractionDigits: 2 })}`;

export function whole(text) {
  const clean = String(text ?? '').trim();
  return /^\d+$/.test(clean) ? Number(clean) : undefined;
}

// The lifecycle: what each action does, in plain words, and when it can be pressed.
export const actions = {
  publish_pin: {
    label: 'Publish the prior information notice',
    explain: 'Providers can see the notice, the lots and the information sessions. You can still change the set-up until stage 1 opens.',
    from: ['draft'],
  },
  open_stage1: {
    label: 'Open stage 1 for bids',
    explain: 'Bidders can start their first bids. After this the details, lots, criteria, gates and timetable are fixed; lots can only be corrected through a published clarification.',
    from: ['pin_published'],
  },
  close_stage1: {
    label: 'Close stage 1 and start evaluating',
    explain: 'Possible once the stage 1 deadline has passed. Every bid is checked against the minimum requirements, and panels can open the bids.',
    from: ['stage1_open'],
  },
  release_feedback: {
    label: 'Release feedback and open stage 2',
    explain: 'Each bidder reads its own feedback and can send a revised bid by the stage 2 deadline. Needs every bid scored, every flagged score agreed and every gate decided.',
    from: ['stage1_evaluation'],
  },
  close_stage2: {
    label: 'Close stage 2 and start the final evaluation',
    explain: 'Possible once the stage 2 deadline has passed. Panels score the revised bids, which decide the award.',
    from: ['stage2_open'],
  },
  cancel: {
    label: 'Cancel this tender',
    explain: 'Stops the tender for good. You must give a reason, which bidders will see.',
    from: ['draft', 'pin_published', 'stage1_open', 'stage1_evaluation', 'stage2_open', 'stage2_evaluation', 'standstill'],
  },
};

// Where a refused precondition is fixed, by its pointer.
export function fixPage(pointer) {
  if (pointer.startsWith('/timetable')) return 'timetable';
  if (pointer.startsWith('/lots')) return pointer.endsWith('/criteria') ? 'criteria' : 'lots';
  if (pointer.startsWith('/criteria')) return 'criteria';
  if (pointer.startsWith('/gates') || pointer.startsWith('/gate_results')) return pointer === '/gates' ? 'gates' : 'evaluation';
  if (pointer === '/pin_summary') return 'details';
  if (pointer === '/scores' || pointer === '/moderation') return 'evaluation';
  return null;
}

// Problem errors {pointer, detail} as plain sentences.
export function problemList(error) {
  if (!(error instanceof ApiError)) return [];
  return (error.problem.errors ?? []).map((e) => ({ pointer: e.pointer ?? e.parameter ?? '', code: e.code, text: sentence(e.detail) }));
}

// Field errors keyed by input id: "/criteria/0/weight" → "criteria-0-weight". A
// pointer with no input of its own goes to the nearest one that exists, else to the summary only.
export function fieldErrors(error, ids) {
  const out = {};
  for (const e of problemList(error)) {
    const parts = e.pointer.split('/').filter(Boolean);
    while (parts.length > 0) {
      const id = parts.join('-');
      if (ids.includes(id)) {
        out[id] ??= e.text;
        break;
      }
      parts.pop();
    }
  }
  return out;
}

// The error summary's list: each field's message linking to its input, then
// whatever could not be placed on a field.
// Each of the service's messages names its field ("Title: must not be empty."), as its words may not.
function named(id, text) {
  const label = document.querySelector(`label[for="${id}"]`)?.textContent?.trim();
  if (!label || text.toLowerCase().includes(label.toLowerCase())) return text;
  return `${label}: ${text[0].toLowerCase()}${text.slice(1)}`;
}

export function summaryOf(errors, error, ids) {
  const list = Object.entries(errors).map(([id, text]) => ({ href: `#${id}`, text: error ? named(id, text) : text }));
  const placed = new Set(Object.values(errors));
  for (const e of problemList(error)) {
    if (!placed.has(e.text)) {
      const parts = e.pointer.split('/').filter(Boolean);
      const target = ids.find((id) => id === parts.join('-') || parts.join('-').startsWith(`${id}-`));
      list.push({ href: target ? `#${target}` : '#page-heading', text: e.text });
      placed.add(e.text);
    }
  }
  return list;
}

// A file from the service (CSV, OCDS) saved through a Blob: fetched with the
// session, nothing secret in an address.
export async function download(path, filename, accept = '*/*') {
  const response = await fetchApi(path, { headers: { Accept: accept } });
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return blob;
}

// The service's problems a commissioner meets, in plain words; anything else as
// the panellists' screens word it.
const plainForCommissioners = {
  'tender-frozen': () =>
    'Stage 1 has opened, so the details, lots, criteria and minimum requirements can no longer change. A lot can still be corrected by answering a clarification question.',
  standstill: (e) => {
    const at = /(\d{4}-\d{2}-\d{2}T[\d:.]+Z)/.exec(e.problem.detail ?? '')?.[1];
    return `The award can be confirmed once the standstill ends${at ? `, on ${formatDate(at)}` : ''}.`;
  },
  'tie-unresolved': () => 'Some bids are level for the last winning place. Decide their order first.',
  'precondition-failed': () =>
    'Someone else changed this since you opened the page. Reload the page to see the latest version, then make your change again.',
};

export function explain(error) {
  const plain = error instanceof ApiError && plainForCommissioners[error.kind];
  return plain ? plain(error) : explainForAll(error);
}

// A form's problems: errors by input id, the summary's list and its message.
// show() for problems found here (or by the service, with its error), fail() for
// the service's refusal, clear() once saved. The error summary takes the focus.
export function useProblems() {
  const [state, setState] = useState({ errors: {}, summary: [], failure: null });
  const show = (found, error, ids) => {
    setState({
      errors: found,
      failure: error ? explain(error) : 'Some answers need checking. Please see the messages below.',
      summary: summaryOf(found, error, ids),
    });
    requestAnimationFrame(() => document.querySelector('.ds_error-summary')?.focus());
  };
  return {
    ...state,
    show,
    fail: (error, ids) => show(fieldErrors(error, ids), error, ids),
    clear: () => setState({ errors: {}, summary: [], failure: null }),
  };
}
