// What a bid's partnership must know before anything else: the tender changed
// after the bid was sent, so the bid must be confirmed or sent again by the
// deadline (the lead confirms here, after an "are you sure?"), or the bid's lot
// was cancelled, or the bid is out of the tender. Shown on the bid's pages and on "Your work".
import { useState } from 'preact/hooks';
import { post } from '../../../api.js';
import { announce } from '../../../components/Announcer.jsx';
import { Link } from '../../../router.jsx';
import { explain } from './problems.js';
import { ExcludedNotice } from './ExcludedNotice.jsx';
import { deadlineOf, formatDateTime } from './workspace.js';
import './workspace.css';
import { timeLeft } from '../../../words.js';

// The published answer that changed the tender, on the tender's page.
const answerPath = (tenderId, clarificationId) => `/opportunities/${tenderId}#clarification-${clarificationId}`;

// The latest reconfirmation the bid still waits for, and the latest one resolved.
export function reconfirmationState(bid) {
  const list = bid?.reconfirmations ?? [];
  const waiting = list.filter((r) => !r.resolution).slice(-1)[0] ?? null;
  const resolved = list.filter((r) => r.resolution).slice(-1)[0] ?? null;
  return { waiting, resolved };
}

// Whether the notice has something to say about this bid.
export const needsNotice = (bid) =>
  bid?.status === 'lot_cancelled' || bid?.status === 'excluded' || bid?.status === 'reconfirmation_required' || Boolean(reconfirmationState(bid).resolved);

function LotCancelled({ bid, H, name }) {
  const c = bid.lot_cancellation;
  return (
    <div class="ds_notification-panel ds_notification-panel--neutral bid-notice bid-notice--cancelled" data-testid="lot-cancelled-notice">
      <H class="bid-notice__title">The commissioner has cancelled {name}</H>
      <p>
        {c?.cancelled_at ? `Cancelled on ${formatDateTime(c.cancelled_at)}. ` : ''}
        No bid for this lot will be evaluated or win a contract, so this bid can no longer be changed or sent.
        You do not need to do anything.
      </p>
      {c?.reason && (
        <p data-testid="lot-cancelled-reason">
          The reason they gave: “{c.reason}”
        </p>
      )}
    </div>
  );
}

function Confirmed({ at, by, H, resolution }) {
  const who = by?.display_name ? ` by ${by.display_name}` : '';
  return (
    <div class="ds_notification-panel ds_notification-panel--neutral bid-notice bid-notice--done" data-testid="reconfirmed" role="status">
      <H class="bid-notice__title" id="reconfirmed-title" tabIndex={-1}>
        {resolution === 'resubmitted' ? 'Your bid was sent again after the tender changed' : 'Your bid is confirmed: it still stands'}
      </H>
      <p>
        {resolution === 'resubmitted'
          ? `The new version, sent on ${formatDateTime(at)}${who}, is the one that will be evaluated.`
          : `Confirmed on ${formatDateTime(at)}${who}. The bid you sent will be evaluated as it is, with the tender as it is now.`}
      </p>
    </div>
  );
}

