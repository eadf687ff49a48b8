// "Find opportunities": every published notice, for anyone, signed in or not, as
// on Public Contracts Scotland. The cards are the provider's (Opportunities.jsx),
// without anyone's interest on them.
import { PageHeading } from '../../components/PageHeading.jsx';
import { Loading } from '../../components/Loading.jsx';
import { ErrorPage } from '../../components/ErrorMessage.jsx';
import { Term } from '../../components/Term.jsx';
import { useLoad } from '../../load.js';
import { Link, signInTo } from '../../router.jsx';
import { useSession } from '../../session.js';
import { OpportunityList } from '../provider/Opportunities.jsx';
import { isOpportunity, loadTenders } from '../provider/work.js';

export function Notices() {
  const { me } = useSession();
  const { data, error } = useLoad(loadTenders, []);
  if (error) return <ErrorPage error={error} />;
  if (!data) return <Loading what="the opportunities" />;
  const open = data.filter(isOpportunity);
  const later = data.filter((t) => !isOpportunity(t) && t.status !== 'draft');
  return (
    <>
      <PageHeading>Find opportunities</PageHeading>
      <p class="ds_leader">
        Care and support that councils and health and social care partnerships want to buy. Each{' '}
        <Term name="tender">tender</Term> is split into <Term name="lot">lots</Term>; a provider can bid for one or
        more, alone or in a partnership.
      </p>
      <p>
        Anyone can read these notices.
        {!me && (
          <>
            {' '}To register interest, find partners or bid, <Link href={signInTo('/opportunities')}>sign in</Link> with
            your organisation’s account.
          </>
        )}
      </p>
      <h2>Open now or coming soon</h2>
      <OpportunityList tenders={open} headingLevel={3} />
      {later.length > 0 && (
        <>
          <h2>Closed to new bids</h2>
          <OpportunityList tenders={later} headingLevel={3} />
        </>
      )}
    </>
  );
}
