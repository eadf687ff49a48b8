// What the bid workspace's pages read from the service, and the words they use
// for sections, statuses and minimum requirements.
import { useEffect, useState } from 'preact/hooks';
import { fetchApi, get, request } from '../../../api.js';

export const bidPath = (bid) => `/bids/${bid}`;
export const sectionPath = (bid, section) => `/bids/${bid}/sections/${section}`;

// The bid with its sections, consortium, tender and lot, and who may do what.
export async function loadBid(me, bidId) {
  const [bid, sections, people] = await Promise.all([
    get(`/bids/${bidId}`),
    get(`/bids/${bidId}/sections`),
    get(`/bids/${bidId}/people`),
  ]);
  for (const p of people.items) learnName(p.user_id, p.display_name);
  const [consortium, tender, lots] = await Promise.all([
    get(`/consortia/${bid.consortium_id}`),
    get(`/tenders/${bid.tender_id}`),
    get(`/tenders/${bid.tender_id}/lots`),
  ]);
  const lot = lots.items.find((l) => l.id === bid.lot_id);
  const lead = consortium.lead_organisation_id === me.organisation.id;
  const organisations = Object.fromEntries(consortium.members.map((m) => [m.organisation_id, m.organisation_name]));
  return { bid, sections, consortium, tender, lot, lead, organisations, people: people.items, stage: stageOf(tender) };
}

// The stage a bid is being written for: 2 once the tender is in its second stage.
export function stageOf(tender) {
  return /stage2/.test(tender.status) ? 2 : 1;
}

export function deadlineOf(tender, stage) {
  return stage === 2 ? tender.timetable?.stage2_deadline : tender.timetable?.stage1_deadline;
}

export const formatDateTime = (iso) =>
  iso
    ? new Date(iso).toLocaleString('en-GB', {
        weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit',
      })
    : '';
export const formatDate = (iso) =>
  iso ? new Date(`${iso.slice(0, 10)}T12:00:00`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }) : '';

export const statuses = {
  not_started: ['Not started', 'ds_tag--grey'],
  in_progress: ['Being written', 'ds_tag--blue'],
  ready_for_review: ['Ready for review', 'ds_tag--orange'],
  changes_requested: ['Changes asked for', 'ds_tag--red'],
  approved: ['Approved', 'ds_tag--green'],
};

export const gateNames = {
  care_inspectorate_registration: 'Care Inspectorate registration',
  insurance: 'Insurance',
  spd_mandatory_exclusions: 'Reasons you must be excluded (mandatory exclusions)',
  spd_discretionary_exclusions: 'Reasons you may be excluded (discretionary exclusions)',
  fair_work_first: 'Fair Work First: pay and conditions',
  rates_catalogue: 'Rates',
  custom: 'A question from the commissioner',
};

export const kindNames = {
  response: 'Answers to the questions',
  declaration: 'Minimum requirements',
  document: 'Documents you must send',
};

// A section's name as people read it: the question's title, or the requirement's.
export function sectionTitle(section, bid) {
  if (section.kind === 'declaration') {
    const gate = bid?.gates?.[section.index];
    if (gate?.kind === 'custom') return gate.parameters.question;
    return gateNames[gate?.kind ?? section.title] ?? section.title;
  }
  return section.title;
}

// "Who does this": the owning organisation, or nobody yet.
export function ownerText(section, organisations) {
  if (!section.owner_organisation_id) return 'Not given to anyone yet (the lead writes it)';
  return organisations[section.owner_organisation_id] ?? 'An organisation that has left';
}

// Names of the people we know of, by user id: the bid's people as loadBid reads
// them, and anyone else pages have seen (someone who has since left, in history).
const known = new Map();
export function learnName(id, name) {
  if (id && name) known.set(id, name);
}
export function personName(id, me) {
  if (!id) return null;
  if (id === me.id) return `you (${me.display_name})`;
  return known.get(id) ?? 'a named person';
}
export function knownPeople() {
  return [...known.entries()].map(([id, name]) => ({ id, name }));
}

// Why nothing in a bid can change any more, or null: its lot was cancelled, or it
// is out of the tender (a minimum requirement not met in stage 1).
export function closedWhy(bid) {
  if (bid?.status === 'lot_cancelled') return 'The commissioner has cancelled this lot, so the bid can no longer change.';
  if (bid?.status === 'excluded')
    return 'This bid is out of this tender, because it did not meet a minimum requirement, so it can no longer change.';
  return null;
}

