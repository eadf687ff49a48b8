// Invitations to join a partnership bid: accept (naming the terms shown, so
// changed terms are refused) or decline. Before answering, a provider sees who
// else is in the partnership and on what terms, the lots it plans to bid for, and
// its memorandum of understanding (MoU) to download. Used on the home page and on
// its own page.
import { useState } from 'preact/hooks';
import { get, post } from '../../api.js';
import { PageHeading } from '../../components/PageHeading.jsx';
import { Loading } from '../../components/Loading.jsx';
import { ErrorPage } from '../../components/ErrorMessage.jsx';
import { Term } from '../../components/Term.jsx';
import { announce } from '../../components/Announcer.jsx';
import { useSession } from '../../session.js';
import { useLoad } from '../../load.js';
import { explain } from '../../problems.js';
import { Link, navigate } from '../../router.jsx';
import { consortiumPath, day, downloadFile, memberStatus, roleName, share, tenderPath } from './work.js';

// The other organisations in the partnership (not those who said no), each with
// its role, share and whether it has accepted.
function OtherMembers({ invitation: i, mine }) {
  const others = (i.members ?? []).filter((m) => m.organisation_id !== mine && m.status !== 'declined');
  return (
    <ul class="invited-members" data-testid="invited-members">
      {others.map((m) => {
        const [label, colour] = memberStatus[m.status] ?? [m.status, 'ds_tag--grey'];
        return (
          <li key={m.organisation_id} data-testid={`invited-member-${m.organisation_id}`}>
            <strong class="invited-members__name">{m.organisation_name}</strong>{' '}
            <span class="invited-members__terms">
              {roleName[m.role] ?? m.role}, with {share(m.share_bp)} of the work.{' '}
              <strong class={`ds_tag ${colour}`}>{label}</strong>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function PlannedLots({ lots }) {
  if (lots.length === 0)
    return <p data-testid="invited-lots">It has not started a bid for any lot yet.</p>;
  return (
    <ul data-testid="invited-lots">
      {lots.map((l) => (
        <li key={l.id}>Lot {l.number}: {l.title}</li>
      ))}
    </ul>
  );
}

// The MoU as it stands, readable before answering (fetched with the token).
function Agreement({ invitation: i }) {
  const [problem, setProblem] = useState(null);
  if (!i.mou)
    return (
      <p data-testid="invited-mou">
        The lead has not added it yet. Every member must read it before the partnership can send a bid.
      </p>
    );
  const download = async () => {
    setProblem(null);
    try {
      await downloadFile(`/consortia/${i.consortium_id}/mou`, i.mou.filename ?? 'memorandum');
      announce('The memorandum of understanding is downloaded.');
    } catch (e) {
      setProblem(explain(e));
    }
  };
  return (
    <div data-testid="invited-mou">
      <p>
        Read it before you answer: it says who does what and how the partnership makes decisions. If you join, you
        will be asked to say you have read it.
      </p>
      {problem && <p class="problem-message" role="alert">{problem}</p>}
      <p>
        Current version: <strong>{i.mou.filename ?? 'memorandum'}</strong>{' '}
        <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={download}>
          Download the MoU<span class="visually-hidden"> of {i.consortium_name}</span>
        </button>
      </p>
    </div>
  );
}

function InvitationCard({ invitation, onAnswered, headingLevel }) {
  const H = `h${headingLevel}`;
  const Part = `h${headingLevel + 1}`;
  const { me } = useSession();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const i = invitation;
  const answer = async (accept) => {
    setBusy(true);
    setProblem(null);
    try {
      if (accept) {
        await post(`/consortia/${i.consortium_id}/invitation/accept`, { role: i.role, share_bp: i.share_bp });
        announce(`You have joined ${i.consortium_name}.`);
        navigate(consortiumPath(i.consortium_id));
      } else {
        await post(`/consortia/${i.consortium_id}/invitation/decline`);
        announce(`You declined the invitation to join ${i.consortium_name}.`);
        onAnswered();
        // The card goes: the focus moves to the list's heading rather than being lost.
        setTimeout(() => (document.getElementById('invitations-heading') ?? document.getElementById('page-heading'))?.focus(), 50);
      }
    } catch (e) {
      setProblem(e.kind === 'invitation-changed'
        ? 'The lead has changed what they are asking of you since this page loaded. Please read the invitation again.'
        : explain(e));
      setBusy(false);
      if (e.kind === 'invitation-changed') onAnswered();
    }
  };
  return (
    <li class="work-card" data-testid={`invitation-${i.consortium_id}`}>
      <H class="work-card__title">{i.consortium_name}</H>
      <p>
        <strong>{i.lead_organisation_name}</strong> invites your organisation to join this partnership bid for{' '}
        <Link href={tenderPath(i.tender_id)}>{i.tender_title}</Link>.
      </p>
      <dl class="facts">
        <div><dt>Your role</dt><dd>{roleName[i.role]}</dd></div>
        <div><dt>Your <Term name="share">share of the work</Term></dt><dd>{share(i.share_bp)}</dd></div>
        <div><dt>Invited on</dt><dd>{day(i.invited_at)}</dd></div>
      </dl>
      <Part class="work-card__part">Who else is in it</Part>
      <OtherMembers invitation={i} mine={me.organisation.id} />
      <Part class="work-card__part">The lots it plans to bid for</Part>
      <PlannedLots lots={i.lots ?? []} />
      <Part class="work-card__part">
        Their agreement (<Term name="mou">memorandum of understanding</Term>)
      </Part>
      <Agreement invitation={i} />
      {problem && (
        <p class="problem-message" role="alert">
          {problem}
        </p>
      )}
      <div class="button-row">
        <button type="button" class="ds_button ds_button--small" disabled={busy} onClick={() => answer(true)}>
          Accept<span class="visually-hidden"> the invitation to join {i.consortium_name}</span>
        </button>
        <button type="button" class="ds_button ds_button--secondary ds_button--small" disabled={busy}
          onClick={() => answer(false)}>
          Decline<span class="visually-hidden"> the invitation to join {i.consortium_name}</span>
        </button>
      </div>
    </li>
  );
}

export function InvitationList({ items, onAnswered, headingLevel = 3 }) {
  if (items.length === 0) return <p>There are no invitations waiting for your answer.</p>;
  return (
    <ul class="work-list">
      {items.map((i) => (
        <InvitationCard key={i.consortium_id} invitation={i} onAnswered={onAnswered} headingLevel={headingLevel} />
      ))}
    </ul>
  );
}

export function Invitations() {
  const { data, error, reload } = useLoad(() => get('/invitations'), []);
  if (error) return <ErrorPage error={error} back="/work" backText="Back to your work" />;
  if (!data) return <Loading what="your invitations" />;
  return (
    <>
      <Link href="/work" class="ds_back-link">Back to your work</Link>
      <PageHeading>Invitations</PageHeading>
      <p class="ds_leader">
        Other organisations asking yours to join their <Term name="consortium">partnership bid</Term>. Accepting
        makes you a member: you will see the partnership and its bids.
      </p>
      <InvitationList items={data.items} onAnswered={reload} headingLevel={2} />
    </>
  );
}
