// One section of a bid: what is asked (and, in stage 2, the panel's advice), the
// text with a live word count saved as you type, the review steps, answers from
// the library, and the comments. A minimum requirement is a form; a required
// document is uploads. Partners see who else is here. A bid that can no longer
// change (lot cancelled, or out of the tender) is shown to read, with no steps to take.
import { useEffect, useRef, useState } from 'preact/hooks';
import { get, getVersioned, post } from '../../../api.js';
import { PageHeading } from '../../../components/PageHeading.jsx';
import { Loading } from '../../../components/Loading.jsx';
import { ErrorPage } from '../../../components/ErrorMessage.jsx';
import { WordCountTextarea } from '../../../components/WordCountTextarea.jsx';
import { announce } from '../../../components/Announcer.jsx';
import { Explain } from '../../../components/Explain.jsx';
import { SaveStatusLine } from '../../../components/SaveStatus.jsx';
import { useLoad } from '../../../load.js';
import { explain } from './problems.js';
import { Link } from '../../../router.jsx';
import { useSession } from '../../../session.js';
import { StatusTag } from './BidOverview.jsx';
import { Comments } from './Comments.jsx';
import { DeclarationForm } from './DeclarationForm.jsx';
import { SectionDocuments } from './SectionDocuments.jsx';
import { LibraryInsert } from './LibraryInsert.jsx';
import { ExcludedNotice } from './ExcludedNotice.jsx';
import { SummaryList } from '../../../components/Check.jsx';
import { declarationRows } from './declarationWords.js';
import { openSection, sectionDrafts, useDrafts } from '../../../drafts.js';
import {
  bidPath, closedWhy, deadlineOf, editRight, formatDate, learnName, loadBid, ownerText, personName, presenceText, sectionTitle, useHeartbeat, usePresence,
} from './workspace.js';
import './workspace.css';

async function loadSection(me, bidId, key) {
  const context = await loadBid(me, bidId);
  const listed = context.sections.items.find((s) => s.section === key);
  if (!listed) return { ...context, section: null };
  // The section's own words and (in stage 2) the panel's advice, with its version as the ETag.
  const [own, comments, history, documents] = await Promise.all([
    listed.kind === 'document' ? null : getVersioned(`/bids/${bidId}/sections/${key}`),
    get(`/bids/${bidId}/sections/${key}/comments`),
    get(`/bids/${bidId}/sections/${key}/history`),
    listed.kind === 'document' ? get(`/bids/${bidId}/documents`) : null,
  ]);
  const section = own ? { ...listed, ...own.data, versions: own.version ?? own.data.versions } : listed;
  for (const c of comments.items) learnName(c.author_user_id, c.author_name);
  for (const h of history.items) learnName(h.saved_by, h.saved_by_name);
  return { ...context, section, comments: comments.items, history: history.items, documents: documents?.items ?? [] };
}

function Conflict({ bidId, entry, kind }) {
  const [theirs, setTheirs] = useState(null);
  const [problem, setProblem] = useState(null);
  const latest = async () => (await get(`/bids/${bidId}/sections/${entry.section}/history`)).items[0];
  const show = async () => {
    try {
      setTheirs(await latest());
    } catch (e) {
      setProblem(explain(e));
    }
  };
  const mine = async () => sectionDrafts.settle(entry, entry.value, (theirs ?? (await latest())).version, { send: true });
  const use = async () => {
    const t = theirs ?? (await latest());
    sectionDrafts.settle(entry, t.content, t.version);
    announce('Their version is now in the text box.');
  };
  return (
    <div class="ds_notification-panel ds_notification-panel--neutral conflict" role="alert" data-testid="conflict">
      <h2 class="conflict__title">Someone else saved this section while you were writing</h2>
      <p>
        Your words have not been saved over theirs. They are kept on this device. Look at their version, then choose which to
        keep.
      </p>
      {problem && <p>{problem}</p>}
      {theirs && (
        <div class="conflict__theirs" data-testid="their-version">
          <h3>
            Their version, saved by {theirs.saved_by_name} at {new Date(theirs.saved_at).toLocaleTimeString('en-GB')}
          </h3>
          {kind === 'response' ? <p class="preserve-lines">{theirs.content}</p> : <pre class="preserve-lines">{JSON.stringify(theirs.content, null, 2)}</pre>}
        </div>
      )}
      <div class="ds_button-group">
        {!theirs && (
          <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={show}>
            Show their version
          </button>
        )}
        <button type="button" class="ds_button ds_button--small" onClick={mine}>
          Keep my version (save it over theirs)
        </button>
        <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={use}>
          Use their version (drop my changes)
        </button>
      </div>
    </div>
  );
}

