// What the provider's "finding work and forming partnerships" pages read from the
// service, and how its numbers and dates are put in plain words.
import { fetchApi, get } from '../../api.js';

export const tenderPath = (tenderId) => `/opportunities/${tenderId}`;
export const partnersPath = (tenderId, lotId) => `/opportunities/${tenderId}/lots/${lotId}/partners`;
export const consortiumPath = (consortiumId) => `/consortia/${consortiumId}`;
export const bidPath = (bidId) => `/bids/${bidId}`;

// Where a tender is in its life, as a provider would say it.
const statuses = {
  pin_published: ['Coming soon: early notice', 'ds_tag--blue'],
  stage1_open: ['Open for first-stage bids', 'ds_tag--green'],
  stage1_evaluation: ['First-stage bids being scored', 'ds_tag--grey'],
  stage2_open: ['Open for revised bids (second stage)', 'ds_tag--green'],
  stage2_evaluation: ['Revised bids being scored', 'ds_tag--grey'],
  standstill: ['Decision made: standstill period', 'ds_tag--orange'],
  awarded: ['Awarded', 'ds_tag--grey'],
  cancelled: ['Cancelled', 'ds_tag--red'],
  draft: ['Not published', 'ds_tag--grey'],
};
export const tenderStatus = (status) => statuses[status] ?? [status, 'ds_tag--grey'];

// Tenders a provider can still do something about: notices and open stages.
export const isOpportunity = (tender) => ['pin_published', 'stage1_open', 'stage2_open'].includes(tender.status);
export const canBid = (tender) => ['stage1_open', 'stage2_open'].includes(tender.status);
export const canFormConsortium = (tender) => ['pin_published', 'stage1_open'].includes(tender.status);

// The deadline that matters now, with its name.
export function currentDeadline(tender) {
  const t = tender.timetable ?? {};
  if (['draft', 'pin_published', 'stage1_open'].includes(tender.status) && t.stage1_deadline)
    return { label: 'First-stage bids close', at: t.stage1_deadline };
  if (['stage1_evaluation', 'stage2_open'].includes(tender.status) && t.stage2_deadline)
    return { label: 'Revised bids close', at: t.stage2_deadline };
  return null;
}

// "2 lots: Leith, Citywide" from the tender list's lots (each named by its area or
// theme, else its title), a cancelled one marked so.
export function lotsSummary(lots) {
  if (!lots?.length) return null;
  const names = [...lots].sort((a, b) => a.number - b.number)
    .map((l) => `${l.locality_or_theme || l.title}${l.status === 'cancelled' ? ' (cancelled)' : ''}`);
  return `${lots.length} ${lots.length === 1 ? 'lot' : 'lots'}: ${names.join(', ')}`;
}

