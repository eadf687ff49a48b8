// After declaring a conflict: nothing of the bid is shown, and the page says why.
// A yes given by mistake may be changed until the panel starts scoring the bid.
import { useState } from 'preact/hooks';
import { put } from '../api.js';
import { PageHeading } from '../components/PageHeading.jsx';
import { Loading } from '../components/Loading.jsx';
import { ErrorPage } from '../components/ErrorMessage.jsx';
import { useLoad } from '../load.js';
import { loadPanelBid, lotPath } from '../panels.js';
import { Link, navigate } from '../router.jsx';

function ChangeAnswer({ panelId, bidId }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const change = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await put(`/bids/${bidId}/conflict-declaration`, { conflicted: false });
      navigate(`/panels/${panelId}/bids/${bidId}/conflict`);
    } catch (e) {
      setProblem(e.kind === 'scoring-started'
        ? 'The panel has started scoring this bid, so your answer stands. If it was a mistake, tell the commissioner running this tender.'
        : e.message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="change-heading" data-testid="change-answer">
      <h2 id="change-heading">Did you answer yes by mistake?</h2>
      <p>You can change your answer until the panel starts scoring this bid.</p>
      {problem && (
        <p class="ds_question__error-message" role="alert" data-testid="change-refused">
          {problem}
        </p>
      )}
      <button type="button" class="ds_button ds_button--secondary" disabled={busy} onClick={change}>
        {busy ? 'Changing…' : 'Change my answer to no conflict'}
      </button>
    </section>
  );
}

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
      {!(bid.my_pre_flag && !bid.my_pre_flag.cleared) && <ChangeAnswer panelId={panelId} bidId={bidId} />}
      <p>
        <Link href={lotPath(panelId, bid.lot.id)} class="ds_button">
          Back to the bids in lot {bid.lot.number}
        </Link>
      </p>
    </>
  );
}