// closed: the bid can no longer change, so only the status is shown.
function StatusActions({ bidId, section, me, lead, canEdit, closed, onChanged }) {
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState(null);
  const isApprover = section.approver_user_id ? section.approver_user_id === me.id : lead;
  const move = async (status, extra = {}) => {
    setProblem(null);
    try {
      const saved = await post(`/bids/${bidId}/sections/${section.section}/status`, { status, ...extra });
      announce(
        {
          ready_for_review: 'Sent for review.',
          approved: 'Section approved.',
          changes_requested: 'Changes asked for.',
          in_progress: 'The section is open for writing again.',
        }[status],
      );
      setAsking(false);
      setReason('');
      onChanged(saved);
    } catch (e) {
      setProblem(explain(e));
    }
  };
  const requestChanges = (event) => {
    event.preventDefault();
    if (!reason.trim()) {
      setProblem('Say what needs to change, so the writer knows.');
      return;
    }
    move('changes_requested', { reason: reason.trim() });
  };
  const s = section.status;
  return (
    <section aria-labelledby="review-heading" class="review-steps" data-testid="review-steps">
      <h2 id="review-heading">Review</h2>
      <p>
        Status: <StatusTag status={s} />
      </p>
      {s === 'changes_requested' && section.changes_reason && (
        <div class="ds_inset-text">
          <p class="ds_inset-text__text">Changes asked for: {section.changes_reason}</p>
        </div>
      )}
      {problem && (
        <p class="ds_question__error-message" role="alert">
          {problem}
        </p>
      )}
      {!closed && (
        <div class="ds_button-group">
          {canEdit && ['in_progress', 'changes_requested'].includes(s) && (
            <button type="button" class="ds_button ds_button--small" onClick={() => move('ready_for_review')}>
              Mark as ready for review
            </button>
          )}
          {isApprover && s === 'ready_for_review' && (
            <>
              <button type="button" class="ds_button ds_button--small" onClick={() => move('approved')}>
                Approve this section
              </button>
              {!asking && (
                <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={() => setAsking(true)}>
                  Ask for changes
                </button>
              )}
            </>
          )}
          {canEdit && ['approved', 'ready_for_review'].includes(s) && (
            <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={() => move('in_progress')}>
              Open it for writing again
            </button>
          )}
        </div>
      )}
      {!closed && s === 'ready_for_review' && !isApprover && (
        <p>{section.approver_user_id ? `Waiting for ${personName(section.approver_user_id, me)} to approve it.` : 'Waiting for the lead organisation to approve it.'}</p>
      )}
      {asking && (
        <form onSubmit={requestChanges} noValidate>
          <div class="ds_question">
            <label class="ds_label" for="changes-reason">
              What needs to change?
            </label>
            <textarea class="ds_input" id="changes-reason" rows={3} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
          </div>
          <button type="submit" class="ds_button ds_button--small">
            Send the request for changes
          </button>
        </form>
      )}
    </section>
  );
}