// "You registered interest in Lot 1" (or "Lots 1 and 3"), from the tender list's
// my_interest_lot_ids; null when there is none.
export function interestSummary(tender) {
  const ids = tender.my_interest_lot_ids ?? [];
  const numbers = (tender.lots ?? []).filter((l) => ids.includes(l.id)).map((l) => l.number).sort((a, b) => a - b);
  if (numbers.length === 0) return null;
  if (numbers.length === 1) return `You registered interest in Lot ${numbers[0]}`;
  return `You registered interest in Lots ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
export const money = (pence) => (pence == null ? 'not given' : pounds.format(Math.round(pence / 100)));
export const poundsAndPence = (pence) =>
  new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(pence / 100);
export const share = (bp) => `${(bp / 100).toLocaleString('en-GB', { maximumFractionDigits: 2 })}%`;

export function years(months) {
  if (months % 12 === 0) return months === 12 ? '1 year' : `${months / 12} years`;
  return months === 1 ? '1 month' : `${months} months`;
}

export const when = (iso) =>
  iso
    ? new Date(iso).toLocaleString('en-GB', {
        weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit',
        timeZone: 'Europe/London',
      })
    : 'Not set yet';
export const day = (iso) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

export const roleName = { lead: 'Lead', partner: 'Partner', subcontractor: 'Subcontractor' };
export const memberStatus = {
  invited: ['Invited: not answered yet', 'ds_tag--orange'],
  accepted: ['Accepted', 'ds_tag--green'],
  declined: ['Declined', 'ds_tag--grey'],
};

// The minimum requirements (gates) in plain words.
export function gateWords(gate) {
  const p = gate.parameters ?? {};
  switch (gate.kind) {
    case 'care_inspectorate_registration':
      return ['Registered with the Care Inspectorate',
        `You must be registered, with grades of at least: ${Object.entries(p.minimum_grades ?? {})
          .map(([theme, grade]) => `${theme.replaceAll('_', ' ')} ${grade}`)
          .join(', ')}.`];
    case 'insurance':
      return ['Insurance',
        `You need employer’s liability cover of at least ${money(p.employers_liability_pence)}, public liability of at least ${money(p.public_liability_pence)} and professional indemnity of at least ${money(p.professional_indemnity_pence)}.`];
    case 'spd_mandatory_exclusions':
      return ['No serious wrongdoing',
        'You must confirm that none of the legal reasons that always rule a bidder out apply to you (for example fraud or corruption).'];
    case 'spd_discretionary_exclusions':
      return ['Other reasons to rule a bidder out',
        'You must tell us whether any of the other legal reasons apply to you (for example not paying taxes, or serious mistakes in past contracts).'];
    case 'fair_work_first':
      return ['Fair work', `You must pay staff on this contract at least ${poundsAndPence(p.minimum_hourly_rate_pence)} an hour.`];
    case 'rates_catalogue':
      return ['Prices within the limits',
        `Your prices must not be above the maximum rates: ${(p.items ?? [])
          .map((i) => `${i.description} up to ${poundsAndPence(i.max_rate_pence)} ${i.unit}`)
          .join('; ')}.`];
    case 'custom':
      return ['A question you must answer', `${p.question} (the answer needed: ${p.passing_answer ? 'yes' : 'no'})`];
    default:
      return [gate.kind, ''];
  }
}

// A published notice as anyone may read it, signed in or not: the tender, its lots
// (each with any questions of its own), what is scored, the requirements, the
// documents a bid needs, clarifications (those published; a provider's own too),
// information sessions (with my booking, signed in) and the buyer's name (on the tender).
export async function loadNotice(tenderId) {
  const base = `/tenders/${tenderId}`;
  const [tender, lots, criteria, gates, clarifications, sessions, documents] = await Promise.all([
    get(base),
    get(`${base}/lots`),
    get(`${base}/criteria`),
    get(`${base}/gates`),
    get(`${base}/clarifications`).catch(() => ({ items: [] })),
    get(`${base}/information-sessions`).catch(() => ({ items: [] })),
    get(`${base}/required-documents`),
  ]);
  const lotCriteria = await Promise.all(lots.items.map((l) => get(`${base}/lots/${l.id}/criteria`).catch(() => null)));
  return {
    tender,
    // A lot with questions of its own carries them; the others use the tender's.
    lots: lots.items.map((l, i) => ({ ...l, criteria: lotCriteria[i] && !lotCriteria[i].inherited ? lotCriteria[i].criteria : null })),
    criteria: criteria.criteria,
    gates: gates.gates,
    clarifications: clarifications.items,
    sessions: sessions.items,
    documents: documents.documents,
    buyer: tender.buyer?.name ?? null,
  };
}

// Everything on a provider's tender page: the notice, with my organisation's
// interest and my consortia.
export async function loadTender(tenderId) {
  const base = `/tenders/${tenderId}`;
  const [notice, interests, consortia] = await Promise.all([
    loadNotice(tenderId),
    get(`${base}/interests`),
    get(`${base}/consortia`),
  ]);
  return { ...notice, interests: interests.items, consortia: consortia.items };
}

// Every consortium my organisation leads or has joined, in every tender, each with
// its tender and its bids (lot and receipt times), in one request.
export async function loadMyConsortia() {
  const { items } = await get('/me/consortia');
  return items.map((c) => ({
    ...c,
    bids: c.bids.map((b) => ({
      ...b,
      lot_id: b.lot.id,
      submissions: b.submissions.map((s) => ({ ...s, withdrawn: s.withdrawn_at !== null })),
    })),
  }));
}

export async function loadConsortium(consortiumId) {
  const consortium = await get(`/consortia/${consortiumId}`);
  const [tender, lots, bids] = await Promise.all([
    get(`/tenders/${consortium.tender_id}`),
    get(`/tenders/${consortium.tender_id}/lots`),
    get(`/consortia/${consortiumId}/bids`),
  ]);
  return { consortium, tender, lots: lots.items, bids: bids.items };
}

// All published tenders (the list is paged by the service; a commissioner's own
// drafts come too, which the pages leave out).
export async function loadTenders() {
  const items = [];
  for (let offset = 0; ; ) {
    const page = await get(`/tenders?limit=100&offset=${offset}`);
    items.push(...page.items);
    offset += page.items.length;
    if (page.items.length === 0 || offset >= page.total) return items;
  }
}

// A file's bytes fetched with the session (nothing secret in the address), then a
// Blob the browser saves through an object URL (a download link, not a page load).
// `name`, if given, is the file's name whatever the service calls it.
export async function downloadFile(path, fallbackName, accept, name = null) {
  const response = await fetchApi(path, { headers: accept ? { Accept: accept } : {} });
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const named = /filename="?([^";]+)"?/.exec(disposition);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name ?? (named ? named[1] : fallbackName);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return a.download;
}

// Uploads a file as the raw body (the service recognises its type from its content).
export async function uploadFile(path, file) {
  const response = await fetchApi(`${path}?filename=${encodeURIComponent(file.name)}`, {
    method: 'PUT',
    headers: { 'Content-Type': file.type || 'application/octet-stream', Accept: 'application/json, application/problem+json' },
    body: file,
  });
  return response.json().catch(() => null);
}
