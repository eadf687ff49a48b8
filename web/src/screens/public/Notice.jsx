// One published notice, for anyone (issue 23 §5): the early notice (PIN) or tender,
// its lots, timetable, what bids are scored on, the minimum requirements, the documents
// a bid needs, the answers published for everyone and the information sessions. The
// parts are the provider's page's own (provider/notice.jsx); instead of its actions,
// a way to sign in that comes back here, where a provider's staff find them.
import { useEffect } from 'preact/hooks';
import { PageHeading } from '../../components/PageHeading.jsx';
import { Loading } from '../../components/Loading.jsx';
import { ErrorPage } from '../../components/ErrorMessage.jsx';
import { useLoad } from '../../load.js';
import { Link, signInTo } from '../../router.jsx';
import { useSession } from '../../session.js';
import { isOpportunity, loadNotice, when } from '../provider/work.js';
import {
  Aims, ContentsNav, LotDetails, NoticeIntro, PublishedAnswers, RequiredDocuments, Requirements, ScoredOn, SessionFacts, Timetable,
} from '../provider/notice.jsx';

// Signed out: how to take part. Signed in (not as a provider, whose own page this would
// be): who can.
function TakingPart({ tender, me }) {
  if (me)
    return (
      <div class="ds_inset-text" data-testid="who-can-bid">
        <p class="ds_inset-text__text">
          Only staff of care providers can bid or join a partnership. You are signed in as a member of{' '}
          {me.organisation?.name ?? 'an organisation'}, so this page is to read only.
        </p>
      </div>
    );
  return (
    <div class="ds_inset-text" data-testid="who-can-bid">
      <p class="ds_inset-text__text">
        To register interest, find partners, ask a question, book a place at an information session or bid, sign in
        with your organisation’s account. If your organisation does not have one yet, ask the buyer.
      </p>
      <p class="ds_inset-text__text">
        <Link href={signInTo(`/opportunities/${tender.id}`)} class="ds_button ds_button--small">
          Sign in to bid or join a partnership
        </Link>
      </p>
    </div>
  );
}

export function Notice({ tender: tenderId }) {
  const { me } = useSession();
  const { data, error } = useLoad(() => loadNotice(tenderId), [tenderId]);
  // A link to a part of the page (#clarifications) lands there once it is drawn.
  const loaded = Boolean(data);
  useEffect(() => {
    const target = loaded && location.hash && document.getElementById(location.hash.slice(1));
    if (target) (target.tabIndex === -1 ? target.focus() : target.scrollIntoView());
  }, [loaded]);
  if (error) return <ErrorPage error={error} back="/opportunities" backText="Back to opportunities" />;
  if (!data) return <Loading what="the notice" />;
  const { tender: t, lots, criteria, gates, sessions, documents, buyer } = data;
  const cutoff = t.timetable?.clarification_cutoff;
  const canAsk = isOpportunity(t) && (!cutoff || new Date(cutoff).getTime() > Date.now());
  return (
    <>
      <Link href="/opportunities" class="ds_back-link">Back to opportunities</Link>
      <PageHeading caption={`Reference ${t.reference}`}>{t.title}</PageHeading>
      <NoticeIntro tender={t} buyer={buyer}
        pin="Care providers can already register interest, book a place at an information session and look for partners." />
      <TakingPart tender={t} me={me} />
      <ContentsNav items={[['timetable', 'Timetable'], ['lots', 'Lots'], ['criteria', 'What bids are scored on'],
        ['requirements', 'Minimum requirements'], ['documents', 'Documents to send with a bid'],
        ['clarifications', 'Questions and answers'], ['sessions', 'Information sessions']]} />
      <Aims tender={t} />
      <Timetable timetable={t.timetable} />

      <h2 id="lots" tabIndex={-1}>Lots</h2>
      <p>This tender is split into {lots.length === 1 ? 'one lot' : `${lots.length} lots`}.</p>
      {lots.length === 0 ? (
        <p>No lots have been published yet.</p>
      ) : (
        <ul class="work-list">
          {lots.map((lot) => (
            <li key={lot.id} class="work-card" data-testid={`lot-${lot.number}`} aria-labelledby={`lot-${lot.number}-title`}>
              <h3 class="work-card__title" id={`lot-${lot.number}-title`}>
                Lot {lot.number}: {lot.title}
              </h3>
              <LotDetails lot={lot} />
            </li>
          ))}
        </ul>
      )}

      <ScoredOn criteria={criteria} lots={lots} />
      <Requirements gates={gates} lots={lots} />
      <RequiredDocuments documents={documents} />

      <h2 id="clarifications" tabIndex={-1}>Questions and answers</h2>
      <PublishedAnswers clarifications={data.clarifications} lots={lots} />
      <p>
        {canAsk
          ? `Providers who have signed in can ask the commissioner a question${cutoff ? ` until ${when(cutoff)}` : ''}.`
          : 'Questions can no longer be asked about this tender.'}
      </p>

      <h2 id="sessions" tabIndex={-1}>Information sessions</h2>
      <p>
        Meetings where the commissioner explains the tender. Providers who have signed in can book a place, one
        person at a time.
      </p>
      {sessions.length === 0 ? (
        <p>No information sessions have been announced.</p>
      ) : (
        <ul class="work-list">
          {sessions.map((s) => (
            <li key={s.id} class="work-card" data-testid={`session-${s.id}`}>
              <h3 class="work-card__title">{when(s.starts_at)}</h3>
              <SessionFacts session={s} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
