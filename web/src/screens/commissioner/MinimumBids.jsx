// "Bids received per lot": after a stage's deadline, each lot's bids against the
// fewest the tender needs. A lot short of bids holds up closing the stage until the
// commissioner gives bidders more time, goes ahead with fewer bids (with a reason),
// or cancels the lot (with a reason; it cannot be undone). Both decisions ask
// "are you sure?" first.
import { useState } from 'preact/hooks';
import { get, post } from '../../api.js';
import { announce } from '../../components/Announcer.jsx';
import { Link } from '../../router.jsx';
import { plural } from '../../words.js';
import { TextArea } from './Fields.jsx';
import { explain, fieldErrors, formatDate, tenderPath } from './tenders.js';

// " by Ann Example", when the service names who decided.
const byName = (person) => (person?.display_name ? ` by ${person.display_name}` : '');

// The stage whose bids are counted, by the tender's state; null before bidding or after both stages.
export function countedStage(tender) {
  if (tender.status === 'stage1_open' || tender.status === 'stage1_evaluation') return 1;
  if (tender.status === 'stage2_open' || tender.status === 'stage2_evaluation') return 2;
  return null;
}

// The service's standing per lot, once the stage's deadline has passed (else null).
export async function loadMinimumBids(tender) {
  const stage = countedStage(tender);
  if (!stage) return null;
  const standing = await get(`/tenders/${tender.id}/minimum-bids?stage=${stage}`).catch(() => null);
  return standing?.deadline_passed ? standing : null;
}

const stillOpen = (tender, stage) => tender.status === `stage${stage}_open`;

