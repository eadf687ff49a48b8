// Ranking and award, lot by lot, after stage 2: the ranking with bids that are
// out or still pending and why, the commissioner's tie-break, the award decision
// (the ranking's choice, or another with a reason), the standstill with
// suspension and resumption, confirmation with the contract, and outcome letters
// (dated, from the buyer; each a PDF or a page to print).
import { useState } from 'preact/hooks';
import { ApiError, get, post, put } from '../../api.js';
import { ErrorSummary } from '../../components/ErrorMessage.jsx';
import { announce } from '../../components/Announcer.jsx';
import { reasonDetails, reasonWords } from '../../reasons.js';
import { dateTimeWords, dateWords } from '../../words.js';
import { LetterDownloads } from '../../components/LetterDownloads.jsx';
import { Checkbox, Select, TextArea, TextField } from './Fields.jsx';
import { TenderFrame } from './TenderFrame.jsx';
import { fieldErrors, pence, summaryOf, whole, explain } from './tenders.js';

const tieWords = {
  none: '',
  highest_weighted_criterion: 'Tie decided by the score on the highest-weighted question',
  commissioner_decision: 'Tie decided by you',
  unresolved: 'Level: you need to decide the order',
};
const awardWords = { proposed: 'Proposed: in standstill', suspended: 'Suspended', confirmed: 'Confirmed' };

// A small form's state: errors by field, a problem message, busy.
function useAction() {
  const [state, setState] = useState({ errors: {}, problem: null, busy: false });
  const run = async (ids, fn, done) => {
    setState({ errors: {}, problem: null, busy: true });
    try {
      await fn();
      setState({ errors: {}, problem: null, busy: false });
      done?.();
    } catch (error) {
      const errors = fieldErrors(error, ids);
      setState({ errors, problem: explain(error), summary: summaryOf(errors, error, ids), busy: false });
      announce(`Not done. ${explain(error)}`);
    }
  };
  return [state, run, setState];
}

// Why a bid is out of the ranking or still waiting, in the same words as its outcome letter.
const Reasons = ({ item }) => reasonDetails(item).map((d) => reasonWords(d, 'commissioner')).join(' ');

// Whether each question's score in the ranking is the panel's agreed score or, with
// none recorded, the average of the members' scores (the ranking's score_bases).
const basisWords = { consensus: 'agreed', panel_mean: 'panel’s average' };

