// Signing off: every member organisation confirms the exact draft (named by its
// content hash) before the bid can be submitted. Any later change voids the
// sign-offs. Only an organisation's authorised signatories sign; the lead can ask
// the others to sign. A bid that can no longer change has nothing to sign: the
// page says why instead (the service refuses its sign-offs).
import { useState } from 'preact/hooks';
import { get, post } from '../../../api.js';
import { PageHeading } from '../../../components/PageHeading.jsx';
import { Loading } from '../../../components/Loading.jsx';
import { ErrorPage } from '../../../components/ErrorMessage.jsx';
import { announce } from '../../../components/Announcer.jsx';
import { useLoad } from '../../../load.js';
import { explain } from './problems.js';
import { Link } from '../../../router.jsx';
import { useSession } from '../../../session.js';
import { bidPath, closedWhy, formatDateTime, loadBid } from './workspace.js';
import { BidNotice } from './BidNotice.jsx';
import { FingerprintsExplained } from './Fingerprints.jsx';
import './workspace.css';

async function loadSignOff(me, bidId) {
  const [context, signOffs] = await Promise.all([loadBid(me, bidId), get(`/bids/${bidId}/sign-offs`).catch((e) => e)]);
  if (!(signOffs instanceof Error)) return { ...context, signOffs };
  if (closedWhy(context.bid)) return { ...context, signOffs: null };
  throw signOffs;
}

// Nothing to sign: the bid can no longer be sent.
function Closed({ bidId, data }) {
  const { bid, tender, lot, consortium } = data;
  return (
    <>
      <Link href={bidPath(bidId)} class="ds_back-link">
        Back to the bid
      </Link>
      <PageHeading caption={consortium.name}>Sign off the bid</PageHeading>
      <BidNotice bid={bid} tender={tender} lotName={`lot ${lot?.number}: ${lot?.title}`} />
      <p data-testid="nothing-to-sign">
        Nobody needs to sign off this bid now, because it cannot be sent again.{' '}
        <Link href={`${bidPath(bidId)}/preview`}>Read the whole bid</Link>
      </p>
    </>
  );
}

export function SignOff({ bid: bidId }) {
  const { me } = useSession();
  const { data, error, reload } = useLoad(() => loadSignOff(me, bidId), [bidId]);
  const [problem, setProblem] = useState(null);
  const [asked, setAsked] = useState(null);
  if (error) return <ErrorPage error={error} back={bidPath(bidId)} backText="Back to the bid" />;
  if (!data) return <Loading what="the sign-offs" />;
  if (!data.signOffs || closedWhy(data.bid)) return <Closed bidId={bidId} data={data} />;
  const { signOffs, consortium, lead } = data;
  const mine = signOffs.items.find((s) => s.organisation_id === me.organisation.id);
  const unsigned = signOffs.items.filter((s) => !s.signed);

  const sign = async () => {
    setProblem(null);
    try {
      await post(`/bids/${bidId}/sign-offs`, { draft_sha256: signOffs.draft_sha256 });
      announce(`You have signed off the bid for ${me.organisation.name}.`);
      reload();
    } catch (e) {
      if (e.kind === 'draft-changed') {
        setProblem('The bid changed while you were reading it, so nothing was signed. Please check the bid as it is now, then sign again.');
        reload();
      } else if (e.kind === 'not-authorised-signatory')
        setProblem(`Only an authorised signatory of ${me.organisation.name} can sign off a bid. Please ask one of them to sign.`);
      else setProblem(explain(e));
    }
  };
  const ask = async () => {
    setProblem(null);
    try {
      const r = await post(`/bids/${bidId}/sign-off-requests`);
      setAsked(r.asked);
      announce(r.asked.length ? `Asked ${r.asked.map((a) => a.organisation).join(' and ')} to sign off.` : 'Everyone has already signed off.');
    } catch (e) {
      setProblem(explain(e));
    }
  };

  return (
    <>
      <Link href={bidPath(bidId)} class="ds_back-link">
        Back to the bid
      </Link>
      <PageHeading caption={consortium.name}>Sign off the bid</PageHeading>
      <p>
        Every organisation in the partnership must sign off the bid exactly as it is now before it can be submitted. If anyone
        changes anything afterwards, the sign-offs no longer count and everyone must sign again.
      </p>
      <p>
        <Link href={`${bidPath(bidId)}/preview`} class="ds_button ds_button--secondary" data-testid="read-whole-bid">
          Read the whole bid before you sign
        </Link>
      </p>
      <p>
        The bid as it is now has this fingerprint (its SHA-256 code):{' '}
        <code class="hash" data-testid="draft-hash">
          {signOffs.draft_sha256}
        </code>
        . Signing off signs exactly this version.
      </p>
      <FingerprintsExplained />
      {problem && (
        <div class="ds_notification-panel ds_notification-panel--neutral" role="alert" data-testid="sign-off-problem">
          <p>{problem}</p>
        </div>
      )}
      <h2>Who has signed</h2>
      <ul class="sign-off-list">
        {signOffs.items.map((s) => (
          <li key={s.organisation_id} class="sign-off-card" data-testid={`sign-off-${s.organisation_id}`}>
            <h3 class="sign-off-card__title">{s.organisation}</h3>
            {s.signed ? (
              <p>
                <strong class="ds_tag ds_tag--green">Signed</strong> by {s.signed_by}{s.signed_by_user_id === me.id ? ' (you)' : ''} on{' '}
                {formatDateTime(s.signed_at)}
              </p>
            ) : s.void ? (
              <p>
                <strong class="ds_tag ds_tag--orange">Must sign again</strong> It signed an earlier version
                {s.signed_by ? ` (${s.signed_by}, ${formatDateTime(s.signed_at)})` : ''}, and the bid has changed since.
              </p>
            ) : (
              <p>
                <strong class="ds_tag ds_tag--grey">Not signed yet</strong>
              </p>
            )}
          </li>
        ))}
      </ul>
      {mine && !mine.signed && (
        <section aria-labelledby="sign-heading">
          <h2 id="sign-heading">Sign for {me.organisation.name}</h2>
          {me.authorised_signatory ? (
            <>
              <p>
                By signing you confirm, for {me.organisation.name}, that you have read the bid as it is now and agree to it being
                submitted. <Link href={`${bidPath(bidId)}/preview`}>Read the whole bid</Link> first if you have not.
              </p>
              <button type="button" class="ds_button" onClick={sign}>
                Sign off the bid for {me.organisation.name}
              </button>
            </>
          ) : (
            <p data-testid="not-signatory">
              You cannot sign, because you are not one of {me.organisation.name}’s authorised signatories. Please ask one of them to
              sign off the bid.
            </p>
          )}
        </section>
      )}
      {lead && unsigned.length > 0 && (
        <section aria-labelledby="ask-heading">
          <h2 id="ask-heading">Ask the others to sign</h2>
          <p>We will tell every organisation that has not signed the bid as it is now.</p>
          <button type="button" class="ds_button ds_button--secondary" onClick={ask}>
            Ask them to sign off
          </button>
          {asked && (
            <p role="status" data-testid="asked">
              {asked.length
                ? `Asked: ${asked.map((a) => a.organisation).join(', ')}.`
                : 'Everyone has already signed the bid as it is now.'}
            </p>
          )}
        </section>
      )}
      {unsigned.length === 0 && (
        <p>
          Everyone has signed. <Link href={`${bidPath(bidId)}/submit`}>Go to submit the bid</Link>
        </p>
      )}
    </>
  );
}
