// The bids of the partnerships the provider's organisation is in, each linking to
// its workspace. Shown at the provider's home address until the provider's own
// home page (finding work, partnerships, invitations) takes that place.
import { get } from '../../../api.js';
import { PageHeading } from '../../../components/PageHeading.jsx';
import { Loading } from '../../../components/Loading.jsx';
import { ErrorPage } from '../../../components/ErrorMessage.jsx';
import { useLoad } from '../../../load.js';
import { Link } from '../../../router.jsx';
import { useSession } from '../../../session.js';
import { bidPath } from './workspace.js';
import './workspace.css';

async function loadYourBids() {
  const tenders = (await get('/tenders')).items;
  const out = [];
  for (const tender of tenders) {
    const consortia = (await get(`/tenders/${tender.id}/consortia`).catch(() => ({ items: [] }))).items;
    if (consortia.length === 0) continue;
    const lots = (await get(`/tenders/${tender.id}/lots`)).items;
    for (const consortium of consortia) {
      const bids = (await get(`/consortia/${consortium.id}/bids`).catch(() => ({ items: [] }))).items;
      for (const bid of bids) out.push({ tender, consortium, bid, lot: lots.find((l) => l.id === bid.lot_id) });
    }
  }
  return out;
}

export function YourBids() {
  const { me } = useSession();
  const { data, error } = useLoad(loadYourBids, []);
  if (error) return <ErrorPage error={error} />;
  if (!data) return <Loading what="your bids" />;
  return (
    <>
      <PageHeading caption={me.organisation.name}>Your bids</PageHeading>
      {data.length === 0 ? (
        <p>Your organisation is not in any bid yet.</p>
      ) : (
        <ul class="section-list">
          {data.map(({ tender, consortium, bid, lot }) => (
            <li key={bid.id} class="section-card" data-testid={`bid-${bid.id}`}>
              <h2 class="section-card__title">
                <Link href={bidPath(bid.id)}>
                  {consortium.name}: lot {lot?.number}, {lot?.title}
                </Link>
              </h2>
              <p>{tender.title}</p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/library">Your organisation’s answer library</Link>
      </p>
    </>
  );
}