function RankingTable({ ranking, criteria }) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label="Ranking table (scrolls sideways on small screens)">
      <table class="ds_table ranking-table" data-testid="ranking">
        <caption class="visually-hidden">Ranking of the bids that can win</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Bid</th>
            <th scope="col">Overall score</th>
            {criteria.map((c, i) => (
              <th scope="col" key={i}>
                {c.title} ({c.weight}%)
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ranking.ranked.map((r) => (
            <tr key={r.bid_id}>
              <td>{r.rank}</td>
              <th scope="row">
                {r.consortium}
                {r.tie_break !== 'none' && <span class="ds_hint-text ranking-note">{tieWords[r.tie_break]}</span>}
              </th>
              <td>{r.weighted_score}%</td>
              {r.scores.map((s, i) => {
                const basis = basisWords[r.score_bases?.[i]];
                return (
                  <td key={i}>
                    {s}
                    {basis && <span class="ds_hint-text ranking-note" data-testid="score-basis">{basis}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TieBreak({ lot, ranking, onSaved }) {
  const level = ranking.ranked.filter((r) => r.tie_break === 'unresolved');
  const [order, setOrder] = useState(level.map((r) => r.bid_id));
  const [reason, setReason] = useState('');
  const [state, run] = useAction();
  const id = `tie-${lot.id}`;
  return (
    <form class="criterion-fieldset" noValidate data-testid="tie-break"
      onSubmit={(e) => {
        e.preventDefault();
        run(['reason'], () => put(`/lots/${lot.id}/tie-break`, { order, reason: reason.trim() }), () => {
          announce('The order is saved.');
          onSaved();
        });
      }}>
      <h3 class="ds_h4">Decide the order of the level bids</h3>
      <p>These bids are level on every score. Put them in the order you decide, and say why.</p>
      {state.problem && <p class="ds_question__error-message" role="alert">{state.problem}</p>}
      {order.map((bidId, place) => (
        <Select key={place} id={`${id}-${place}`} label={`Place ${place + 1}`} value={bidId}
          onChange={(chosen) => {
            const next = [...order];
            const from = next.indexOf(chosen);
            [next[place], next[from]] = [chosen, next[place]];
            setOrder(next);
          }}
          options={level.map((r) => [r.bid_id, r.consortium])} />
      ))}
      <TextArea id={`${id}-reason`} label="Why this order" value={reason} onInput={setReason} rows={3}
        error={state.errors.reason} />
      <button type="submit" class="ds_button ds_button--secondary" disabled={state.busy}>
        Save the order
      </button>
    </form>
  );
}

function Propose({ lot, ranking, onSaved }) {
  const [differ, setDiffer] = useState(false);
  const [chosen, setChosen] = useState([]);
  const [reason, setReason] = useState('');
  const [state, run] = useAction();
  const ids = ['reason', 'bid_ids'];
  const top = ranking.ranked.filter((r) => r.rank <= ranking.max_awards);
  return (
    <form noValidate data-testid="propose"
      onSubmit={(e) => {
        e.preventDefault();
        run(ids, () => post(`/lots/${lot.id}/award-decision`, differ ? { bid_ids: chosen, reason: reason.trim() || null } : undefined),
          () => {
            announce(`The award for lot ${lot.number} is proposed. The standstill has started.`);
            onSaved();
          });
      }}>
      <ErrorSummary message={state.problem} errors={state.summary ?? []} />
      <h3 class="ds_h4">Propose the award</h3>
      <p>
        Following the ranking, lot {lot.number} goes to{' '}
        <strong>{top.map((r) => r.consortium).join(' and ') || 'no bid yet'}</strong>. Proposing starts the standstill:
        every bidder can read their outcome letter, and the award can be confirmed when the standstill ends.
      </p>
      <Checkbox id={`differ-${lot.id}`} label="Choose differently from the ranking" checked={differ} onChange={setDiffer} />
      {differ && (
        <div class="criterion-fieldset">
          <fieldset>
            <legend class="ds_label">Which bids to award (none for no award)</legend>
            {ranking.ranked.map((r) => (
              <Checkbox key={r.bid_id} id={`pick-${r.bid_id}`} label={r.consortium} checked={chosen.includes(r.bid_id)}
                onChange={(on) => setChosen(on ? [...chosen, r.bid_id] : chosen.filter((x) => x !== r.bid_id))} />
            ))}
          </fieldset>
          <TextArea id="reason" label="Why you depart from the ranking" value={reason} onInput={setReason} rows={3}
            error={state.errors.reason} />
        </div>
      )}
      <button type="submit" class="ds_button" disabled={state.busy}>
        Propose the award for lot {lot.number}
      </button>
    </form>
  );
}

function AwardControls({ award, consortium, onSaved }) {
  const [reason, setReason] = useState('');
  const [contract, setContract] = useState({ start_date: '', term_months: '', extension_months: '0', value_pence: '' });
  const [state, run, setState] = useAction();
  const id = `award-${award.id}`;
  const path = `/awards/${award.id}`;
  const ids = ['reason', 'start_date', 'term_months', 'extension_months', 'value_pence'].map((k) => `${id}-${k}`);
  const mapped = Object.fromEntries(Object.entries(state.errors).map(([k, v]) => [k.replace(`${id}-`, ''), v]));
  const setC = (key) => (value) => setContract({ ...contract, [key]: value });
  const confirm = (e) => {
    e.preventDefault();
    const body = { start_date: contract.start_date };
    const local = {};
    for (const [key, parse, message] of [
      ['term_months', whole, 'Enter the term as a whole number of months.'],
      ['extension_months', whole, 'Enter the extension as a whole number of months, or 0.'],
      ['value_pence', pence, 'Enter the contract value in pounds.'],
    ]) {
      const n = parse(contract[key]);
      if (n === undefined) local[`${id}-${key}`] = message;
      else body[key] = n;
    }
    if (Object.keys(local).length > 0) return setState({ errors: local, problem: 'Some answers need checking.', busy: false });
    run(ids.map((x) => x.replace(`${id}-`, '')), () => post(`${path}/confirmation`, body), () => {
      announce(`The award to ${consortium} is confirmed.`);
      onSaved();
    });
  };
  const err = (key) => state.errors[`${id}-${key}`] ?? mapped[key];
  return (
    <div class="award-controls">
      {state.problem && <p class="ds_question__error-message" role="alert">{state.problem}</p>}
      {award.status === 'proposed' && (
        <details class="ds_details">
          <summary class="ds_details__summary">Suspend this award (for example after a challenge)</summary>
          <form class="ds_details__text" noValidate
            onSubmit={(e) => {
              e.preventDefault();
              run(['reason'], () => post(`${path}/suspension`, { reason: reason.trim() }), onSaved);
            }}>
            <TextArea id={`${id}-reason`} label="Reason for suspending" value={reason} onInput={setReason} rows={3}
              error={err('reason')} />
            <button type="submit" class="ds_button ds_button--secondary" disabled={state.busy}>
              Suspend the award to {consortium}
            </button>
          </form>
        </details>
      )}
      {award.status === 'suspended' && (
        <button type="button" class="ds_button ds_button--secondary" disabled={state.busy}
          onClick={() => run([], () => post(`${path}/resumption`), onSaved)}>
          Resume the award to {consortium}
        </button>
      )}
      {award.status === 'proposed' && (
        <details class="ds_details">
          <summary class="ds_details__summary">Confirm this award and record the contract</summary>
          <form class="ds_details__text" noValidate onSubmit={confirm}>
            <p>You can confirm once the standstill has ended.</p>
            <TextField id={`${id}-start_date`} type="date" label="Contract start date" value={contract.start_date}
              onInput={setC('start_date')} error={err('start_date')} />
            <TextField id={`${id}-term_months`} label="Term in months" inputMode="numeric" width={4}
              value={contract.term_months} onInput={setC('term_months')} error={err('term_months')} />
            <TextField id={`${id}-extension_months`} label="Possible extension in months" inputMode="numeric" width={4}
              value={contract.extension_months} onInput={setC('extension_months')} error={err('extension_months')} />
            <TextField id={`${id}-value_pence`} label="Contract value, in pounds" prefix="£" width={10} inputMode="decimal"
              value={contract.value_pence} onInput={setC('value_pence')} error={err('value_pence')} />
            <button type="submit" class="ds_button" disabled={state.busy}>
              Confirm the award to {consortium}
            </button>
          </form>
        </details>
      )}
    </div>
  );
}

// The buyer's name and address on one line: "Edinburgh HSCP, Waverley Court, Edinburgh".
const sender = (buyer) =>
  [buyer.name, ...String(buyer.postal_address ?? '').split('\n')].map((l) => l.trim()).filter(Boolean).join(', ');

function Letters({ lot, ranking, decision, buyer }) {
  const bids = [...ranking.ranked, ...ranking.out];
  const won = new Set(decision.awards.map((a) => a.bid_id));
  return (
    <>
      <h3 class="ds_h4">Outcome letters</h3>
      <p>Each bidder reads its own letter in the service: its scores beside the winner’s, and the reasons.</p>
      <p data-testid="letters-dated">
        The letters are dated {dateWords(decision.decided_at)}
        {buyer && <span data-testid="letters-from">, from {sender(buyer)}</span>}.
      </p>
      <ul class="download-list letter-list">
        {bids.map((b) => (
          <li key={b.bid_id}>
            <strong>{b.consortium}</strong>
            {won.has(b.bid_id) ? ' (successful)' : ''}
            <LetterDownloads bidId={b.bid_id} small about={` (the letter to ${b.consortium})`} named
              file={`outcome-letter-lot-${lot.number}-${b.consortium.replace(/[^A-Za-z0-9]+/g, '-')}`} />
          </li>
        ))}
      </ul>
    </>
  );
}

function LotAward({ lot, criteria, data, buyer, reload }) {
  const { ranking, decision } = data;
  if (ranking.error)
    return (
      <p>
        {ranking.error.kind === 'wrong-status' || ranking.error.status === 409
          ? 'The ranking is ready once stage 2 has closed and the revised bids are scored.'
          : explain(ranking.error)}
      </p>
    );
  // A tie at a winning place must be settled before the award can be proposed.
  const unresolved = ranking.ranked.some((r) => r.tie_break === 'unresolved' && r.rank <= ranking.max_awards);
  const names = Object.fromEntries([...ranking.ranked, ...ranking.out, ...ranking.pending].map((r) => [r.bid_id, r.consortium]));
  return (
    <>
      {ranking.ranked.length === 0 ? <p>No bid can be ranked yet.</p> : <RankingTable ranking={ranking} criteria={criteria} />}
      {ranking.pending.length > 0 && (
        <>
          <h3 class="ds_h4">Still waiting</h3>
          <ul data-testid="pending">
            {ranking.pending.map((r) => (
              <li key={r.bid_id}>
                <strong>{r.consortium}</strong>: <Reasons item={r} />
              </li>
            ))}
          </ul>
        </>
      )}
      {ranking.out.length > 0 && (
        <>
          <h3 class="ds_h4">Bids that cannot win</h3>
          <ul data-testid="out">
            {ranking.out.map((r) => (
              <li key={r.bid_id}>
                <strong>{r.consortium}</strong>: <Reasons item={r} />
              </li>
            ))}
          </ul>
        </>
      )}
      {!decision && unresolved && <TieBreak lot={lot} ranking={ranking} onSaved={reload} />}
      {decision ? (
        <div data-testid="decision">
          <h3 class="ds_h4">Award decision</h3>
          <p>
            Decided on {dateWords(decision.decided_at)}. The standstill ends on {dateTimeWords(decision.standstill_ends_at)}.
            {decision.override_reason && ` You departed from the ranking because: ${decision.override_reason}`}
          </p>
          {decision.awards.length === 0 && <p>No bid is awarded this lot.</p>}
          <ul class="lot-list">
            {decision.awards.map((a) => (
              <li class="lot-card" key={a.id} data-testid={`award-${a.consortium?.name ?? names[a.bid_id]}`}>
                <h4 class="lot-card__title ds_h4">{a.consortium?.name ?? names[a.bid_id] ?? 'A bid'}</h4>
                <p>
                  <strong class={`ds_tag ${a.status === 'confirmed' ? 'ds_tag--green' : 'ds_tag--orange'}`}>{awardWords[a.status]}</strong>
                  {a.suspension_reason && ` Suspended because: ${a.suspension_reason}`}
                </p>
                {a.contract && <p>Contract from {a.contract.start_date} for {a.contract.term_months} months.</p>}
                <AwardControls award={a} consortium={a.consortium?.name ?? names[a.bid_id]} onSaved={reload} />
              </li>
            ))}
          </ul>
          <Letters lot={lot} ranking={ranking} decision={decision} buyer={buyer} />
        </div>
      ) : unresolved ? (
        <p data-testid="tie-first">Decide the order of the level bids first; then you can propose the award.</p>
      ) : (
        ranking.ranked.length > 0 && <Propose lot={lot} ranking={ranking} onSaved={reload} />
      )}
    </>
  );
}

async function loadAward(tender) {
  const [lots, criteria, awards] = await Promise.all([
    get(`/tenders/${tender.id}/lots`),
    get(`/tenders/${tender.id}/criteria`),
    get(`/tenders/${tender.id}/awards`),
  ]);
  const perLot = await Promise.all(
    lots.items.map(async (lot) => {
      let ranking;
      try {
        ranking = await get(`/lots/${lot.id}/ranking`);
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 409) throw error;
        ranking = { error };
      }
      return { lot, ranking, decision: awards.items.find((d) => d.lot_id === lot.id) ?? null };
    }),
  );
  // The letters' sender: the buyer, read once there are letters (none if it cannot be read).
  const buyer = awards.items.length > 0 ? await get(`/organisations/${tender.organisation_id}`).catch(() => null) : null;
  return { lots: perLot, criteria: criteria.criteria, buyer };
}

export function Award({ tender }) {
  return (
    <TenderFrame id={tender} page="award" heading="Ranking and award" load={loadAward}
      render={(t, reload, x) => (
        <>
          <p data-testid="ranking-basis">
            Bids are ranked by their stage 2 scores. Each question’s score is the panel’s agreed score where the panel
            recorded one at moderation; otherwise it is the panel’s average, the mean of its members’ scores. The table
            says which. Bids that failed a minimum requirement or scored below a minimum cannot win.
          </p>
          {x.lots.map((l) => (
            <section key={l.lot.id} class="panel-section" aria-labelledby={`lot-${l.lot.id}`} data-testid={`award-lot-${l.lot.number}`}>
              <h2 id={`lot-${l.lot.id}`}>
                Lot {l.lot.number}: {l.lot.title}
              </h2>
              <LotAward lot={l.lot} criteria={x.criteria} data={l} buyer={x.buyer} reload={reload} />
            </section>
          ))}
        </>
      )} />
  );
}
