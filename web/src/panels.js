// What a panellist's pages read from the service, gathered in one place.
import { ApiError, get } from './api.js';

export const stageName = (stage) => (stage === 2 ? 'second stage (revised bids)' : 'first stage');

// The panel (from /me/panels: tender, stage, lots with progress, chair) and the
// bids it evaluates; bids stay sealed (empty) until the stage's deadline.
export async function loadPanel(panelId) {
  const mine = await get('/me/panels');
  const panel = mine.items.find((p) => p.id === panelId);
  if (!panel) throw new ApiError(404, { title: 'Not on this panel' });
  const bids = panel.stage > 0 ? (await get(`/panels/${panelId}/bids`)).items : [];
  return { panel, bids };
}

// One bid as the panel lists it: consortium, lot, my declaration and progress.
export async function loadPanelBid(panelId, bidId) {
  const { panel, bids } = await loadPanel(panelId);
  const bid = bids.find((b) => b.bid_id === bidId);
  if (!bid) throw new ApiError(404, { title: 'No such bid' });
  return { panel, bid };
}

// What the panellist reads and scores: the submission, criteria, scale, and the
// panellist's own scoresheet.
export async function loadEvaluation(panelId, bidId) {
  const [context, evaluation, mine] = await Promise.all([
    loadPanelBid(panelId, bidId),
    get(`/bids/${bidId}/evaluation`),
    get(`/bids/${bidId}/my-scores`),
  ]);
  return { ...context, evaluation, mine };
}

export const bidPath = (panelId, bidId) => `/panels/${panelId}/bids/${bidId}`;
export const lotPath = (panelId, lotId) => `/panels/${panelId}/lots/${lotId}`;

// Where a panellist goes next with a bid, from the panel's listing of it. A bid
// that did not meet a minimum requirement is not scored: there is no next step,
// only the lot's list to go back to.
export function nextStep(panelId, bid) {
  const base = bidPath(panelId, bid.bid_id);
  if (bid.my_declaration?.conflicted) return { href: `${base}/not-scoring`, text: 'See why', state: 'conflicted' };
  if (bid.gates === 'excluded') return { href: lotPath(panelId, bid.lot.id), text: 'Back to the bids in this lot', state: 'excluded' };
  if (!bid.my_declaration) return { href: `${base}/conflict`, text: 'Start', state: 'not-started' };
  if (bid.my_scores_submitted_at) return { href: `${base}/panel-scores`, text: 'See the panel’s scores', state: 'sent' };
  return { href: `${base}/questions/1`, text: 'Continue scoring', state: 'in-progress' };
}

// A lot's progress for this panellist, from the panel's bids: bids to score (not
// those with a conflict, nor those that did not meet a minimum requirement), and how
// many of those the panellist has sent scores for.
export function lotProgress(bids, lotId) {
  const inLot = bids.filter((b) => b.lot.id === lotId);
  const conflicted = inLot.filter((b) => b.my_declaration?.conflicted).length;
  const excluded = inLot.filter((b) => !b.my_declaration?.conflicted && b.gates === 'excluded').length;
  const toScore = inLot.filter((b) => !b.my_declaration?.conflicted && b.gates !== 'excluded');
  return { toScore: toScore.length, scored: toScore.filter((b) => b.my_scores_submitted_at).length, conflicted, excluded };
}
