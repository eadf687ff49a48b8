// A partnership bid at a glance: the lot and deadline, what stands between the bid
// and submission, every section with who writes and approves it by when, and who
// is working on which section now. The lead gives sections to members here. A bid
// that can no longer change (lot cancelled, or out of the tender) keeps only the ways to read it.
import { useEffect, useState } from 'preact/hooks';
import { get, request } from '../../../api.js';
import { PageHeading } from '../../../components/PageHeading.jsx';
import { Loading } from '../../../components/Loading.jsx';
import { ErrorPage, ErrorSummary } from '../../../components/ErrorMessage.jsx';
import { announce } from '../../../components/Announcer.jsx';
import { Explain } from '../../../components/Explain.jsx';
import { useLoad } from '../../../load.js';
import { sentence } from '../../../problems.js';
import { explain } from './problems.js';
import { Link } from '../../../router.jsx';
import { useSession } from '../../../session.js';
import { plural, timeLeft } from '../../../words.js';
import {
  blockingItems, closedWhy, deadlineOf, formatDate, formatDateTime, kindNames, loadBid, ownerText,
  personName, presenceText, sectionPath, sectionTitle, statuses, usePresence,
} from './workspace.js';
import { sectionDrafts, useDrafts } from '../../../drafts.js';
import { BidNotice } from './BidNotice.jsx';
import { BackFromBid } from '../BackLink.jsx';
import { GateWarnings } from './GateWarnings.jsx';
import './workspace.css';

async function loadOverview(me, bidId) {
  const context = await loadBid(me, bidId);
  const signOffs = await get(`/bids/${bidId}/sign-offs`).catch(() => null);
  return { ...context, signOffs };
}

export function StatusTag({ status }) {
  const [label, colour] = statuses[status] ?? [status, 'ds_tag--grey'];
  return <strong class={`ds_tag ${colour}`}>{label}</strong>;
}

// One of the bid's people as a choice, the caller named as "Me".
const personChoice = (p, me) => ({ id: p.user_id, name: p.user_id === me.id ? `Me (${me.display_name})` : p.display_name });

