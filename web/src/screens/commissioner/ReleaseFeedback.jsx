// Releasing stage-1 feedback cannot be undone, so it has a check step: every bid
// with a first-stage submission, and what its bidder will read (the summary, the
// panel's advice per question, the agreed scores if shown, the minimum
// requirements); the choice to show the scores; then release, or cancel.
import { useState } from 'preact/hooks';
import { get, request } from '../../api.js';
import { announce } from '../../components/Announcer.jsx';
import { ConfirmButtons, SummaryList, WarningText } from '../../components/Check.jsx';
import { Link, navigate } from '../../router.jsx';
import { Checkbox } from './Fields.jsx';
import { gateKinds } from './Gates.jsx';
import { TenderFrame } from './TenderFrame.jsx';
import { Refusal } from './TenderOverview.jsx';
import { explain, formatDate, problemList, tenderPath } from './tenders.js';

const outcomeWords = { pass: 'Met', fail: 'Not met', clarification_requested: 'Clarification asked for', pending: 'Not decided yet' };

// Each bid that stands at stage 1 (the bids told when feedback is released), with the
// feedback as it stands: the commissioner reads the compiled draft until it is released.
async function loadRelease(tender) {
  if (tender.status !== 'stage1_evaluation') return { bids: [], lots: [] };
  const [submissions, lots] = await Promise.all([
    get(`/tenders/${tender.id}/submissions?stage=1`),
    get(`/tenders/${tender.id}/lots`),
  ]);
  const bids = await Promise.all(
    submissions.items.map(async (s) => ({ id: s.bid_id, feedback: await get(`/bids/${s.bid_id}/feedback`) })),
  );
  bids.sort((a, b) => a.feedback.lot.number - b.feedback.lot.number
    || a.feedback.consortium.name.localeCompare(b.feedback.consortium.name, 'en-GB'));
  return { bids, lots: lots.items };
}

// The advice on one question as the bidder reads it: several points as a list, one as a paragraph.
function Advice({ items }) {
  if (items.length === 0) return <span class="ds_summary-list__answer">No advice on this question</span>;
  if (items.length === 1) return <span class="ds_summary-list__answer multiline">{items[0]}</span>;
  return (
    <ul class="ds_summary-list__answer">
      {items.map((item, i) => <li key={i} class="multiline">{item}</li>)}
    </ul>
  );
}

function BidFeedback({ tender, bid, lots, showScores }) {
  const f = bid.feedback;
  const name = f.consortium.name;
  const scale = tender.scoring_scale ?? [];
  const top = scale.length ? Math.max(...scale.map((p) => p.score)) : null;
  const label = (score) => scale.find((p) => p.score === score)?.label;
  const suggested = f.suggested_lot_id ? lots.find((l) => l.id === f.suggested_lot_id) : null;
  const change = { href: tenderPath(tender.id, `bids/${bid.id}/feedback`), hidden: `the feedback for ${name}` };
  const scoreWords = (criterion) => {
    const score = f.scores?.find((s) => s.criterion === criterion)?.score;
    if (score == null) return 'No agreed score was recorded for this question, so the bidder sees no score for it.';
    return `Agreed score shown: ${score}${top != null ? ` out of ${top}` : ''}${label(score) ? ` (${label(score)})` : ''}.`;
  };
  const id = `release-bid-${bid.id}`;
  return (
    <section class="release-bid" aria-labelledby={id} data-testid={`release-${name}`}>
      <h2 id={id} class="ds_h3">{name}</h2>
      <p class="ds_hint-text">Lot {f.lot.number}: {f.lot.title}</p>
      <SummaryList rows={[
        { key: 'Your summary', value: f.edited && f.text.trim() ? <span class="ds_summary-list__answer multiline">{f.text}</span>
            : 'None written: the bidder reads the panel’s advice only', change },
        ...f.advice.map((a) => ({
          key: `${a.criterion + 1}. ${a.title}`,
          value: (
            <>
              <Advice items={a.items} />
              {showScores && <p class="release-bid__score" data-testid={`release-score-${a.criterion}`}>{scoreWords(a.criterion)}</p>}
            </>
          ),
          change: { ...change, hidden: `the advice on “${a.title}” for ${name}` },
        })),
        ...(suggested ? [{ key: 'Suggested lot to find partners for', value: `Lot ${suggested.number}: ${suggested.title}` }] : []),
        { key: 'Minimum requirements', value: f.gates.length === 0 ? 'None to report' : (
          <ul class="ds_summary-list__answer">
            {f.gates.map((g) => (
              <li key={g.gate}>
                {gateKinds[g.kind] ?? g.kind}: {outcomeWords[g.outcome] ?? g.outcome}{g.reason ? `. ${g.reason}` : ''}
              </li>
            ))}
          </ul>
        ) },
      ]} />
    </section>
  );
}

function Release({ tender, data }) {
  const [showScores, setShowScores] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState(null);
  if (tender.status !== 'stage1_evaluation')
    return (
      <p data-testid="nothing-to-release">
        Feedback can be released only while the first-stage bids are being evaluated.{' '}
        <Link href={tenderPath(tender.id)}>Back to the tender’s overview</Link>
      </p>
    );
  const release = async () => {
    setBusy(true);
    setRefused(null);
    try {
      await request('POST', `/tenders/${tender.id}/actions/release_feedback`, { show_scores: showScores });
      announce('Feedback is released and stage 2 is open.');
      navigate(tenderPath(tender.id));
    } catch (error) {
      setRefused(error);
      setBusy(false);
      announce(`Feedback not released. ${problemList(error).map((r) => r.text).join(' ') || explain(error)}`);
      requestAnimationFrame(() => document.querySelector('[data-testid="refused"]')?.focus());
    }
  };
  const deadline = tender.timetable?.stage2_deadline;
  return (
    <>
      {refused && <Refusal tender={tender} action="release_feedback" error={refused} />}
      <p class="ds_leader">
        Each bidder reads only its own feedback. This is what each will read once you release it. Panel members’ names and
        their own scores are never shown.
      </p>
      <Checkbox id="show-scores" label="Also show each bidder the panel’s agreed scores"
        hint="An agreed score is the one the panel records at moderation, usually for questions where its scores were far apart. Questions without one show no score."
        checked={showScores} onChange={setShowScores} />
      {data.bids.length === 0 ? (
        <p>No bid was sent in the first stage, so there is no feedback to read.</p>
      ) : (
        data.bids.map((b) => <BidFeedback key={b.id} tender={tender} bid={b} lots={data.lots} showScores={showScores} />)
      )}
      <WarningText testId="release-warning">
        <p>
          Once released, the feedback cannot be changed or taken back, and stage 2 opens at once: bidders can send revised
          bids until {deadline ? formatDate(deadline) : 'the stage 2 deadline'}. Every partnership with a first-stage bid is
          told its feedback is ready.
        </p>
      </WarningText>
      <ConfirmButtons label="Release feedback and open stage 2" busy={busy} onConfirm={release}
        cancelHref={tenderPath(tender.id)} />
    </>
  );
}

export function ReleaseFeedback({ tender }) {
  return (
    <TenderFrame id={tender} page="release-feedback" heading="Check the feedback before you release it" load={loadRelease}
      render={(t, _reload, x) => <Release tender={t} data={x} />} />
  );
}
