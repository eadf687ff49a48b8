// "Your work": the provider's home. Invitations waiting for an answer, the
// partnerships (consortia) the organisation is in with their bids, and open
// opportunities.
import { get } from '../../api.js';
import { PageHeading } from '../../components/PageHeading.jsx';
import { Loading } from '../../components/Loading.jsx';
import { ErrorPage } from '../../components/ErrorMessage.jsx';
import { Term } from '../../components/Term.jsx';
import { useSession } from '../../session.js';
import { useLoad } from '../../load.js';
import { Link } from '../../router.jsx';
import { InvitationList } from './Invitations.jsx';
import { OpportunityList } from './Opportunities.jsx';
import { BidList } from './Consortium.jsx';
import { BidNotice } from './workspace/BidNotice.jsx';
import { consortiumPath, isOpportunity, loadMyConsortia, loadTenders, memberStatus, tenderStatus } from './work.js';

async function loadWork() {
  const [tenders, invitations, consortia] = await Promise.all([
    loadTenders(), get('/invitations'), loadMyConsortia(),
  ]);
  return { tenders, invitations: invitations.items, consortia };
}

// Bids the partnership must act on (the tender changed) or should know about (the
// lot was cancelled, or the bid is out of the tender).
const attention = ['reconfirmation_required', 'lot_cancelled', 'excluded'];
function Attention({ consortia, me }) {
  const bids = consortia.flatMap((c) =>
    c.bids
      .filter((b) => attention.includes(b.status))
      .map((b) => ({ c, b })),
  );
  if (bids.length === 0) return null;
  return (
    <section aria-labelledby="attention-heading" class="work-section" data-testid="attention">
      <h2 id="attention-heading">Bids that need your attention</h2>
      <ul class="work-list">
        {bids.map(({ c, b }) => (
          <li key={b.id} class="attention-item" data-testid={`attention-${b.id}`}>
            <p class="work-card__meta">
              {c.name} · {c.tender?.title} · Lot {b.lot.number}: {b.lot.title}
            </p>
            <BidNotice bid={b} tender={c.tender} lotName={`lot ${b.lot.number}: ${b.lot.title}`}
              lead={c.lead_organisation_id === me.organisation?.id}
              leadName={c.members.find((m) => m.role === 'lead')?.organisation_name} headingLevel={3} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ConsortiumCard({ consortium: c }) {
  const [label, colour] = tenderStatus(c.tender?.status);
  const accepted = c.members.filter((m) => m.status === 'accepted');
  const waiting = c.members.filter((m) => m.status === 'invited');
  return (
    <li class="work-card" data-testid={`consortium-${c.id}`}>
      <h3 class="work-card__title">
        <Link href={consortiumPath(c.id)}>{c.name}</Link>
      </h3>
      <p class="work-card__meta">
        {c.tender?.title} <strong class={`ds_tag ${colour}`}>{label}</strong>
      </p>
      <p>
        {accepted.map((m) => m.organisation_name).join(', ')}
        {waiting.length > 0 && (
          <>
            {' '}
            · <span class={`ds_tag ${memberStatus.invited[1]}`}>{waiting.length} invited, not answered yet</span>
          </>
        )}
      </p>
      {!c.complete && <p class="ds_hint-text">Not ready to bid yet: see what is missing on the partnership’s page.</p>}
      <BidList bids={c.bids} tender={c.tender} headingLevel={4} />
    </li>
  );
}

export function Work() {
  const { me } = useSession();
  const { data, error, reload } = useLoad(loadWork, []);
  if (error) return <ErrorPage error={error} />;
  if (!data) return <Loading what="your work" />;
  const open = data.tenders.filter(isOpportunity);
  return (
    <>
      <PageHeading caption={me.organisation?.name}>Your work</PageHeading>
      <p class="ds_leader">
        Find care and support contracts to bid for, form partnerships with other organisations, and follow your bids.
      </p>
      {me.organisation_admin && (
        <p data-testid="your-organisation-link">
          You administer {me.organisation?.name ?? 'your organisation'}:{' '}
          <Link href="/organisation">Your organisation</Link> (its details and its people’s accounts).
        </p>
      )}

      <Attention consortia={data.consortia} me={me} />

      <section aria-labelledby="invitations-heading" class="work-section">
        <h2 id="invitations-heading" tabIndex={-1}>Invitations waiting for your answer</h2>
        <InvitationList items={data.invitations} onAnswered={reload} />
      </section>

      <section aria-labelledby="consortia-heading" class="work-section">
        <h2 id="consortia-heading">Your partnerships and bids</h2>
        <p>
          A <Term name="consortium">partnership bid (consortium)</Term> is how your organisation bids, alone or with
          others. Each one can bid for one or more <Term name="lot">lots</Term> of a tender.
        </p>
        {data.consortia.length === 0 ? (
          <p>Your organisation is not in any partnership yet. Choose an opportunity below to start one.</p>
        ) : (
          <ul class="work-list">
            {data.consortia.map((c) => (
              <ConsortiumCard key={c.id} consortium={c} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="opportunities-heading" class="work-section">
        <h2 id="opportunities-heading">Open opportunities</h2>
        <p>
          Tenders open for bids, and <Term name="pin">early notices (PINs)</Term> of tenders coming soon.{' '}
          <Link href="/opportunities">See all opportunities</Link>
        </p>
        <OpportunityList tenders={open} headingLevel={3} />
      </section>
    </>
  );
}