// A choice of one person ({id, name}), or nobody in particular (`blank`).
function PersonSelect({ id, label, error, blank, choices, value, onChange }) {
  return (
    <div class={`ds_question${error ? ' ds_question--error' : ''}`}>
      <label class="ds_label" for={id}>
        {label}
      </label>
      {error && <p class="ds_question__error-message">{error}</p>}
      <div class="ds_select-wrapper">
        <select class="ds_select" id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
          <option value="">{blank}</option>
          {choices.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <span class="ds_select-arrow" aria-hidden="true" />
      </div>
    </div>
  );
}

function AssignForm({ bidId, section, title, organisations, people, me, onSaved }) {
  const [owner, setOwner] = useState(section.owner_organisation_id ?? '');
  const [person, setPerson] = useState(section.owner_user_id ?? '');
  const [approver, setApprover] = useState(section.approver_user_id ?? '');
  const [due, setDue] = useState(section.due_date ?? '');
  const [problem, setProblem] = useState(null);
  const [errors, setErrors] = useState({});
  const id = `assign-${section.section}`;
  // Writers from the chosen organisation; approvers from any member organisation.
  const choices = (current, organisation) => {
    const list = people
      .filter((p) => !organisation || p.organisation_id === organisation)
      .map((p) => personChoice(p, me));
    if (current && !list.some((p) => p.id === current)) list.push({ id: current, name: 'The person named now' });
    return list;
  };
  const save = async (event) => {
    event.preventDefault();
    setProblem(null);
    setErrors({});
    try {
      const saved = await request('PUT', `/bids/${bidId}/sections/${section.section}/assignment`, {
        owner_organisation_id: owner || null,
        owner_user_id: owner && person ? person : null,
        approver_user_id: approver || null,
        due_date: due || null,
      });
      announce(`Saved who does “${title}”.`);
      onSaved(saved);
    } catch (e) {
      setProblem(explain(e));
      setErrors(e.fieldErrors ?? {});
    }
  };
  const fieldError = (pointer) => errors[pointer] && sentence(errors[pointer]);
  return (
    <details class="ds_details assign">
      <summary class="ds_details__summary">
        Change who does this<span class="visually-hidden">: {title}</span>
      </summary>
      <div class="ds_details__text">
        <form onSubmit={save} noValidate data-testid={`${id}-form`}>
          <ErrorSummary
            message={problem}
            errors={Object.keys(errors).map((p) => ({ href: `#${id}-${p.slice(1)}`, text: sentence(errors[p]) }))}
          />
          <div class="ds_question">
            <label class="ds_label" for={`${id}-owner_organisation_id`}>
              Which organisation writes it
            </label>
            <div class="ds_select-wrapper">
              <select class="ds_select" id={`${id}-owner_organisation_id`} value={owner} onChange={(e) => setOwner(e.currentTarget.value)}>
                <option value="">Nobody yet (the lead writes it)</option>
                {Object.entries(organisations).map(([oid, name]) => (
                  <option key={oid} value={oid}>
                    {name}
                  </option>
                ))}
              </select>
              <span class="ds_select-arrow" aria-hidden="true" />
            </div>
          </div>
          {owner && (
            <PersonSelect
              id={`${id}-owner_user_id`}
              label="Who at that organisation writes it"
              error={fieldError('/owner_user_id')}
              blank="Anyone at the organisation"
              choices={choices(section.owner_user_id, owner)}
              value={person}
              onChange={setPerson}
            />
          )}
          <PersonSelect
            id={`${id}-approver_user_id`}
            label="Who approves it"
            error={fieldError('/approver_user_id')}
            blank="The lead organisation"
            choices={choices(section.approver_user_id)}
            value={approver}
            onChange={setApprover}
          />
          <div class={`ds_question${fieldError('/due_date') ? ' ds_question--error' : ''}`}>
            <label class="ds_label" for={`${id}-due_date`}>
              Due date (optional)
            </label>
            {fieldError('/due_date') && <p class="ds_question__error-message">{fieldError('/due_date')}</p>}
            <input class="ds_input ds_input--fixed-10" type="date" id={`${id}-due_date`} value={due} onInput={(e) => setDue(e.currentTarget.value)} />
          </div>
          <button type="submit" class="ds_button ds_button--small">
            Save<span class="visually-hidden"> who does “{title}”</span>
          </button>
        </form>
      </div>
    </details>
  );
}

// An owning organisation's staff may hand its section to a colleague; the lead
// decides everything else about who does what.
function HandOnForm({ bidId, section, title, people, me, onSaved }) {
  const colleagues = people.filter((p) => p.organisation_id === section.owner_organisation_id);
  const [person, setPerson] = useState(section.owner_user_id ?? '');
  const [problem, setProblem] = useState(null);
  const id = `hand-on-${section.section}`;
  const save = async (event) => {
    event.preventDefault();
    setProblem(null);
    try {
      const saved = await request('PUT', `/bids/${bidId}/sections/${section.section}/assignment`, {
        owner_organisation_id: section.owner_organisation_id,
        owner_user_id: person || null,
        approver_user_id: section.approver_user_id ?? null,
        due_date: section.due_date ?? null,
      });
      announce(`Saved who writes “${title}”.`);
      onSaved(saved);
    } catch (e) {
      setProblem(explain(e));
    }
  };
  return (
    <details class="ds_details assign">
      <summary class="ds_details__summary">
        Hand this on to a colleague<span class="visually-hidden">: {title}</span>
      </summary>
      <div class="ds_details__text">
        <form onSubmit={save} noValidate data-testid={`${id}-form`}>
          <ErrorSummary message={problem} errors={[]} />
          <PersonSelect
            id={`${id}-person`}
            label="Who at your organisation writes it"
            blank="Anyone at your organisation"
            choices={colleagues.map((p) => personChoice(p, me))}
            value={person}
            onChange={setPerson}
          />
          <button type="submit" class="ds_button ds_button--small">
            Save<span class="visually-hidden"> who writes “{title}”</span>
          </button>
        </form>
      </div>
    </details>
  );
}

function SectionCard({ bidId, data, section, me, presence, onChanged }) {
  const { bid, organisations, people, lead } = data;
  const title = sectionTitle(section, bid);
  const here = presence.filter((p) => p.section === section.section && p.user_id !== me.id);
  return (
    <li class="section-card" data-testid={`section-${section.section}`}>
      <h3 class="section-card__title">
        <Link href={sectionPath(bidId, section.section)}>{title}</Link>
      </h3>
      <p class="section-card__status">
        <StatusTag status={section.status} />
        {section.overdue && (
          <strong class="ds_tag ds_tag--red section-card__overdue" data-testid="overdue">
            Overdue
          </strong>
        )}
      </p>
      <dl class="section-card__facts">
        <div>
          <dt>Written by</dt>
          <dd>
            {ownerText(section, organisations)}
            {section.owner_user_id && <>: {personName(section.owner_user_id, me)}</>}
          </dd>
        </div>
        <div>
          <dt>Approved by</dt>
          <dd>{section.approver_user_id ? personName(section.approver_user_id, me) : 'The lead organisation'}</dd>
        </div>
        <div>
          <dt>Due</dt>
          <dd>{section.due_date ? `${formatDate(section.due_date)}${section.overdue ? ' (overdue)' : ''}` : 'No date set'}</dd>
        </div>
        {section.kind === 'response' && (
          <div>
            <dt>Words</dt>
            <dd class={section.words > section.word_limit ? 'word-count--over' : undefined}>
              {section.words} of {section.word_limit}
              {section.words > section.word_limit ? ' (too many)' : ''}
            </dd>
          </div>
        )}
      </dl>
      {section.status === 'changes_requested' && section.changes_reason && (
        <p class="section-card__reason">Changes asked for: {section.changes_reason}</p>
      )}
      {here.length > 0 && (
        <p class="presence-note" data-testid={`presence-${section.section}`}>
          Here now: {here.map((p) => `${p.display_name} (${p.mode === 'editing' ? 'editing' : 'reading'})`).join(', ')}
        </p>
      )}
      {lead && !closedWhy(data.bid) && (
        <AssignForm bidId={bidId} section={section} title={title} organisations={organisations} people={people} me={me} onSaved={onChanged} />
      )}
      {!lead && !closedWhy(data.bid) && section.owner_organisation_id === me.organisation.id && (
        <HandOnForm bidId={bidId} section={section} title={title} people={people} me={me} onSaved={onChanged} />
      )}
    </li>
  );
}

// The ways into a bid that can no longer change: to read it, and the feedback.
function ReadOnlyLinks({ bidId, feedback }) {
  return (
    <ul class="workspace-actions" data-testid="read-only-links">
      <li>
        <Link href={`/bids/${bidId}/preview`}>Read the whole bid</Link>
      </li>
      {feedback && (
        <li>
          <Link href={`/bids/${bidId}/feedback`}>The panel’s feedback on your first-stage bid</Link>
        </li>
      )}
    </ul>
  );
}

export function BidOverview({ bid }) {
  return <Overview bid={bid} />;
}

const unsavedWords = {
  waiting: 'Saving your changes',
  saving: 'Saving your changes',
  offline: 'Not saved yet, because we cannot reach the service. Your changes are kept on this device and we keep trying',
  'signed-out': 'Not saved yet, because you were signed out. Your changes are kept on this device',
  conflict: 'Not saved: a partner saved this section too. Open it to choose which version to keep',
  error: 'Not saved. Open the section to see why',
};

// Changes kept on this device that the service does not have yet, section by section.
function Unsaved({ me, bidId, bid, sections }) {
  useDrafts();
  useEffect(() => sectionDrafts.resume(me.id), []);
  const pending = sectionDrafts.unsaved(me.id, bidId);
  if (pending.length === 0) return null;
  return (
    <div class="ds_notification-panel ds_notification-panel--neutral" data-testid="unsaved">
      <h2>Changes not saved yet</h2>
      <ul class="ds_bulleted-list">
        {pending.map((e) => {
          const section = sections.find((s) => s.section === e.section);
          return (
            <li key={e.section}>
              <Link href={sectionPath(bidId, e.section)}>{section ? sectionTitle(section, bid) : e.section}</Link>:{' '}
              {unsavedWords[e.status] ?? unsavedWords.error}.
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function Overview({ bid: bidId }) {
  const { me } = useSession();
  const { data, error, reload } = useLoad(() => loadOverview(me, bidId), [bidId]);
  const presence = usePresence(bidId);
  if (error) return <ErrorPage error={error} />;
  if (!data) return <Loading what="the bid" />;
  const { bid, sections, consortium, tender, lot, stage, signOffs } = data;
  const deadline = deadlineOf(tender, stage);
  const items = sections.items;
  const blockers = blockingItems(sections.blocking, bidId, items, bid, data.organisations, signOffs);
  const others = presence.filter((p) => p.user_id !== me.id);
  const byStatus = sections.progress?.by_status ?? {};
  const latest = bid.submissions?.filter((s) => !s.withdrawn).slice(-1)[0];
  const closed = Boolean(closedWhy(bid));
  const leadName = consortium.members.find((m) => m.role === 'lead')?.organisation_name;

  return (
    <>
      <BackFromBid bidId={bidId} consortium={consortium} />
      <PageHeading caption={`${tender.title} · Lot ${lot?.number}: ${lot?.title}`}>{consortium.name}</PageHeading>
      <BidNotice bid={bid} tender={tender} lotName={`lot ${lot?.number}: ${lot?.title}`} lead={data.lead} leadName={leadName}
        onChanged={reload} submitLink={false} />
      {!closed && (
        <p class="ds_leader">
          {stage === 2 ? 'Your revised bid for the second stage' : 'Your bid for the first stage'} must be submitted by{' '}
          <strong>{formatDateTime(deadline)}</strong> ({timeLeft(deadline)}).
        </p>
      )}
      <p>
        {consortium.members.length > 1 ? 'A partnership of ' : 'From '}
        {consortium.members.map((m) => `${m.organisation_name}${m.role === 'lead' ? ' (lead)' : ''}`).join(', ')}.
        {data.lead ? ' Your organisation leads this bid.' : ''}
      </p>
      <Explain term="consortium" question="What is a partnership bid?" />
      <Unsaved me={me} bidId={bidId} bid={bid} sections={items} />
      {latest && !closed && (
        <div class="ds_inset-text">
          <p class="ds_inset-text__text">
            Submitted for stage {latest.stage} on {formatDateTime(latest.submitted_at)} (version {latest.version}). You can change
            the bid and submit again until the deadline; the latest submission counts.
          </p>
        </div>
      )}

      {closed && <ReadOnlyLinks bidId={bidId} feedback={bid.status === 'excluded'} />}
      {!closed && (
      <section aria-labelledby="blocking-heading" class="blocking" data-testid="blocking">
        <h2 id="blocking-heading">What stands between this bid and submission</h2>
        {blockers.length === 0 ? (
          <p>
            Nothing. Every section is complete and every organisation has signed off.{' '}
            <Link href={`/bids/${bidId}/submit`}>Go to submit the bid</Link>
          </p>
        ) : (
          <ul class="ds_bulleted-list">
            {blockers.map((b) => (
              <li key={b.text}>{b.href ? <Link href={b.href}>{b.text}</Link> : b.text}</li>
            ))}
          </ul>
        )}
        <GateWarnings bidId={bidId} bid={bid} sections={items} deadline={deadline} />
        <ul class="workspace-actions">
          <li>
            <Link href={`/bids/${bidId}/preview`}>Read the whole bid</Link>
          </li>
          <li>
            <Link href={`/bids/${bidId}/sign-off`}>Sign off the bid</Link>
          </li>
          <li>
            <Link href={`/bids/${bidId}/submit`}>Check and submit the bid</Link>
          </li>
          {stage === 2 && (
            <li>
              <Link href={`/bids/${bidId}/feedback`}>The panel’s feedback on your first-stage bid</Link>
            </li>
          )}
          <li>
            <Link href="/library">Your organisation’s answer library</Link>
          </li>
        </ul>
      </section>
      )}

      <section aria-labelledby="presence-heading" class="presence" data-testid="presence">
        <h2 id="presence-heading">Working on the bid now</h2>
        {others.length === 0 ? (
          <p>Nobody else is working on the bid just now.</p>
        ) : (
          <ul class="ds_bulleted-list">
            {others.map((p) => (
              <li key={p.user_id + p.section}>{presenceText(p, me, data.organisations, bid, items)}</li>
            ))}
          </ul>
        )}
      </section>

      <h2>Sections</h2>
      <p data-testid="progress">
        {plural(items.length, 'section')}:{' '}
        {Object.entries(statuses)
          .filter(([key]) => byStatus[key])
          .map(([key, [label]]) => `${byStatus[key]} ${label.toLowerCase()}`)
          .join(', ')}
        {sections.progress?.overdue ? `; ${sections.progress.overdue} overdue` : ''}.
      </p>
      <p data-testid="progress-by-organisation">
        By organisation:{' '}
        {Object.entries(sections.progress?.by_organisation ?? {})
          .map(([org, n]) => `${org === 'unassigned' ? 'not given to anyone yet' : data.organisations[org] ?? 'an organisation that has left'} ${n}`)
          .join(', ')}
        .
      </p>
      {['response', 'declaration', 'document'].map((kind) => {
        const mine = items.filter((s) => s.kind === kind);
        if (mine.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`} class="section-group__title">
              {kindNames[kind]}
            </h2>
            <ul class="section-list">
              {mine.map((s) => (
                <SectionCard key={s.section} bidId={bidId} data={data} section={s} me={me} presence={presence} onChanged={reload} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
