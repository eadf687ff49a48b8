// One tender at a glance, and moving it through its stages: each step possible
// now as a button with what it does; a refused step lists every reason the
// service gives, each linking to the page where it is put right.
import { useState } from 'preact/hooks';
import { get, request } from '../../api.js';
import { announce } from '../../components/Announcer.jsx';
import { Link } from '../../router.jsx';
import { Checkbox, TextArea } from './Fields.jsx';
import { TenderFrame, pages } from './TenderFrame.jsx';
import { BidsPerLot, loadMinimumBids } from './MinimumBids.jsx';
import { actions, fixPage, formatDate, money, nextDeadline, problemList, statusNames, tenderPath, explain } from './tenders.js';

const pageName = Object.fromEntries(pages);

function Refusal({ tender, action, error }) {
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

function StageActions({ tender, onMoved }) {
  const [busy, setBusy] = useState(null);
  const [refused, setRefused] = useState(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(null);
  const [showScores, setShowScores] = useState(false);
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
      const body = name === 'cancel' ? { reason: reason.trim() } : name === 'release_feedback' ? { show_scores: showScores } : undefined;
      await request('POST', `/tenders/${tender.id}/actions/${name}`, body);
      announce(`Done: ${actions[name].label}.`);
      onMoved();
    } catch (error) {
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
            {name === 'release_feedback' && (
              <Checkbox id="show-scores" label="Also show each bidder its agreed score on each question"
                checked={showScores} onChange={setShowScores} />
            )}
            {name === 'cancel' && (
              <TextArea id="cancel-reason" label="Reason for cancelling" value={reason} onInput={setReason}
                error={reasonError} rows={3} />
            )}
            <button type="button" class={`ds_button${name === 'cancel' ? ' ds_button--secondary' : ''}`}
              disabled={busy !== null} onClick={() => act(name)}>
              {busy === name ? 'Working…' : a.label}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

function Overview({ tender, lots, counts, standing, reload }) {
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
      <StageActions tender={tender} onMoved={reload} />
    </>
  );
}

export function TenderOverview({ tender }) {
  return (
    <TenderFrame id={tender} page="" heading={(t) => t.title}
      load={async (t) => {
        const [lots, counts, standing] = await Promise.all([
          get(`/tenders/${t.id}/lots`),
          t.status === 'draft' || t.status === 'pin_published' ? null : get(`/tenders/${t.id}/bid-counts`).catch(() => null),
          loadMinimumBids(t),
        ]);
        return { lots: lots.items, counts: counts?.items ?? null, standing };
      }}
      render={(t, reload, x) => <Overview tender={t} lots={x.lots} counts={x.counts} standing={x.standing} reload={reload} />} />
  );
}
