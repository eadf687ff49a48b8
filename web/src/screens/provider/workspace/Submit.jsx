// Submitting: the checklist of what is still missing, the submission itself
// (with an Idempotency-Key kept until it is answered, so a retry after a lost
// connection cannot submit twice), and the receipt, shown and downloadable.
// In stage 2 the same page submits the revised bid. Before sending, the person
// ticks a declaration (required: an error in the Design System's pattern if not).
import { useState } from 'preact/hooks';
import { ApiError, OfflineError, get, request } from '../../../api.js';
import { PageHeading } from '../../../components/PageHeading.jsx';
import { Loading } from '../../../components/Loading.jsx';
import { ErrorPage } from '../../../components/ErrorMessage.jsx';
import { announce } from '../../../components/Announcer.jsx';
import { useLoad } from '../../../load.js';
import { explain } from './problems.js';
import { Link } from '../../../router.jsx';
import { useSession } from '../../../session.js';
import { bidPath, blockingItems, closedWhy, deadlineOf, formatDateTime, loadBid, saveBlob } from './workspace.js';
import { BidNotice } from './BidNotice.jsx';
import { FingerprintsExplained } from './Fingerprints.jsx';
import { GateWarnings } from './GateWarnings.jsx';
import './workspace.css';
import { timeLeft } from '../../../words.js';

async function loadSubmit(me, bidId) {
  const [context, signOffs, receipts] = await Promise.all([
    loadBid(me, bidId),
    get(`/bids/${bidId}/sign-offs`).catch(() => null),
    get(`/bids/${bidId}/submissions`),
  ]);
  return { ...context, signOffs, receipts: receipts.items };
}

// The words the person confirms are the service's (bid.submission_declaration), which
// records them with the receipt; the page holds the submission back until they are ticked.
const declarationMissing = 'Tick the declaration to confirm the bid is complete and accurate and that you may send it';

