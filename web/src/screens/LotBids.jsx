// The bids in one lot, each with what the panellist has done and the next step.
// A bid that did not meet a minimum requirement is listed as not scored, with no
// way into scoring it, and is not counted among the bids to score.
import { PageHeading } from '../components/PageHeading.jsx';
import { Loading } from '../components/Loading.jsx';
import { ErrorPage } from '../components/ErrorMessage.jsx';
import { Explain } from '../components/Explain.jsx';
import { useLoad } from '../load.js';
import { bidPath, loadPanel, lotProgress, nextStep, stageName } from '../panels.js';
import { Link } from '../router.jsx';
import { plural } from '../words.js';

const states = {
  'not-started': ['Not started', 'ds_tag--grey'],
  'in-progress': ['Scoring', 'ds_tag--blue'],
  sent: ['Scores sent', 'ds_tag--green'],
  conflicted: ['Not scoring: conflict of interest', 'ds_tag--orange'],
  excluded: ['Not scored: did not meet a minimum requirement', 'ds_tag--grey'],
};

function BidRow({ panel, bid }) {
  const step = nextStep(panel.id, bid);
  const [label, colour] = states[step.state];
  return (
    <li class="bid-card" data-testid={`bid-${bid.bid_id}`}>
      <h2 class="bid-card__title">{bid.consortium.name}</h2>
      <p class="bid-card__members">
        {bid.consortium.members.length > 1 ? 'A partnership of ' : 'From '}
        {bid.consortium.members.join(', ')}
      </p>
      <p>
        <strong class={`ds_tag ${colour}`}>{label}</strong>
      </p>
      {step.state === 'excluded' ? (
        <p data-testid="not-scored">
          This bid did not meet a minimum requirement, so the panel does not score it. You do not need to do anything
          with it.
        </p>
      ) : (
        <p class="bid-card__actions">
          <Link href={step.href} class="ds_button ds_button--small bid-card__next">
            {step.text}
            <span class="visually-hidden"> for {bid.consortium.name}</span>
          </Link>
          {panel.chair && step.state === 'sent' && (
            <Link href={`${bidPath(panel.id, bid.bid_id)}/moderation`} class="ds_button ds_button--secondary ds_button--small">
              Agree final scores<span class="visually-hidden"> for {bid.consortium.name}</span>
            </Link>
          )}
        </p>
      )}
    </li>
  );
}

export function LotBids({ panel: panelId, lot: lotId }) {
  const { data, error } = useLoad(() => loadPanel(panelId), [panelId]);
  if (error) return <ErrorPage error={error} back="/panels" backText="Back to my panels" />;
  if (!data) return <Loading what="the bids" />;
  const { panel, bids } = data;
  const lot = panel.lots.find((l) => l.id === lotId);
  if (!lot) return <ErrorPage message="This lot is not one your panel evaluates." back="/panels" backText="Back to my panels" />;
  const mine = bids.filter((b) => b.lot.id === lotId);
  const progress = lotProgress(bids, lotId);
  return (
    <>
      <Link href="/panels" class="ds_back-link">
        Back to my panels
      </Link>
      <PageHeading caption={`${panel.tender.title}, ${stageName(panel.stage)}`}>
        Lot {lot.number}: {lot.title}
      </PageHeading>
      <p class="ds_leader">
        {progress.scored} of {plural(progress.toScore, 'bid')} scored.
      </p>
      <p>
        Score each bid on your own. For each one, you will first be asked about any conflict of interest. You will
        see the rest of the panel’s scores once you have sent yours.
      </p>
      <Explain term="conflict" question="What is a conflict of interest?" />
      {mine.length === 0 ? (
        <p>There are no bids in this lot.</p>
      ) : (
        <ul class="bid-list">
          {mine.map((bid) => (
            <BidRow key={bid.bid_id} panel={panel} bid={bid} />
          ))}
        </ul>
      )}
    </>
  );
}