// Who may change a section's text: its owning organisation's staff (the named
// owner if there is one, for that organisation's other staff may be handed it),
// or the lead. The service decides; this only says why before anyone types.
export function editRight(section, me, lead) {
  if (lead) return { can: true };
  if (!section.owner_organisation_id)
    return { can: false, why: 'Only the lead organisation can write this section until it is given to your organisation.' };
  if (section.owner_organisation_id !== me.organisation.id)
    return { can: false, why: 'This section belongs to another organisation in your partnership, so only they and the lead can change it.' };
  return { can: true };
}

// A document's bytes through the API with the session (nothing secret in the
// address), handed to the browser as a download.
export async function download(path, fallbackName) {
  const response = await fetchApi(path);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
  saveBlob(await response.blob(), name);
}

export function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// Uploads a file as the raw body; the service recognises its type from its content.
export async function upload(path, file) {
  const response = await fetchApi(path, {
    method: 'POST',
    headers: { 'Content-Type': file.type || 'application/octet-stream' },
    body: file,
  });
  return response.json().catch(() => null);
}

export const withIfMatch = (method, path, body, version) => request(method, path, body, { 'If-Match': `"${version}"` });

// Who is looking at which section now: polled while the page is open.
export function usePresence(bidId, every = 4000) {
  const [items, setItems] = useState([]);
  useEffect(() => {
    let live = true;
    const poll = () =>
      get(`/bids/${bidId}/presence`).then(
        (r) => {
          if (!live) return;
          for (const p of r.items) learnName(p.user_id, p.display_name);
          setItems(latestPerPerson(r.items));
        },
        () => {},
      );
    poll();
    const timer = setInterval(poll, every);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [bidId]);
  return items;
}

// Each person once, where they were seen last (an earlier section lingers for a minute).
function latestPerPerson(items) {
  const latest = new Map();
  for (const p of items) {
    const seen = latest.get(p.user_id);
    if (!seen || new Date(p.seen_at) > new Date(seen.seen_at)) latest.set(p.user_id, p);
  }
  return [...latest.values()];
}

// The heartbeat that tells partners this person is here (every 20 s, as asked), and
// that they have left when they go to another page or close the tab (not a minute later).
export function useHeartbeat(bidId, section, mode) {
  useEffect(() => {
    const leave = () => request('DELETE', `/bids/${bidId}/sections/${section}/presence`, undefined, {}, { keepalive: true }).catch(() => {});
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [bidId, section]);
  useEffect(() => {
    const beat = () => request('PUT', `/bids/${bidId}/sections/${section}/presence`, { mode }).catch(() => {});
    beat();
    const timer = setInterval(beat, 20000);
    return () => clearInterval(timer);
  }, [bidId, section, mode]);
}

export function presenceText(p, me, organisations, bid, sections) {
  const who = p.user_id === me.id ? 'You' : `${p.display_name}${organisations[p.organisation_id] ? ` (${organisations[p.organisation_id]})` : ''}`;
  const section = sections?.find((s) => s.section === p.section);
  const where = section ? `“${sectionTitle(section, bid)}”` : 'a section';
  return `${who} ${p.mode === 'editing' ? 'is editing' : 'is reading'} ${where}`;
}

// Each blocking item of the completeness check in plain words, with where to fix it.
// `organisations` names the members; the sign-offs (if read) say who signed an earlier version.
export function blockingItems(blocking, bidId, sections, bid, organisations, signOffs = null) {
  const out = [];
  for (const b of blocking ?? []) {
    const m = /^\/(responses|declarations|required_documents)\/(\d+)/.exec(b.pointer ?? '');
    if (m) {
      const kind = { responses: 'response', declarations: 'declaration', required_documents: 'document' }[m[1]];
      const section = sections.find((s) => s.section === `${kind}-${m[2]}`);
      const title = section ? sectionTitle(section, bid) : b.detail;
      const what = {
        response: `Answer the question “${title}”`,
        declaration: `Complete the minimum requirement “${title}”`,
        document: `Upload the document “${title}”`,
      }[kind];
      out.push({ text: b.code === 'unanswered' || b.code === 'missing' ? what : `${what}: ${b.detail}`, href: sectionPath(bidId, `${kind}-${m[2]}`) });
    } else if (/^\/sign_offs\//.test(b.pointer ?? '')) {
      const id = b.pointer.split('/')[2];
      const earlier = signOffs?.items.find((s) => s.organisation_id === id);
      const name = organisations?.[id] ?? earlier?.organisation ?? 'An organisation';
      out.push({ text: `${name} must sign off the bid as it is now${earlier?.void ? ' (it signed an earlier version)' : ''}`, href: `/bids/${bidId}/sign-off` });
    } else out.push({ text: sentenceOf(b.detail), href: null });
  }
  return out;
}

function sentenceOf(text) {
  const t = String(text ?? '').trim();
  if (!t) return 'Something else needs doing.';
  return t[0].toUpperCase() + t.slice(1);
}
