// A bid's own address sends the panellist to the step they are at.
import { useEffect } from 'preact/hooks';
import { Loading } from '../components/Loading.jsx';
import { ErrorPage } from '../components/ErrorMessage.jsx';
import { useLoad } from '../load.js';
import { loadPanelBid, nextStep } from '../panels.js';
import { navigate } from '../router.jsx';

export function BidStart({ panel, bid }) {
  const { data, error } = useLoad(() => loadPanelBid(panel, bid), [panel, bid]);
  useEffect(() => {
    if (data) navigate(nextStep(panel, data.bid).href, { replace: true });
  }, [data]);
  if (error) return <ErrorPage error={error} back="/panels" backText="Back to my panels" />;
  return <Loading what="the bid" />;
}
