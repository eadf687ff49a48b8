// One tender at a glance, and moving it through its stages: each step possible
// now as a button with what it does; a refused step lists every reason the
// service gives, each linking to the page where it is put right.
import { useState } from 'preact/hooks';
import { get, request } from '../../api.js';
import { announce } from '../../components/Announcer.jsx';
import { Link } from '../../router.jsx';
import { TextArea } from './Fields.jsx';
import { ConfirmButtons, SummaryList, WarningText } from '../../components/Check.jsx';
import { plural } from '../../words.js';
import { TenderFrame, pages } from './TenderFrame.jsx';
import { BidsPerLot, loadMinimumBids } from './MinimumBids.jsx';
import { actions, fixPage, formatDate, money, nextDeadline, problemList, statusNames, tenderPath, explain } from './tenders.js';

const pageName = Object.fromEntries(pages);

export function Refusal({ tender, action, error }) {
  const reasons = problemList(error);
  return (
    <div class="ds_error-summary" role="alert" tabIndex={-1} aria-labelledby="refused-title" data-testid="refused">
      <h3 class="ds_error-summary__title" id="refused-title">
        “{actions[action].label}” cannot be done yet
      </h3>
      {reasons.length === 0 ? (
        <p>{explain(error)}</p>
      ) : (
        <>
          <p>The service needs these first:</p>
          <ul class="ds_error-summary__list" data-testid="preconditions">
            {reasons.map((r) => {
              if (r.code === 'wrong_status')
                r = { ...r, text: `Not possible while the tender is at this stage: ${statusNames[tender.status] ?? tender.status}.` };
              if (r.code === 'below_minimum_bids')
                return (
                  <li key={r.pointer + r.text}>
                    <a href="#bids-per-lot">{r.text}</a>
                    <span class="visually-hidden"> (decide what to do under “Bids received per lot”)</span>
                  </li>
                );
              const fix = fixPage(r.pointer);
              return (
                <li key={r.pointer + r.text}>
                  {fix ? <Link href={tenderPath(tender.id, fix)}>{r.text}</Link> : r.text}
                  {fix && <span class="visually-hidden"> (put this right on the page “{pageName[fix]}”)</span>}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}

// Publishing the notice cannot be undone: first what becomes public, to whom it is
// announced, then confirm (or cancel, which changes nothing).
function CheckPublish({ tender, lots, sessions, busy, onConfirm, onCancel }) {
  const cpv = tender.cpv_codes ?? [];
  return (
    <section class="check-step" aria-labelledby="check-publish-heading" data-testid="check-publish">
      <h3 id="check-publish-heading" class="ds_h3" tabIndex={-1}>Check before you publish the notice</h3>
      <p>Once you publish it, anyone can read this notice, without signing in.</p>
      <SummaryList testId="publish-summary" rows={[
        { key: 'The notice', value: `${tender.title} (${tender.reference})`,
          change: { href: tenderPath(tender.id, 'details'), hidden: 'the title and reference' } },
        { key: 'Summary', value: tender.pin_summary || 'None yet: the service asks for one',
          change: { href: tenderPath(tender.id, 'details'), hidden: 'the summary' } },
        { key: 'Lots', value: lots.length === 0 ? 'None yet: the notice must announce at least one'
            : lots.map((l) => `Lot ${l.number}: ${l.title}`).join('; '),
          change: { href: tenderPath(tender.id, 'lots'), hidden: 'the lots' } },
        { key: 'Information sessions', value: sessions === null ? 'Not known'
            : sessions.length === 0 ? 'None yet' : plural(sessions.length, 'session'),
          change: { href: tenderPath(tender.id, 'sessions'), hidden: 'the information sessions' } },
        { key: 'Also shown with it', value: 'The estimated value, the contract term, and the award criteria, minimum requirements, required documents and timetable as far as you have set them' },
        { key: 'Where it is published', value: 'On this service’s list of opportunities, and in the tender’s open data (OCDS), which anyone can download' },
        { key: 'Who is told', value: cpv.length === 0
            ? 'Nobody directly: the tender names no kind of service (CPV code) for providers to follow'
            : `Providers who follow a kind of service this tender is for (${cpv.join(', ')}). Each of their staff gets a notification here and, unless they turned it off, an email.` },
      ]} />
      <WarningText testId="publish-warning">
        <p>
          You cannot take a published notice back. You can still change the set-up until stage 1 opens; to stop the
          tender after this, you would have to cancel it, with a reason every provider can read.
        </p>
      </WarningText>
      <ConfirmButtons label="Publish the notice" busy={busy} onConfirm={onConfirm} onCancel={onCancel} />
    </section>
  );
}

function StageActions({ tender, lots, sessions, onMoved }) {
  const [busy, setBusy] = useState(null);
  const [refused, setRefused] = useState(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(null);
  const [checking, setChecking] = useState(false);
  const possible = Object.entries(actions).filter(([, a]) => a.from.includes(tender.status));

  const act = async (name) => {
    if (name === 'cancel' && !reason.trim()) {
      setReasonError('Write the reason for cancelling. Bidders will read it.');
      document.getElementById('cancel-reason')?.focus();
      return;
    }
    setBusy(name);
    setRefused(null);
    setReasonError(null);
    try {
      const body = name === 'cancel' ? { reason: reason.trim() } : undefined;
      await request('POST', `/tenders/${tender.id}/actions/${name}`, body);
      announce(`Done: ${actions[name].label}.`);
      setChecking(false);
      onMoved();
    } catch (error) {
      setChecking(false);
      setRefused({ name, error });
      announce(`${actions[name].label}: not done. ${problemList(error).map((r) => r.text).join(' ') || explain(error)}`);
      requestAnimationFrame(() => document.querySelector('[data-testid="refused"]')?.focus());
    } finally {
      setBusy(null);
    }
  };

  if (possible.length === 0) return <p>There are no more steps for this tender.</p>;
  return (
    <>
      {refused && <Refusal tender={tender} action={refused.name} error={refused.error} />}
      <ul class="stage-actions">
        {possible.map(([name, a]) => (
          <li key={name} class="stage-actions__item" data-testid={`action-${name}`}>
            <h3 class="ds_h4">{a.label}</h3>
            <p>{a.explain}</p>
            {name === 'cancel' && (
              <TextArea id="cancel-reason" label="Reason for cancelling" value={reason} onInput={setReason}
                error={reasonError} rows={3} />
            )}
            {name === 'publish_pin' && checking ? (
              <CheckPublish tender={tender} lots={lots} sessions={sessions} busy={busy !== null}
                onConfirm={() => act(name)}
                onCancel={() => {
                  setChecking(false);
                  requestAnimationFrame(() => document.getElementById('action-publish_pin-button')?.focus());
                }} />
            ) : name === 'release_feedback' ? (
              <Link href={tenderPath(tender.id, 'release-feedback')} class="ds_button" data-testid="review-feedback">
                Check the feedback before you release it
              </Link>
            ) : (
              <button type="button" class={`ds_button${name === 'cancel' ? ' ds_button--secondary' : ''}`}
                id={`action-${name}-button`} disabled={busy !== null}
                onClick={() => {
                  if (name !== 'publish_pin') return act(name);
                  setRefused(null);
                  setChecking(true);
                  requestAnimationFrame(() => document.getElementById('check-publish-heading')?.focus());
                }}>
                {busy === name ? 'Working…' : a.label}
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function Overview({ tender, lots, sessions, counts, standing, reload }) {
  const next = nextDeadline(tender);
  // How many bids stand on each lot: all the commissioner learns of bids still sealed.
  const counted = (lot) => {
    const n = counts?.find((c) => c.lot_id === lot.id)?.bids;
    return n === undefined ? '' : ` (${n === 1 ? '1 bid' : `${n} bids`})`;
  };
  return (
    <>
      <dl class="ds_summary-list" data-testid="overview">
        {[
          ['Reference', tender.reference],
          ['Lots', lots.length === 0 ? 'None yet' : lots.map((l) => `Lot ${l.number}: ${l.title}${l.status === 'cancelled' ? ' (cancelled)' : counted(l)}`).join('; ')],
          ['Fewest bids each lot needs', `Stage 1: ${tender.minimum_bids?.stage1 ?? 1}; stage 2: ${tender.minimum_bids?.stage2 ?? 1}`],
          ['Estimated value', money(tender.estimated_value_pence)],
          ['Contract term', `${tender.contract_term_months} months${tender.extension_months ? `, plus up to ${tender.extension_months} months’ extension` : ', with no extension'}`],
          ['Next date', next ? `${next.label}: ${formatDate(next.at)}` : 'None coming up'],
          ...(tender.cancel_reason ? [['Why it was cancelled', tender.cancel_reason]] : []),
        ].map(([key, value]) => (
          <div class="ds_summary-list__item" key={key}>
            <dt class="ds_summary-list__key">{key}</dt>
            <dd class="ds_summary-list__value">
              <span class="ds_summary-list__answer">{value}</span>
            </dd>
          </div>
        ))}
      </dl>
      <BidsPerLot tender={tender} standing={standing} lots={lots} onChanged={reload} />
      <h2>Move the tender on</h2>
      <StageActions tender={tender} lots={lots} sessions={sessions} onMoved={reload} />
    </>
  );
}

export function TenderOverview({ tender }) {
  return (
    <TenderFrame id={tender} page="" heading={(t) => t.title}
      load={async (t) => {
        const [lots, counts, standing, sessions] = await Promise.all([
          get(`/tenders/${t.id}/lots`),
          t.status === 'draft' || t.status === 'pin_published' ? null : get(`/tenders/${t.id}/bid-counts`).catch(() => null),
          loadMinimumBids(t),
          // What the notice will announce, for the check before publishing it.
          t.status === 'draft' ? get(`/tenders/${t.id}/information-sessions`).catch(() => null) : null,
        ]);
        return { lots: lots.items, counts: counts?.items ?? null, standing, sessions: sessions?.items ?? null };
      }}
      render={(t, reload, x) => (
        <Overview tender={t} lots={x.lots} sessions={x.sessions} counts={x.counts} standing={x.standing} reload={reload} />
      )} />
  );
}
