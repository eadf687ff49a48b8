// One tender or early notice (PIN) as a provider's staff see it: the notice as
// everyone reads it (notice.jsx), with this organisation's part in it: register
// interest per lot, find partners, its partnerships, its own questions and asking
// one, and booking information sessions.
import { useEffect, useState } from 'preact/hooks';
import { post, put, request } from '../../api.js';
import { PageHeading } from '../../components/PageHeading.jsx';
import { Loading } from '../../components/Loading.jsx';
import { ErrorPage, ErrorSummary } from '../../components/ErrorMessage.jsx';
import { WordCountTextarea } from '../../components/WordCountTextarea.jsx';
import { Term } from '../../components/Term.jsx';
import { announce } from '../../components/Announcer.jsx';
import { useLoad } from '../../load.js';
import { explain } from '../../problems.js';
import { Link } from '../../router.jsx';
import { canFormConsortium, consortiumPath, isOpportunity, loadTender, partnersPath, when } from './work.js';
import {
  Aims, ContentsNav, LotDetails, NoticeIntro, PublishedAnswers, RequiredDocuments, Requirements, ScoredOn, SessionFacts, Timetable,
} from './notice.jsx';

// A button that does one thing on the service, then says what happened.
function ActionButton({ onClick, children, secondary, busyText = 'Please wait…', testId }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const act = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await onClick();
    } catch (e) {
      setProblem(explain(e));
      announce(explain(e));
    }
    setBusy(false);
  };
  return (
    <>
      <button type="button" class={`ds_button ds_button--small${secondary ? ' ds_button--secondary' : ''}`}
        aria-disabled={busy ? 'true' : undefined} onClick={act} data-testid={testId}>
        {busy ? busyText : children}
      </button>
      {problem && (
        <p class="problem-message" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}

function LotCard({ tender, lot, interested, reload }) {
  const base = `/tenders/${tender.id}/lots/${lot.id}/interest`;
  const toggle = async () => {
    if (interested) {
      await request('DELETE', base);
      announce(`You have withdrawn your interest in lot ${lot.number}.`);
    } else {
      await put(base);
      announce(`Your interest in lot ${lot.number} is registered.`);
    }
    reload();
  };
  const id = `lot-${lot.number}-title`;
  return (
    <li class="work-card" data-testid={`lot-${lot.number}`} aria-labelledby={id}>
      <h3 class="work-card__title" id={id}>
        Lot {lot.number}: {lot.title}
      </h3>
      <LotDetails lot={lot} />
      <p data-testid={`interest-${lot.number}`}>
        {interested ? (
          <strong class="ds_tag ds_tag--green">Your interest is registered</strong>
        ) : (
          'You have not registered interest in this lot.'
        )}
      </p>
      <div class="button-row">
        {isOpportunity(tender) && lot.status !== 'cancelled' && (
          <ActionButton onClick={toggle} secondary={interested}>
            {interested ? 'Withdraw interest' : 'Register interest'}
            <span class="visually-hidden"> in lot {lot.number}</span>
          </ActionButton>
        )}
        <Link href={partnersPath(tender.id, lot.id)} class="ds_button ds_button--secondary ds_button--small">
          Find partners<span class="visually-hidden"> for lot {lot.number}</span>
        </Link>
      </div>
    </li>
  );
}

function SessionCard({ tender, session, reload }) {
  const s = { ...session, mine: session.my_booking ?? null };
  const base = `/tenders/${tender.id}/information-sessions/${s.id}/bookings`;
  const book = async () => {
    const booking = await post(base);
    announce(booking.status === 'waiting'
      ? `The session is full. You are number ${booking.waiting_position} on the waiting list.`
      : 'Your seat is booked.');
    reload();
    document.getElementById(`session-${s.id}-title`)?.focus();
  };
  const cancel = async () => {
    await request('DELETE', `${base}/${s.mine.id}`);
    announce('Your booking is cancelled.');
    reload();
    document.getElementById(`session-${s.id}-title`)?.focus();
  };
  const started = new Date(s.starts_at).getTime() <= Date.now();
  return (
    <li class="work-card" data-testid={`session-${s.id}`}>
      <h3 class="work-card__title" id={`session-${s.id}-title`} tabIndex={-1}>{when(s.starts_at)}</h3>
      <SessionFacts session={s} />
      {s.mine ? (
        <>
          <p data-testid="booking-state">
            <strong class={`ds_tag ${s.mine.status === 'confirmed' ? 'ds_tag--green' : 'ds_tag--orange'}`}>
              {s.mine.status === 'confirmed'
                ? 'Your seat is booked'
                : `You are number ${s.mine.waiting_position} on the waiting list`}
            </strong>
          </p>
          {s.mine.status === 'confirmed' && s.online_link && (
            <p>
              Join online: <a href={s.online_link}>{s.online_link}</a>
            </p>
          )}
          {!started && (
            <ActionButton onClick={cancel} secondary>
              Cancel my booking<span class="visually-hidden"> for {when(s.starts_at)}</span>
            </ActionButton>
          )}
        </>
      ) : started ? (
        <p>This session has started, so it can no longer be booked.</p>
      ) : (
        <ActionButton onClick={book}>
          {s.seats_free > 0 ? 'Book a seat' : 'Join the waiting list'}
          <span class="visually-hidden"> for {when(s.starts_at)}</span>
        </ActionButton>
      )}
    </li>
  );
}

// A question to the commissioner, until the cut-off. It stays private to your
// organisation unless the commissioner publishes it, without your name.
function AskQuestion({ tender, lots, reload }) {
  const [question, setQuestion] = useState('');
  const [lot, setLot] = useState('');
  const [fieldError, setFieldError] = useState(null);
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event) => {
    event.preventDefault();
    setProblem(null);
    if (!question.trim()) {
      setFieldError('Write your question');
      setTimeout(() => document.querySelector('.ask .ds_error-summary')?.focus(), 0);
      return;
    }
    setFieldError(null);
    setBusy(true);
    try {
      await post(`/tenders/${tender.id}/clarifications`, { question: question.trim(), lot_id: lot || null });
      announce('Your question is sent. Its answer will appear under “Your organisation’s questions”.');
      setQuestion('');
      setLot('');
      reload();
    } catch (e) {
      setProblem(e.kind === 'clarifications-closed'
        ? 'The last day for questions has passed, so no more questions can be sent.'
        : explain(e));
      setTimeout(() => document.querySelector('.ask .ds_error-summary')?.focus(), 0);
    }
    setBusy(false);
  };
  return (
    <div class="ask">
      <h3>Ask a question</h3>
      <ErrorSummary message={problem} errors={fieldError ? [{ href: '#ask-question', text: fieldError }] : []} />
      <form onSubmit={submit} noValidate data-testid="ask-form">
        <WordCountTextarea id="ask-question" label="Your question"
          hint="Only the commissioner sees who asked. They may publish the question and answer for every provider, without your name."
          value={question} onInput={setQuestion} error={fieldError} rows={4} />
        <div class="ds_question">
          <label class="ds_label" for="ask-lot">Which part of the tender is it about?</label>
          <div class="ds_select-wrapper">
            <select class="ds_select" id="ask-lot" value={lot} onChange={(e) => setLot(e.currentTarget.value)}>
              <option value="">The whole tender</option>
              {lots.map((l) => (
                <option key={l.id} value={l.id}>Lot {l.number}: {l.title}</option>
              ))}
            </select>
            <span class="ds_select-arrow" aria-hidden="true" />
          </div>
        </div>
        <button type="submit" class="ds_button ds_button--secondary" disabled={busy}>
          {busy ? 'Sending…' : 'Send the question'}
        </button>
      </form>
    </div>
  );
}

export function Opportunity({ tender: tenderId }) {
  const { data, error, reload } = useLoad(() => loadTender(tenderId), [tenderId]);
  // A link to a part of the page (a notice's "what changed": #clarifications) lands there once it is drawn.
  const loaded = Boolean(data);
  useEffect(() => {
    const target = loaded && location.hash && document.getElementById(location.hash.slice(1));
    if (target) (target.tabIndex === -1 ? target.focus() : target.scrollIntoView());
  }, [loaded]);
  if (error) return <ErrorPage error={error} back="/opportunities" backText="Back to opportunities" />;
  if (!data) return <Loading what="the tender" />;
  const { tender: t, lots, criteria, gates, sessions, interests, consortia, documents, buyer } = data;
  const ours = data.clarifications.filter((c) => !c.published);
  const cutoff = t.timetable?.clarification_cutoff;
  const canAsk = isOpportunity(t) && (!cutoff || new Date(cutoff).getTime() > Date.now());
  return (
    <>
      <Link href="/opportunities" class="ds_back-link">Back to opportunities</Link>
      <PageHeading caption={`Reference ${t.reference}`}>{t.title}</PageHeading>
      <NoticeIntro tender={t} buyer={buyer}
        pin="You can already register interest, book an information session, and look for partners." />
      <ContentsNav items={[['timetable', 'Timetable'], ['lots', 'Lots'], ['partnerships', 'Your partnerships'],
        ['criteria', 'What bids are scored on'], ['requirements', 'Minimum requirements'],
        ['documents', 'Documents to send with your bid'],
        ['clarifications', 'Questions and answers'], ['sessions', 'Information sessions']]} />
      <Aims tender={t} />
      <Timetable timetable={t.timetable} />

      <h2 id="lots" tabIndex={-1}>Lots</h2>
      <p>
        This tender is split into {lots.length === 1 ? 'one lot' : `${lots.length} lots`}. Registering{' '}
        <Term name="interest">interest</Term> tells the commissioner you may bid; it does not commit you.
      </p>
      {lots.length === 0 ? (
        <p>No lots have been published yet.</p>
      ) : (
        <ul class="work-list">
          {lots.map((lot) => (
            <LotCard key={lot.id} tender={t} lot={lot} reload={reload}
              interested={interests.some((i) => i.lot_id === lot.id)} />
          ))}
        </ul>
      )}

      <h2 id="partnerships" tabIndex={-1}>Your partnerships for this tender</h2>
      {consortia.length === 0 ? (
        <p>Your organisation is not in a partnership for this tender yet.</p>
      ) : (
        <ul>
          {consortia.map((c) => (
            <li key={c.id}>
              <Link href={consortiumPath(c.id)}>{c.name}</Link>
            </li>
          ))}
        </ul>
      )}
      {canFormConsortium(t) && (
        <p>
          <Link href={`/opportunities/${t.id}/consortia/new`} class="ds_button">
            Start a partnership bid
          </Link>
        </p>
      )}

      <ScoredOn criteria={criteria} lots={lots} />
      <Requirements gates={gates} lots={lots} />
      <RequiredDocuments documents={documents} />

      <h2 id="clarifications" tabIndex={-1}>Questions and answers</h2>
      <PublishedAnswers clarifications={data.clarifications} lots={lots} />
      {ours.length > 0 && (
        <>
          <h3>Your organisation’s questions</h3>
          <ul class="work-list" data-testid="our-questions">
            {ours.map((c) => (
              <li key={c.id} class="clarification">
                <p>
                  <strong>Question:</strong> {c.question}
                </p>
                <p>
                  {c.answer ? (
                    <>
                      <strong>Answer (to your organisation only):</strong> {c.answer}
                    </>
                  ) : (
                    <span class="ds_tag ds_tag--grey">Waiting for an answer</span>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      {canAsk ? (
        <AskQuestion tender={t} lots={lots} reload={reload} />
      ) : (
        <p>Questions can no longer be asked about this tender.</p>
      )}

      <h2 id="sessions" tabIndex={-1}>Information sessions</h2>
      <p>
        Meetings where the commissioner explains the tender. Booking is per person; when a session is full you join
        the waiting list and get a seat if one is freed.
      </p>
      {sessions.length === 0 ? (
        <p>No information sessions have been announced.</p>
      ) : (
        <ul class="work-list">
          {sessions.map((s) => (
            <SessionCard key={s.id} tender={t} session={s} reload={reload} />
          ))}
        </ul>
      )}
    </>
  );
}