// One decision about a short lot: a reason, then "are you sure?", then the request.
function Decision({ id, lot, title, intro, label, hint, button, confirmTitle, confirmWords, confirmButton, send, onDone }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState(null);
  const [problem, setProblem] = useState(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const name = `lot ${lot.number}`;
  const ask = (event) => {
    event.preventDefault();
    setProblem(null);
    if (!reason.trim()) {
      setError('Write the reason. It is kept in the tender’s records.');
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setError(null);
    setConfirming(true);
    requestAnimationFrame(() => document.getElementById(`${id}-confirm`)?.focus());
  };
  const back = () => {
    setConfirming(false);
    requestAnimationFrame(() => document.getElementById(`${id}-reason`)?.focus());
  };
  const go = async () => {
    setBusy(true);
    try {
      await send(reason.trim());
      onDone();
    } catch (e) {
      setConfirming(false);
      setError(fieldErrors(e, ['reason']).reason ?? null);
      setProblem(explain(e));
      requestAnimationFrame(() => document.getElementById(`${id}-problem`)?.focus());
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="lot-decision" data-testid={id}>
      <h4 class="ds_h4">{title}</h4>
      <p>{intro}</p>
      {problem && (
        <p class="ds_question__error-message" role="alert" id={`${id}-problem`} tabIndex={-1}>
          {problem}
        </p>
      )}
      {confirming ? (
        <div class="ds_notification-panel ds_notification-panel--neutral lot-decision__confirm" id={`${id}-confirm`}
          tabIndex={-1} role="group" aria-labelledby={`${id}-confirm-title`}>
          <h5 class="ds_h4" id={`${id}-confirm-title`}>{confirmTitle}</h5>
          <p>{confirmWords}</p>
          <p>Your reason: “{reason.trim()}”</p>
          <div class="ds_button-group">
            <button type="button" class="ds_button" disabled={busy} onClick={go}>
              {busy ? 'Working…' : confirmButton}
            </button>
            <button type="button" class="ds_button ds_button--secondary" disabled={busy} onClick={back}>
              No, go back<span class="visually-hidden"> to {name}</span>
            </button>
          </div>
        </div>
      ) : (
        <form onSubmit={ask} noValidate>
          <TextArea id={`${id}-reason`} label={label} hint={hint} rows={3} value={reason} onInput={setReason} error={error} />
          <button type="submit" class="ds_button ds_button--secondary ds_button--small">
            {button}
            <span class="visually-hidden"> for {name}</span>
          </button>
        </form>
      )}
    </div>
  );
}

function LotStanding({ tender, standing, lot, minimum, stage, onChanged, setDone }) {
  const name = `Lot ${standing.number}: ${standing.title}`;
  const open = stillOpen(tender, stage);
  const state = standing.cancelled
    ? ['Cancelled', 'ds_tag--grey']
    : standing.waiver
      ? ['Going ahead with fewer bids', 'ds_tag--blue']
      : standing.short
        ? ['Too few bids: decide what to do', 'ds_tag--red']
        : ['Enough bids', 'ds_tag--green'];
  const base = `/tenders/${tender.id}/lots/${standing.lot_id}`;
  return (
    <li class="lot-card" data-testid={`standing-lot-${standing.number}`}>
      <h3 class="lot-card__title ds_h4">{name}</h3>
      <p>
        <strong class={`ds_tag ${state[1]}`}>{state[0]}</strong>
      </p>
      <p data-testid="bid-count">
        {plural(standing.bids, 'bid')} received; the tender needs at least {minimum}.
      </p>
      {standing.cancelled && (standing.cancellation ?? lot?.cancellation) && (
        <p data-testid="cancelled-reason">
          Cancelled on {formatDate((standing.cancellation ?? lot.cancellation).cancelled_at)}
          {byName(standing.cancellation?.cancelled_by)}: {(standing.cancellation ?? lot.cancellation).reason}
        </p>
      )}
      {standing.waiver && (
        <p data-testid="waiver">
          On {formatDate(standing.waiver.waived_at)} the decision was made{byName(standing.waiver.waived_by)} to go ahead
          with {plural(standing.waiver.bids, 'bid')}: {standing.waiver.reason}
        </p>
      )}
      {standing.short && open && (
        <div class="lot-ways" data-testid="ways-out">
          <p>
            The stage cannot close while this lot has too few bids. There are three ways forward. Bidders are not told
            until you choose.
          </p>
          <div class="lot-decision">
            <h4 class="ds_h4">1. Give bidders more time</h4>
            <p>
              Move the stage {stage} deadline later. You can still do this now, although the deadline has passed,
              because this lot has too few bids. Everyone following the tender is told.{' '}
              <Link href={tenderPath(tender.id, 'timetable')}>
                Change the deadline<span class="visually-hidden"> (the Timetable page)</span>
              </Link>
            </p>
          </div>
          <Decision id={`waive-${standing.number}`} lot={standing} title="2. Go ahead with fewer bids"
            intro={`The ${plural(standing.bids, 'bid')} received will be evaluated as usual. Your reason is kept in the tender’s records.`}
            label={`Why you are going ahead with fewer bids for lot ${standing.number}`}
            hint="For example: only one provider offers this service in the area, and we asked others to bid."
            button="Go ahead with fewer bids"
            confirmTitle={`Go ahead with ${plural(standing.bids, 'bid')} for lot ${standing.number}?`}
            confirmWords="The stage can then close for this lot. You cannot take this decision back."
            confirmButton={`Yes, go ahead with ${plural(standing.bids, 'bid')}`}
            send={(reason) => post(`${base}/minimum-bids-waiver`, { stage, reason })}
            onDone={() => {
              setDone(`Lot ${standing.number} goes ahead with ${plural(standing.bids, 'bid')}. Your reason is on record.`);
              announce(`Lot ${standing.number} goes ahead with fewer bids.`);
              onChanged();
            }} />
          <Decision id={`cancel-lot-${standing.number}`} lot={standing} title="3. Cancel this lot"
            intro="None of the lot’s bids will be evaluated and nothing will be awarded for it. Every partnership that bid for it is told at once, with your reason. This cannot be undone."
            label={`Why you are cancelling lot ${standing.number}`}
            hint="Bidders read this, so write it plainly. For example: too few bids to compare fairly; we will tender this service again."
            button="Cancel this lot"
            confirmTitle={`Cancel lot ${standing.number} for good?`}
            confirmWords="This cannot be undone. The lot’s bids will not be evaluated, and every partnership that bid for it is told now, with your reason."
            confirmButton={`Yes, cancel lot ${standing.number}`}
            send={(reason) => post(`${base}/cancellation`, { reason })}
            onDone={() => {
              setDone(`Lot ${standing.number} is cancelled. Its bidders have been told, with your reason.`);
              announce(`Lot ${standing.number} is cancelled.`);
              onChanged();
            }} />
        </div>
      )}
    </li>
  );
}

export function BidsPerLot({ tender, standing, lots, onChanged }) {
  const [done, setState] = useState(null);
  // The decision's form goes once it is made: the focus moves to what was done.
  const setDone = (text) => {
    setState(text);
    requestAnimationFrame(() => document.getElementById('lot-decided')?.focus());
  };
  if (!standing) return null;
  const { stage, minimum } = standing;
  const short = standing.lots.filter((l) => l.short);
  const open = stillOpen(tender, stage);
  return (
    <section aria-labelledby="bids-per-lot" class="bids-per-lot" data-testid="bids-per-lot">
      <h2 id="bids-per-lot" tabIndex={-1}>
        Bids received per lot
      </h2>
      <p>
        The stage {stage} deadline has passed. The tender needs at least {plural(minimum, 'bid')} for each lot
        {stage === 2 ? ' in stage 2' : ''}.{' '}
        {open && (short.length === 0
          ? 'Every lot has enough bids, or you have decided what to do about it, so nothing here stops the stage closing.'
          : `${short.length === 1 ? '1 lot has' : `${short.length} lots have`} too few bids. Decide what to do about ${short.length === 1 ? 'it' : 'each'} before you close the stage.`)}
      </p>
      {done && (
        <div class="ds_notification-panel ds_notification-panel--success lot-decided" data-testid="lot-decided" role="status"
          id="lot-decided" tabIndex={-1}>
          <p>{done}</p>
        </div>
      )}
      <ul class="lot-list">
        {standing.lots.map((s) => (
          <LotStanding key={s.lot_id} tender={tender} standing={s} lot={lots.find((l) => l.id === s.lot_id)} minimum={minimum}
            stage={stage} onChanged={onChanged} setDone={setDone} />
        ))}
      </ul>
    </section>
  );
}
