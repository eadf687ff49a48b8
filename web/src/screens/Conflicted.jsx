// After declaring a conflict: nothing of the bid is shown, and the page says why.
import { PageHeading } from '../components/PageHeading.jsx';
import { Loading } from '../components/Loading.jsx';
import { ErrorPage } from '../components/ErrorMessage.jsx';
import { useLoad } from '../load.js';
import { loadPanelBid, lotPath } from '../panels.js';
import { Link } from '../router.jsx';

export function Conflicted({ panel: panelId, bid: bidId }) {
  const { data, error } = useLoad(() => loadPanelBid(panelId, bidId), [panelId, bidId]);
  if (error) return <ErrorPage error={error} back="/panels" backText="Back to my panels" />;
  if (!data) return <Loading what="the bid" />;
  const { bid } = data;
  if (!bid.my_declaration?.conflicted)
    return <ErrorPage message="You have not declared a conflict of interest with this bid." back={lotPath(panelId, bid.lot.id)} backText="Back to the bids" />;
  return (
    <>
      <PageHeading caption={bid.consortium.name}>You will not score this bid</PageHeading>
      <div class="ds_notification-panel ds_notification-panel--neutral" data-testid="conflicted">
        <div class="ds_notification-panel__content">
          <p>
            Thank you for telling us about your link to {bid.consortium.members.join(', ')}. To keep scoring fair, you
            will not see or score this bid. The rest of the panel will score it.
          </p>
        </div>
      </div>
      <p>There is nothing more for you to do with this bid. Only the commissioner sees what you told us.</p>
      <p>
        <Link href={lotPath(panelId, bid.lot.id)} class="ds_button">
          Back to the bids in lot {bid.lot.number}
        </Link>
      </p>
    </>
  );
}