// The previous and next sections, so a writer can go through the bid in order.
function SectionSteps({ bidId, bid, sections, current }) {
  const i = sections.findIndex((s) => s.section === current);
  const previous = sections[i - 1];
  const next = sections[i + 1];
  return (
    <nav class="section-steps" aria-label="Other sections">
      <ul class="workspace-actions">
        {previous && (
          <li>
            <Link href={`${bidPath(bidId)}/sections/${previous.section}`}>Previous section: {sectionTitle(previous, bid)}</Link>
          </li>
        )}
        {next && (
          <li>
            <Link href={`${bidPath(bidId)}/sections/${next.section}`}>Next section: {sectionTitle(next, bid)}</Link>
          </li>
        )}
        <li>
          <Link href={bidPath(bidId)}>All sections of the bid</Link>
        </li>
      </ul>
    </nav>
  );
}

export function Section({ bid: bidId, section: key }) {
  const { me } = useSession();
  useDrafts();
  const { data, error, reload } = useLoad(() => loadSection(me, bidId, key), [bidId, key]);
  const [section, setSection] = useState(null);
  const [typed, setTyped] = useState(false);
  const entryRef = useRef(null);
  useEffect(() => {
    if (!data?.section) return;
    setSection(data.section);
    const s = data.section;
    const server = s.kind === 'response' ? s.content ?? '' : s.kind === 'declaration' ? s.content ?? {} : null;
    entryRef.current = s.kind === 'document' ? null : openSection(me.id, bidId, key, server, s.versions);
  }, [data]);
  useEffect(() => setTyped(false), [key]);
  useHeartbeat(bidId, key, typed ? 'editing' : 'viewing');
  const presence = usePresence(bidId);

  if (error) return <ErrorPage error={error} back={bidPath(bidId)} backText="Back to the bid" />;
  if (!data) return <Loading what="the section" />;
  if (!data.section) return <ErrorPage message="This bid has no such section." back={bidPath(bidId)} backText="Back to the bid" />;
  // Moving to another section: nothing of the last one is shown (or saved) under this one's name.
  if (data.section.section !== key || section?.section !== key) return <Loading what="the section" />;

  const { bid, lead, organisations, stage } = data;
  const entry = entryRef.current;
  const saved = entry?.server && entry.server.versions >= section.versions ? entry.server : null;
  const current = saved ? { ...section, ...saved } : section;
  const title = sectionTitle(current, bid);
  const closed = closedWhy(bid);
  const right = closed ? { can: false, why: closed } : editRight(current, me, lead);
  const criterion = current.kind === 'response' ? bid.criteria[current.index] : null;
  const gate = current.kind === 'declaration' ? bid.gates[current.index] : null;
  const others = presence.filter((p) => p.user_id !== me.id);
  const change = (value) => {
    setTyped(true);
    sectionDrafts.edit(me.id, bidId, key, value);
  };
  const afterInsert = (inserted) => {
    sectionDrafts.settle(entry, inserted.content, inserted.versions);
    entry.server = inserted;
    setSection({ ...section, ...inserted });
  };

  return (
    <>
      <Link href={bidPath(bidId)} class="ds_back-link">
        Back to the bid
      </Link>
      <PageHeading caption={`${data.consortium.name} · ${{ response: 'Question', declaration: 'Minimum requirement', document: 'Required document' }[current.kind]}`}>
        {title}
      </PageHeading>
      <ExcludedNotice bid={bid} />
      <dl class="section-card__facts section-facts">
        <div>
          <dt>Written by</dt>
          <dd>
            {ownerText(current, organisations)}
            {current.owner_user_id && <>: {personName(current.owner_user_id, me)}</>}
          </dd>
        </div>
        <div>
          <dt>Due</dt>
          <dd>
            {current.due_date ? formatDate(current.due_date) : 'No date set'}
            {current.overdue && (
              <>
                {' '}
                <strong class="ds_tag ds_tag--red">Overdue</strong>
              </>
            )}
          </dd>
        </div>
      </dl>
      <section class="presence" aria-labelledby="here-heading" data-testid="presence">
        <h2 id="here-heading" class="presence__title">
          Working on the bid now
        </h2>
        {others.length === 0 ? (
          <p>Nobody else is working on the bid just now.</p>
        ) : (
          <ul class="ds_bulleted-list">
            {others.map((p) => (
              <li key={p.user_id + p.section}>{presenceText(p, me, organisations, bid, data.sections.items)}</li>
            ))}
          </ul>
        )}
      </section>

      <section class="guidance" aria-labelledby="guidance-heading">
        <h2 id="guidance-heading">What is asked</h2>
        {criterion && <p>{criterion.bidder_guidance || 'The commissioner gave no extra guidance for this question.'}</p>}
        {criterion && (
          <p>
            This question is worth <strong>{criterion.weight}%</strong> of the quality score. Up to {criterion.word_limit} words.
          </p>
        )}
        {gate && <p>This is a minimum requirement: a bid that does not meet it is not scored.</p>}
        {gate && (
          <Explain question="What happens with these answers?">
            <p>
              When the bidding closes, the answers are checked against what the commissioner asked for. A bid that does not meet
              a minimum requirement is not scored, however good its other answers are.
            </p>
          </Explain>
        )}
        {current.kind === 'document' && <p>{current.guidance || 'The commissioner gave no extra guidance for this document.'}</p>}
        {stage === 2 && current.stage1_advice && (
          <div class="ds_inset-text" data-testid="stage1-advice">
            <h3>The panel’s advice after the first stage</h3>
            <p class="ds_inset-text__text preserve-lines">{current.stage1_advice}</p>
          </div>
        )}
      </section>

      {!right.can && (
        <div class="ds_notification-panel ds_notification-panel--neutral" data-testid="read-only">
          <p>
            <strong>You can read this section but not change it.</strong> {right.why}
          </p>
        </div>
      )}
      {entry?.status === 'conflict' && <Conflict bidId={bidId} entry={entry} kind={current.kind} />}

      {current.kind === 'response' && entry && (
        <form onSubmit={(e) => e.preventDefault()} noValidate class="section-form">
          {right.can ? (
            <WordCountTextarea id="section-text" label="Your answer" hint="Saved automatically as you type." value={entry.value ?? ''}
              onInput={change} rows={12} limit={criterion?.word_limit} />
          ) : (
            <div class="read-only-text">
              <h2>The answer so far</h2>
              {String(entry.value ?? '').trim() ? <p class="preserve-lines">{entry.value}</p> : <p>Nothing written yet.</p>}
            </div>
          )}
          {right.can && <SaveStatusLine entry={entry} explainError={explain} />}
        </form>
      )}
      {current.kind === 'declaration' && closed && (
        <SummaryList testId="declaration-as-sent" rows={declarationRows(gate, current.content ?? {}).map(([k, v]) => ({ key: k, value: v }))} />
      )}
      {current.kind === 'declaration' && entry && !closed && (
        <form onSubmit={(e) => e.preventDefault()} noValidate class="section-form" key={`${key}-${entry.resets ?? 0}`}>
          <DeclarationForm gate={gate} value={entry.value} onChange={change} disabled={!right.can}
            deadline={deadlineOf(data.tender, stage)} />
          {right.can && <SaveStatusLine entry={entry} explainError={explain} />}
        </form>
      )}
      {current.kind === 'document' && (
        <SectionDocuments bidId={bidId} section={current} documents={data.documents} canEdit={right.can} onChanged={reload} />
      )}

      <StatusActions bidId={bidId} section={current} me={me} lead={lead} canEdit={right.can} closed={Boolean(closed)}
        onChanged={(s) => {
          if (entry) entry.server = s;
          setSection({ ...section, ...s });
        }} />

      {current.kind === 'response' && right.can && entry && (
        <LibraryInsert bidId={bidId} section={key} entry={entry} flush={() => sectionDrafts.flushEntry(entry)} onInserted={afterInsert} />
      )}

      <p>
        <Link href={`${bidPath(bidId)}/sections/${key}/history`}>See earlier versions and compare them</Link>
      </p>
      <Comments bidId={bidId} section={key} me={me} comments={data.comments} onChanged={reload} />
      <SectionSteps bidId={bidId} bid={bid} sections={data.sections.items} current={key} />
    </>
  );
}
