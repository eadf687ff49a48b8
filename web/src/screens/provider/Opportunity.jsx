// One tender or early notice (PIN): what it is, its lots, what bids are scored on,
// the minimum requirements, the timetable, published clarifications and the
// information sessions. Register interest per lot and book a session here.
import { useEffect, useState } from 'preact/hooks';
import { post, put, request } from '../../api.js';
import { PageHeading } from '../../components/PageHeading.jsx';
import { Loading } from '../../components/Loading.jsx';
import { ErrorPage, ErrorSummary } from '../../components/ErrorMessage.jsx';
import { WordCountTextarea } from '../../components/WordCountTextarea.jsx';
import { Term } from '../../components/Term.jsx';
import { Explain } from '../../components/Explain.jsx';
import { announce } from '../../components/Announcer.jsx';
import { useLoad } from '../../load.js';
import { explain } from '../../problems.js';
import { Link } from '../../router.jsx';
import {
  canFormConsortium, consortiumPath, day, isOpportunity, gateWords, loadTender, money, partnersPath, tenderStatus, when, years,
} from './work.js';
import { timeLeft } from '../../words.js';

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

function CriteriaList({ criteria }) {
  return (
    <ol class="criteria-list">
      {criteria.map((c) => (
        <li key={c.title}>
          <strong>{c.title}</strong> (worth {c.weight}%, up to {c.word_limit ?? 500} words)
          {c.bidder_guidance && <p>{c.bidder_guidance}</p>}
          {c.min_score != null && <p class="ds_hint-text">You need a score of at least {c.min_score} on this question.</p>}
        </li>
      ))}
    </ol>
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
      {lot.status === 'cancelled' && (
        <div class="ds_inset-text" data-testid={`lot-${lot.number}-cancelled`}>
          <p class="ds_inset-text__text">
            <strong class="ds_tag ds_tag--grey">Cancelled</strong> The commissioner cancelled this lot
            {lot.cancellation ? ` on ${day(lot.cancellation.cancelled_at)}` : ''}. It takes no bids, and no bid for it is
            evaluated.{lot.cancellation?.reason ? ` The reason given: “${lot.cancellation.reason}”` : ''}
          </p>
        </div>
      )}
      <p>{lot.description}</p>
      <dl class="facts">
        <div><dt>Area or theme</dt><dd>{lot.locality_or_theme}</dd></div>
        <div><dt>Value</dt><dd>{money(lot.annual_value_pence)} a year</dd></div>
        <div><dt>Contract length</dt><dd>{years(lot.term_months)}</dd></div>
        <div><dt>Contracts given</dt><dd>{lot.max_awards > 1 ? `Up to ${lot.max_awards}` : '1'}</dd></div>
      </dl>
      {lot.outcomes?.length > 0 && (
        <>
          <p>What this lot should achieve:</p>
          <ul>
            {lot.outcomes.map((o) => <li key={o}>{o}</li>)}
          </ul>
        </>
      )}
      {lot.criteria && (
        <>
          <p>This lot is scored on questions of its own:</p>
          <CriteriaList criteria={lot.criteria} />
        </>
      )}
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
      <dl class="facts">
        <div><dt>Ends</dt><dd>{when(s.ends_at)}</dd></div>
        {s.place && <div><dt>Where</dt><dd>{s.place}</dd></div>}
        {s.online_link && <div><dt>Online</dt><dd>The link is given to people who book.</dd></div>}
        <div>
          <dt>Seats</dt>
          <dd>
            {s.seats_free} of {s.capacity} free{s.waiting > 0 ? `, ${s.waiting} on the waiting list` : ''}
          </dd>
        </div>
      </dl>
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
  const clarifications = data.clarifications.filter((c) => c.published && c.answer);
  const ours = data.clarifications.filter((c) => !c.published);
  const cutoff = t.timetable?.clarification_cutoff;
  const canAsk = isOpportunity(t) && (!cutoff || new Date(cutoff).getTime() > Date.now());
  const [label, colour] = tenderStatus(t.status);
  const timetable = t.timetable ?? {};
  const lotName = (id) => {
    const lot = lots.find((l) => l.id === id);
    return lot ? `Lot ${lot.number} only` : 'One lot only';
  };
  return (
    <>
      <Link href="/opportunities" class="ds_back-link">Back to opportunities</Link>
      <PageHeading caption={`Reference ${t.reference}`}>{t.title}</PageHeading>
      <p>
        <strong class={`ds_tag ${colour}`} data-testid="tender-status">{label}</strong>
      </p>
      {t.status === 'pin_published' && (
        <div class="ds_inset-text">
          <p class="ds_inset-text__text">
            This is an <Term name="pin">early notice (PIN)</Term>: the tender is not open for bids yet. You can already
            register interest, book an information session, and look for partners.
          </p>
        </div>
      )}
      <p class="ds_leader">{t.description}</p>
      {t.pin_summary && <p>{t.pin_summary}</p>}
      <dl class="facts">
        <div>
          <dt><Term name="buyer">Buyer</Term></dt>
          <dd data-testid="buyer">{buyer ?? 'Not named here. Ask the commissioner through the questions below.'}</dd>
        </div>
        <div><dt>Estimated value</dt><dd>{money(t.estimated_value_pence)} in total</dd></div>
        <div>
          <dt>Contract length</dt>
          <dd>
            {years(t.contract_term_months)}
            {t.extension_months > 0 ? `, and it may be extended by ${years(t.extension_months)}` : ''}
          </dd>
        </div>
      </dl>
      <nav class="contents-nav" aria-label="On this page">
        <h2 class="contents-nav__title">On this page</h2>
        <ul class="contents-nav__list">
          {[['timetable', 'Timetable'], ['lots', 'Lots'], ['partnerships', 'Your partnerships'],
            ['criteria', 'What bids are scored on'], ['requirements', 'Minimum requirements'],
            ['documents', 'Documents to send with your bid'],
            ['clarifications', 'Questions and answers'], ['sessions', 'Information sessions']].map(([id, text]) => (
            <li key={id}>
              <a href={`#${id}`}>{text}</a>
            </li>
          ))}
        </ul>
      </nav>
      {t.outcomes?.length > 0 && (
        <>
          <h2>What the service should achieve</h2>
          <ul>
            {t.outcomes.map((o) => <li key={o}>{o}</li>)}
          </ul>
        </>
      )}
      {t.partnership_bids_expected && (
        <>
          <h2>Working in partnership</h2>
          <p>
            The commissioner welcomes <Term name="consortium">partnership bids</Term>
            {t.partnership_statement ? `: ${t.partnership_statement}` : '.'}
          </p>
        </>
      )}

      <h2 id="timetable" tabIndex={-1}>Timetable</h2>
      <Explain term="stage" question="Why are there two stages?" />
      <dl class="facts timetable" data-testid="timetable">
        <div><dt>Last day for questions</dt><dd>{when(timetable.clarification_cutoff)}</dd></div>
        <div>
          <dt>First-stage bids close</dt>
          <dd>
            {when(timetable.stage1_deadline)}
            {timetable.stage1_deadline && ` (${timeLeft(timetable.stage1_deadline)})`}
          </dd>
        </div>
        <div><dt>Revised (second-stage) bids close</dt><dd>{when(timetable.stage2_deadline)}</dd></div>
        <div><dt><Term name="standstill">Standstill period</Term> after the decision</dt><dd>{timetable.standstill_days ?? 10} days</dd></div>
      </dl>

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

      <h2 id="criteria" tabIndex={-1}>What bids are scored on</h2>
      {criteria.length === 0 ? (
        <p>The questions have not been published yet.</p>
      ) : (
        <>
          <p>
            The panel scores your answer to each question. The weight says how much each one counts towards the total.
            {lots.some((l) => l.criteria) ? ' Lots with questions of their own show them under the lot.' : ''}
          </p>
          <CriteriaList criteria={criteria} />
        </>
      )}

      <h2 id="requirements" tabIndex={-1}>Minimum requirements</h2>
      <p>
        Every bid must meet these <Term name="gate">minimum requirements</Term>. A bid that does not meet one is not
        scored.
      </p>
      {gates.length === 0 ? (
        <p>None have been published yet.</p>
      ) : (
        <ul class="requirements-list">
          {gates.map((g, i) => {
            const [title, words] = gateWords(g);
            return (
              <li key={i}>
                <strong>{title}</strong>
                {g.lot_id ? ` (${lotName(g.lot_id)})` : ''}: {words}
              </li>
            );
          })}
        </ul>
      )}

      <h2 id="documents" tabIndex={-1}>Documents to send with your bid</h2>
      {documents.length === 0 ? (
        <p data-testid="required-documents">This tender asks for no documents with a bid.</p>
      ) : (
        <>
          <p>
            Every bid must include {documents.length === 1 ? 'this document' : `these ${documents.length} documents`}. In
            a partnership, any member can upload them; a bid cannot be sent without them.
          </p>
          <ul class="requirements-list" data-testid="required-documents">
            {documents.map((d) => (
              <li key={d.requirement}>
                <strong>{d.title}</strong>
                {d.guidance && <span>: {d.guidance}</span>}
              </li>
            ))}
          </ul>
        </>
      )}

      <h2 id="clarifications" tabIndex={-1}>Questions and answers</h2>
      <p>
        <Term name="clarification">Clarifications</Term> the commissioner has published for every provider.
      </p>
      {clarifications.length === 0 ? (
        <p>No answers have been published yet.</p>
      ) : (
        <dl class="clarifications">
          {clarifications.map((c) => (
            <div key={c.id} class="clarification" id={`clarification-${c.id}`} tabIndex={-1}>
              <dt>
                <strong>Question:</strong> {c.published_question ?? c.question}
                {c.lot_id ? ` (${lotName(c.lot_id).replace(' only', '')})` : ''}
              </dt>
              <dd>
                <strong>Answer:</strong> {c.answer}
              </dd>
              {(c.changes_tender_documents || c.lot_correction) && (
                <dd data-testid="changed-tender">
                  <strong>
                    This answer changed the tender{c.lot_correction ? ` (${lotName(c.lot_correction.lot_id).replace(' only', '')})` : ''}.
                  </strong>{' '}
                  Bids sent before it must be confirmed or sent again before the deadline.
                </dd>
              )}
            </div>
          ))}
        </dl>
      )}

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
