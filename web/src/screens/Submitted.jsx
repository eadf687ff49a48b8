// "Your scores have been sent": a clear confirmation, and what comes next.
import { PageHeading } from '../components/PageHeading.jsx';
import { Loading } from '../components/Loading.jsx';
import { ErrorPage } from '../components/ErrorMessage.jsx';
import { useLoad } from '../load.js';
import { bidPath, loadPanelBid, lotPath } from '../panels.js';
import { Link } from '../router.jsx';

const when = (iso) =>
  new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

export function Submitted({ panel: panelId, bid: bidId }) {
  const { data, error } = useLoad(() => loadPanelBid(panelId, bidId), [panelId, bidId]);
  if (error) return <ErrorPage error={error} back="/panels" backText="Back to my panels" />;
  if (!data) return <Loading what="your confirmation" />;
  const { panel, bid } = data;
  const base = bidPath(panelId, bidId);
  if (!bid.my_scores_submitted_at)
    return <ErrorPage message="You have not sent your scores for this bid yet." back={`${base}/review`} backText="Check and send your scores" />;
  const lot = panel.lots.find((l) => l.id === bid.lot.id);
  return (
    <>
      <div class="ds_notification-panel confirmation" data-testid="confirmation">
        <PageHeading>Your scores have been sent</PageHeading>
        <div class="ds_notification-panel__content">
          <p>
            Thank you. Your scores for <strong>{bid.consortium.name}</strong> were sent on{' '}
            {when(bid.my_scores_submitted_at)}. They can no longer be changed.
          </p>
        </div>
      </div>
      <h2>What happens next</h2>
      <p>
        You can now see the scores the rest of the panel has sent for this bid. Where scores are far apart, the panel
        will talk about them at a moderation meeting and agree one final score.
      </p>
      {lot && (
        <p>
          In lot {lot.number} you have now scored {lot.scored} of {lot.bids - lot.conflicted} bids.
        </p>
      )}
      <div class="ds_button-group">
        <Link href={`${base}/panel-scores`} class="ds_button">
          See the panel’s scores
        </Link>
        <Link href={lotPath(panelId, bid.lot.id)} class="ds_button ds_button--secondary">
          Back to the bids in lot {bid.lot.number}
        </Link>
      </div>
    </>
  );
}