// headingLevel: the notice's heading (2 on a bid's pages). onChanged reloads the page's data after a confirmation.
export function BidNotice({ bid, tender, lotName, lead, leadName, headingLevel = 2, onChanged, submitLink = true }) {
  const H = `h${headingLevel}`;
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [done, setDone] = useState(null);
  const name = lotName ?? 'this lot';
  const id = `reconfirm-${bid.id}`;

  if (bid.status === 'lot_cancelled') return <LotCancelled bid={bid} H={H} name={name} />;
  if (bid.status === 'excluded') return <ExcludedNotice bid={bid} headingLevel={headingLevel} />;
  if (done) return <Confirmed at={done.confirmed_at} H={H} resolution="confirmed" />;
  const { waiting, resolved } = reconfirmationState(bid);
  if (bid.status !== 'reconfirmation_required' || !waiting) {
    if (resolved && (resolved.resolution === 'confirmed' || resolved.resolution === 'resubmitted'))
      return <Confirmed at={resolved.resolved_at} by={resolved.resolved_by} H={H} resolution={resolved.resolution} />;
    return null;
  }

  const deadline = deadlineOf(tender, waiting.stage);
  const passed = deadline && new Date(deadline) <= Date.now();
  const confirm = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const confirmation = await post(`/bids/${bid.id}/reconfirmation`);
      setDone(confirmation);
      setAsking(false);
      announce(`Your bid is confirmed. Confirmed on ${formatDateTime(confirmation.confirmed_at)}.`);
      requestAnimationFrame(() => document.getElementById('reconfirmed-title')?.focus());
      onChanged?.();
    } catch (e) {
      setAsking(false);
      setProblem(e?.kind === 'deadline-passed' ? 'The deadline has passed, so the bid can no longer be confirmed. It will not be evaluated.' : explain(e));
      requestAnimationFrame(() => document.getElementById(`${id}-problem`)?.focus());
      if (e?.kind === 'nothing-to-reconfirm' || e?.kind === 'lot-cancelled') onChanged?.();
    } finally {
      setBusy(false);
    }
  };
  const back = () => {
    setAsking(false);
    requestAnimationFrame(() => document.getElementById(`${id}-start`)?.focus());
  };

  return (
    <section class="ds_notification-panel ds_notification-panel--neutral bid-notice bid-notice--action" aria-labelledby={`${id}-title`} data-testid="reconfirm-notice">
      <H class="bid-notice__title" id={`${id}-title`}>
        The tender has changed: confirm this bid or send it again
      </H>
      <p>
        On {formatDateTime(waiting.required_at)} the commissioner published a change to the tender that affects the bid you
        sent for {name}. <Link href={answerPath(tender.id, waiting.clarification_id)}>Read the answer that changed the tender</Link>
      </p>
      {passed ? (
        <p data-testid="reconfirm-deadline">
          <strong>The deadline, {formatDateTime(deadline)}, has passed without the bid being confirmed or sent again, so it
          will not be evaluated.</strong>
        </p>
      ) : (
        <>
          <p data-testid="reconfirm-deadline">
            <strong>
              By {formatDateTime(deadline)} ({timeLeft(deadline)}), your partnership must do one of these two things, or
              the bid will not be evaluated:
            </strong>
          </p>
          <ol class="bid-notice__choices">
            <li>
              <strong>Confirm the bid still stands.</strong> The bid stays exactly as you sent it. The lead organisation
              does this{leadName ? ` (${leadName})` : ''}.
            </li>
            <li>
              <strong>Change the bid and send it again.</strong> Change what needs changing, sign it off and submit it
              again{submitLink ? (
                <>
                  {' '}
                  (<Link href={`/bids/${bid.id}`}>open the bid</Link>)
                </>
              ) : null}
              . The new version replaces the old one.
            </li>
          </ol>
          {problem && (
            <p class="ds_question__error-message" role="alert" id={`${id}-problem`} tabIndex={-1}>
              {problem}
            </p>
          )}
          {lead ? (
            asking ? (
              <div class="bid-notice__confirm" role="group" aria-labelledby={`${id}-ask`}>
                <p id={`${id}-ask`}>
                  <strong>Are you sure the bid still stands as it is?</strong> You are telling the commissioner, for the whole
                  partnership, that the bid you sent can be evaluated against the changed tender. Nothing in the bid changes.
                </p>
                <div class="ds_button-group">
                  <button type="button" class="ds_button" id={`${id}-yes`} disabled={busy} onClick={confirm}>
                    {busy ? 'Confirming…' : 'Yes, confirm our bid still stands'}
                  </button>
                  <button type="button" class="ds_button ds_button--secondary" disabled={busy} onClick={back}>
                    No, go back
                  </button>
                </div>
              </div>
            ) : (
              <button type="button" class="ds_button" id={`${id}-start`}
                onClick={() => {
                  setAsking(true);
                  requestAnimationFrame(() => document.getElementById(`${id}-yes`)?.focus());
                }}>
                Confirm our bid still stands<span class="visually-hidden"> for {name}</span>
              </button>
            )
          ) : (
            <p data-testid="lead-confirms">
              Only the lead organisation{leadName ? `, ${leadName},` : ''} can confirm the bid. If you think the bid should
              change, talk to them before the deadline.
            </p>
          )}
        </>
      )}
    </section>
  );
}