const keyName = (bidId) => `collabtender.submit.${bidId}`;
function attemptKey(bidId) {
  let key = sessionStorage.getItem(keyName(bidId));
  if (!key) {
    // randomUUID needs a secure context; getRandomValues works everywhere.
    key = crypto.randomUUID?.() ?? [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
    sessionStorage.setItem(keyName(bidId), key);
  }
  return key;
}

function receiptText(r, data) {
  return [
    'Collabtender submission receipt',
    '',
    `Bid: ${data.consortium.name}`,
    `Tender: ${data.tender.title}`,
    `Lot: ${data.lot?.number} ${data.lot?.title}`,
    `Stage: ${r.stage}`,
    `Submission: version ${r.version}`,
    `Received: ${r.submitted_at} (${formatDateTime(r.submitted_at)})`,
    `SHA-256 of the submitted content: ${r.sha256}`,
    '(It covers the submission number too, so it is never the same as the sign-off fingerprint of the draft.)',
    `Submission id: ${r.submission_id}`,
    '',
  ].join('\n');
}

export function Receipt({ receipt, data, headingLevel = 2 }) {
  const H = `h${headingLevel}`;
  const save = () => saveBlob(new Blob([receiptText(receipt, data)], { type: 'text/plain' }), `receipt-stage${receipt.stage}-v${receipt.version}.txt`);
  return (
    <div class="receipt" data-testid="receipt">
      <H class="receipt__title">
        Stage {receipt.stage}, submission {receipt.version}
        {receipt.withdrawn ? ' (withdrawn)' : ''}
      </H>
      <dl class="ds_summary-list">
        <div class="ds_summary-list__item">
          <dt class="ds_summary-list__key">Received</dt>
          <dd class="ds_summary-list__value" data-testid="receipt-time">
            {formatDateTime(receipt.submitted_at)}
          </dd>
        </div>
        <div class="ds_summary-list__item">
          <dt class="ds_summary-list__key">Fingerprint (SHA-256)</dt>
          <dd class="ds_summary-list__value">
            <code class="hash" data-testid="receipt-hash">
              {receipt.sha256}
            </code>
          </dd>
        </div>
      </dl>
      <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={save}>
        Download this receipt<span class="visually-hidden"> (stage {receipt.stage}, submission {receipt.version})</span>
      </button>
    </div>
  );
}

export function Submit({ bid: bidId }) {
  const { me } = useSession();
  const { data, error, reload } = useLoad(() => loadSubmit(me, bidId), [bidId]);
  const [problem, setProblem] = useState(null);
  const [missing, setMissing] = useState(null);
  const [receipt, setReceipt] = useState(null);
  const [busy, setBusy] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [declarationError, setDeclarationError] = useState(null);
  if (error) return <ErrorPage error={error} back={bidPath(bidId)} backText="Back to the bid" />;
  if (!data) return <Loading what="the checklist" />;
  const { sections, bid, tender, stage, signOffs, consortium, receipts } = data;
  const checklist = blockingItems(sections.blocking, bidId, sections.items, bid, data.organisations, signOffs);
  const deadline = deadlineOf(tender, stage);
  // A bid that can no longer change (lot cancelled, or out of the tender) keeps only its receipts.
  const closed = Boolean(closedWhy(bid));
  const leadName = consortium.members.find((m) => m.role === 'lead')?.organisation_name;
  const lot = data.lot;

  const submit = async (event) => {
    event?.preventDefault();
    setProblem(null);
    setMissing(null);
    if (!confirmed) {
      setDeclarationError(declarationMissing);
      setTimeout(() => document.querySelector('[data-testid="declaration-problem"]')?.focus(), 0);
      return;
    }
    setDeclarationError(null);
    setBusy(true);
    try {
      const r = await request('POST', `/bids/${bidId}/submissions`, { declaration_confirmed: true },
        { 'Idempotency-Key': attemptKey(bidId) });
      sessionStorage.removeItem(keyName(bidId));
      setReceipt(r);
      announce(`Your bid has been submitted. Received ${formatDateTime(r.submitted_at)}.`);
      reload();
      setTimeout(() => document.getElementById('receipt-heading')?.focus(), 50);
    } catch (e) {
      if (!(e instanceof OfflineError) && !(e instanceof ApiError && e.temporary)) sessionStorage.removeItem(keyName(bidId));
      if (e instanceof ApiError && e.kind === 'bid-incomplete') {
        setMissing(blockingItems(e.problem.errors ?? [], bidId, sections.items, bid, data.organisations, signOffs));
        setProblem('The bid cannot be submitted yet. These need doing first:');
      } else if (e instanceof ApiError && e.kind === 'deadline-passed') setProblem('The deadline has passed, so the bid can no longer be submitted.');
      else if (e instanceof OfflineError)
        setProblem('We cannot reach the service, so we do not know yet if your bid arrived. Please try again: it will not be submitted twice.');
      else setProblem(explain(e));
      setTimeout(() => document.querySelector('[data-testid="submit-problem"]')?.focus(), 0);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Link href={bidPath(bidId)} class="ds_back-link">
        Back to the bid
      </Link>
      <PageHeading caption={consortium.name}>{stage === 2 && !closed ? 'Submit your revised bid' : 'Submit your bid'}</PageHeading>
      <BidNotice bid={bid} tender={tender} lotName={`lot ${lot?.number}: ${lot?.title}`} lead={data.lead} leadName={leadName}
        onChanged={reload} />
      {!closed && (
        <p class="ds_leader">
          The deadline is <strong>{formatDateTime(deadline)}</strong> ({timeLeft(deadline)}). You can submit again until then;
          the latest submission counts.
        </p>
      )}
      {receipt && (
        <section aria-labelledby="receipt-heading" class="ds_notification-panel ds_notification-panel--neutral confirmation-panel">
          <h2 id="receipt-heading" tabIndex={-1}>
            Your {stage === 2 ? 'revised ' : ''}bid has been submitted
          </h2>
          <p>
            Keep the receipt: its fingerprint proves exactly what you sent. It is not the same as the sign-off fingerprint, and
            that is expected: see “What the fingerprints cover” below.
          </p>
          <Receipt receipt={receipt} data={data} headingLevel={3} />
        </section>
      )}
      {declarationError && (
        <div class="ds_error-summary" role="alert" tabIndex={-1} data-testid="declaration-problem" aria-labelledby="declaration-problem-title">
          <h2 class="ds_error-summary__title" id="declaration-problem-title">
            There is a problem
          </h2>
          <ul class="ds_error-summary__list">
            <li>
              <a href="#confirm-declaration"
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById('confirm-declaration')?.focus();
                }}>
                {declarationError}
              </a>
            </li>
          </ul>
        </div>
      )}
      {problem && (
        <div class="ds_error-summary" role="alert" tabIndex={-1} data-testid="submit-problem" aria-labelledby="submit-problem-title">
          <h2 class="ds_error-summary__title" id="submit-problem-title">
            There is a problem
          </h2>
          <p>{problem}</p>
          {missing && (
            <ul class="ds_error-summary__list">
              {missing.map((m) => (
                <li key={m.text}>{m.href ? <Link href={m.href}>{m.text}</Link> : m.text}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {!receipt && !closed && (
        <section aria-labelledby="checklist-heading" data-testid="checklist">
          <h2 id="checklist-heading">Checklist</h2>
          {checklist.length === 0 ? (
            <p>Everything is done: every section is complete and every organisation has signed off this version.</p>
          ) : (
            <>
              <p>Still to do:</p>
              <ul class="ds_bulleted-list">
                {checklist.map((b) => (
                  <li key={b.text}>{b.href ? <Link href={b.href}>{b.text}</Link> : b.text}</li>
                ))}
              </ul>
            </>
          )}
          <GateWarnings bidId={bidId} bid={bid} sections={sections.items} deadline={deadline} />
          <p>
            <Link href={`${bidPath(bidId)}/preview`}>Read the whole bid before you send it</Link>
          </p>
          <form onSubmit={submit} noValidate data-testid="submit-form">
            <div class={`ds_question${declarationError ? ' ds_question--error' : ''}`}>
              <fieldset aria-describedby={declarationError ? 'confirm-declaration-error' : undefined}>
                <legend class="ds_label">Declaration</legend>
                {declarationError && (
                  <p class="ds_question__error-message" id="confirm-declaration-error">
                    {declarationError}
                  </p>
                )}
                <div class="ds_checkbox">
                  <input class="ds_checkbox__input" type="checkbox" id="confirm-declaration" name="confirm-declaration"
                    checked={confirmed} aria-invalid={declarationError ? 'true' : undefined}
                    onChange={(e) => {
                      setConfirmed(e.currentTarget.checked);
                      if (e.currentTarget.checked) setDeclarationError(null);
                    }} />
                  <label class="ds_checkbox__label" for="confirm-declaration">
                    {bid.submission_declaration}
                  </label>
                </div>
              </fieldset>
            </div>
            <button type="submit" class="ds_button" disabled={busy}>
              {stage === 2 ? 'Submit the revised bid' : 'Submit the bid'}
            </button>
          </form>
        </section>
      )}
      <FingerprintsExplained />
      {receipts.length > 0 && (
        <section aria-labelledby="receipts-heading">
          <h2 id="receipts-heading">Receipts</h2>
          <ul class="receipt-list">
            {[...receipts].reverse().map((r) => (
              <li key={r.submission_id}>
                <Receipt receipt={r} data={data} headingLevel={3} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
