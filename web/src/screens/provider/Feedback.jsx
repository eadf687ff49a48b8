// Stage-1 feedback for a bid: the panel's advice per question (what to improve
// before the second stage), the agreed scores when the commissioner shares them,
// the minimum requirements, and any suggestion to look for partners. A bid that is
// out of the tender (a requirement not met) is told so first, not invited to revise.
import { get } from '../../api.js';
import { PageHeading } from '../../components/PageHeading.jsx';
import { Loading } from '../../components/Loading.jsx';
import { ErrorPage } from '../../components/ErrorMessage.jsx';
import { Term } from '../../components/Term.jsx';
import { useLoad } from '../../load.js';
import { Link } from '../../router.jsx';
import { BackFromBid } from './BackLink.jsx';
import { ExcludedNotice, isOut } from './workspace/ExcludedNotice.jsx';
import { bidPath, gateWords, partnersPath, tenderPath, when } from './work.js';

export async function loadBidContext(bidId) {
  const bid = await get(`/bids/${bidId}`);
  const [tender, lots, consortium] = await Promise.all([
    get(`/tenders/${bid.tender_id}`),
    get(`/tenders/${bid.tender_id}/lots`),
    get(`/consortia/${bid.consortium_id}`),
  ]);
  return { bid, tender, lots: lots.items, lot: lots.items.find((l) => l.id === bid.lot_id), consortium };
}

const gateOutcome = {
  pass: ['Met', 'ds_tag--green'],
  fail: ['Not met', 'ds_tag--red'],
  clarification_requested: ['The commissioner asked you to explain', 'ds_tag--orange'],
  pending: ['Not checked yet', 'ds_tag--grey'],
};

// The advice on one question comes as points, one per panel member (unnamed), or
// the commissioner's own words as one point: several are a list, one is a paragraph.
function AdvicePoints({ items }) {
  if (items.length === 1) return <p class="multiline" data-testid="advice-points">{items[0]}</p>;
  return (
    <ul data-testid="advice-points">
      {items.map((item, i) => <li key={i} class="multiline">{item}</li>)}
    </ul>
  );
}

export function Feedback({ bid: bidId }) {
  const { data, error } = useLoad(async () => {
    const context = await loadBidContext(bidId);
    return { ...context, feedback: await get(`/bids/${bidId}/feedback`) };
  }, [bidId]);
  if (error) return <ErrorPage error={error} back="/work" backText="Back to your work" />;
  if (!data) return <Loading what="your feedback" />;
  const { bid, tender, lots, lot, consortium, feedback: f } = data;
  const scale = [...(tender.scoring_scale ?? [])].sort((a, b) => a.score - b.score);
  const top = scale.length ? scale[scale.length - 1].score : null;
  const label = (score) => scale.find((p) => p.score === score)?.label;
  const suggested = f.suggested_lot_id ? lots.find((l) => l.id === f.suggested_lot_id) : null;
  const advised = f.advice.filter((a) => a.items.length > 0);
  return (
    <>
      <BackFromBid bidId={bid.id} consortium={consortium} />
      <PageHeading caption={`${tender.title} · Lot ${lot?.number}: ${lot?.title}`}>Feedback on your first-stage bid</PageHeading>
      <ExcludedNotice bid={bid} feedbackLink={false} />
      {isOut(bid) ? (
        <p class="ds_leader">What the panel and the commissioner found in your first-stage bid.</p>
      ) : (
        <p class="ds_leader">
          The panel read your first-stage bid. This is their advice to help you improve it before you send your revised
          bid for the <Term name="stage">second stage</Term>.
        </p>
      )}
      {!isOut(bid) && tender.timetable?.stage2_deadline && ['stage2_open', 'stage1_evaluation'].includes(tender.status) && (
        <div class="ds_inset-text">
          <p class="ds_inset-text__text">
            Revised bids close on <strong>{when(tender.timetable.stage2_deadline)}</strong>.{' '}
            <Link href={bidPath(bid.id)}>Open the bid to revise it</Link>
          </p>
        </div>
      )}

      <h2>What to improve, question by question</h2>
      {advised.length === 0 && <p>The panel did not give any advice on your answers.</p>}
      <ol class="feedback-list" data-testid="advice">
        {f.advice.map((a) => {
          const scored = f.scores?.find((s) => s.criterion === a.criterion);
          const score = scored?.score;
          // Without an agreed score, the figure that counted is the panel's average.
          const average = score == null && scored?.basis === 'panel_average' ? scored.counted : null;
          const weight = bid.criteria?.[a.criterion]?.weight;
          return (
            <li key={a.criterion} class="work-card" data-testid={`advice-${a.criterion}`}>
              <h3 class="work-card__title">
                {a.title}
                {weight != null && <span class="scores-card__weight"> (worth {weight}%)</span>}
              </h3>
              {score != null && (
                <p>
                  <strong>
                    The panel’s agreed score: {score}
                    {top != null ? ` out of ${top}` : ''}
                    {label(score) ? ` (${label(score)})` : ''}
                  </strong>
                </p>
              )}
              {average != null && (
                <p data-testid={`average-${a.criterion}`}>
                  <strong>
                    The panel’s average score: {Number(average).toLocaleString('en-GB', { maximumFractionDigits: 2 })}
                    {top != null ? ` out of ${top}` : ''}
                  </strong>{' '}
                  (the panel members’ scores, averaged: the panel did not need to agree a score on this question)
                </p>
              )}
              {a.items.length > 0 ? (
                <>
                  <p class="feedback-list__label">The panel’s advice:</p>
                  <AdvicePoints items={a.items} />
                </>
              ) : (
                <p>No advice on this question.</p>
              )}
            </li>
          );
        })}
      </ol>
      {f.edited && f.text.trim() && (
        <>
          <h2>A note from the commissioner</h2>
          <p class="multiline" data-testid="feedback-text">{f.text}</p>
        </>
      )}
      {suggested && (
        <div class="ds_inset-text">
          <p class="ds_inset-text__text">
            The commissioner suggests you look for partners for lot {suggested.number}: {suggested.title}.{' '}
            <Link href={partnersPath(tender.id, suggested.id)}>See the partner register for that lot</Link>
          </p>
        </div>
      )}

      <h2>Minimum requirements</h2>
      <p>
        Whether your bid met each <Term name="gate">minimum requirement</Term>.
      </p>
      {f.gates.length === 0 ? (
        <p>There were no minimum requirements to check.</p>
      ) : (
        <ul class="requirements-list" data-testid="gates">
          {f.gates.map((g) => {
            const gate = bid.gates?.[g.gate];
            const [title] = gate ? gateWords(gate) : [g.kind];
            const [outcome, colour] = gateOutcome[g.outcome] ?? [g.outcome, 'ds_tag--grey'];
            return (
              <li key={g.gate}>
                <strong>{title}</strong>: <span class={`ds_tag ${colour}`}>{outcome}</span>
                {g.reason && <span>. {g.reason}</span>}
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <Link href={tenderPath(tender.id)}>Read the tender again</Link>
      </p>
    </>
  );
}
