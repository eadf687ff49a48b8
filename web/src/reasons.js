// Why a bid stands where it does in a lot (out of the ranking, still waiting, or
// ranked), in plain words from the service's `reason_details` ({code, text, ...facts}).
// One wording for both readers: the bidder's outcome letter ("Your bid …") and the
// commissioner's ranking ("The bid …"). A code we do not know shows the service's text.
import { sentence } from './problems.js';

const ordinal = (n) => {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return n + (s[(v - 20) % 10] || s[v] || s[0]);
};

// "1.50" → "1.5", "2.00" → "2": scores and percentages come as decimals in text.
const number = (text) => (Number.isFinite(Number(text)) ? String(Number(text)) : String(text));

const day = (iso) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

const stageWords = { 1: 'the first stage', 2: 'the second stage' };

// Each kind of minimum requirement, as a member of the public would put it.
export const requirementWords = {
  care_inspectorate_registration: 'registration with the Care Inspectorate, with the grades asked for',
  insurance: 'insurance cover at the levels asked for',
  spd_mandatory_exclusions: 'that none of the legal reasons that rule an organisation out of public contracts applies',
  spd_discretionary_exclusions: 'the check of other reasons an organisation may be ruled out of public contracts',
  fair_work_first: 'Fair Work First, including paying staff at least the Real Living Wage',
  rates_catalogue: 'accepting the published rates for the service',
  custom: 'a yes-or-no question the commissioner asked',
};

const readers = {
  bidder: { bid: 'Your bid', its: 'Your', decider: 'The commissioner', theirs: 'Their', deciders: 'the commissioner’s' },
  commissioner: { bid: 'The bid', its: 'Its', decider: 'You', theirs: 'Your', deciders: 'your' },
};

const quoted = (text) => (String(text ?? '').trim() ? ` “${String(text).trim()}”` : '');

const words = {
  below_minimum: (d, r) =>
    `${r.bid} scored ${number(d.score)} on “${d.criterion}”. A bid must score at least ${d.minimum} on this question to win.`,
  below_threshold: (d, r) =>
    `${r.bid}’s overall score was ${number(d.weighted_score)}%. A bid needs at least ${d.threshold}% overall to win.`,
  gate_failed: (d, r) => {
    const what = requirementWords[d.kind] ?? 'one of the minimum requirements';
    const when = stageWords[d.stage] ? ` in ${stageWords[d.stage]}` : '';
    const why = String(d.reason ?? '').trim() ? ` The reason given:${quoted(d.reason)}` : '';
    return `${r.bid} did not meet a minimum requirement${when}: ${what}.${why}`;
  },
  not_reconfirmed: (d, r) =>
    `The tender changed on ${day(d.changed_at)}, after ${r.bid.toLowerCase()} was sent. ${r.its} partnership did not confirm it still stood, or send it again, before the deadline for ${stageWords[d.stage] ?? 'the stage'}.`,
  no_revised_bid: (_d, r) => `${r.its} partnership did not send a revised bid for the second stage.`,
  awaiting_gate_decision: (_d, r) =>
    `A minimum requirement is waiting for ${r.deciders} decision.`,
  awaiting_scores: () => 'Not every panel member has sent their scores yet.',
  awaiting_moderation: () => 'The panel has not yet agreed a score for every question where its scores were far apart.',
  ranked: (d, r) => {
    const contracts = d.max_awards === 1 ? '1 contract' : `up to ${d.max_awards} contracts`;
    const place =
      d.of === 1
        ? `${r.bid} was the only bid that met the minimum requirements.`
        : `${r.bid} came ${ordinal(d.rank)} of the ${d.of} bids that met the minimum requirements.`;
    return `${place} This lot gives ${contracts}.`;
  },
  commissioner_decision: (d, r) =>
    `${r.decider} decided differently from the ranking.${String(d.reason ?? '').trim() ? ` ${r.theirs} reason:${quoted(d.reason)}` : ''}`,
};

// One reason in plain words; `reader` is 'bidder' (the default) or 'commissioner'.
export function reasonWords(detail, reader = 'bidder') {
  const wording = words[detail?.code];
  return wording ? wording(detail, readers[reader] ?? readers.bidder) : sentence(detail?.text);
}

// An item's reasons as details: `reason_details` when the service gives them, else
// its `reasons` text (worded as it comes).
export const reasonDetails = (item) => item.reason_details ?? (item.reasons ?? []).map((text) => ({ code: null, text }));
