// The parts of a published notice that read the same for everyone, signed in or
// not: what the tender is, its timetable, lots, what bids are scored on, the minimum
// requirements, the documents a bid needs, the answers published for everyone and the
// information sessions. The provider's tender page (Opportunity.jsx) adds its actions
// around them; the public notice (screens/public/Notice.jsx) shows them as they are.
import { Term } from '../../components/Term.jsx';
import { Explain } from '../../components/Explain.jsx';
import { timeLeft } from '../../words.js';
import { day, gateWords, money, tenderStatus, when, years } from './work.js';

// "Lot 1", or "One lot" when the lot is not among those published.
export function lotLabel(lots, id) {
  const lot = lots.find((l) => l.id === id);
  return lot ? `Lot ${lot.number}` : 'One lot';
}

export function CriteriaList({ criteria, testId }) {
  return (
    <ol class="criteria-list" data-testid={testId}>
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

// Under the page heading: where the tender stands, what it is, the buyer and its size.
// `pin` is what an early notice lets the reader do already.
export function NoticeIntro({ tender: t, buyer, pin }) {
  const [label, colour] = tenderStatus(t.status);
  return (
    <>
      <p>
        <strong class={`ds_tag ${colour}`} data-testid="tender-status">{label}</strong>
      </p>
      {t.status === 'pin_published' && (
        <div class="ds_inset-text">
          <p class="ds_inset-text__text">
            This is an <Term name="pin">early notice (PIN)</Term>: the tender is not open for bids yet. {pin}
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
    </>
  );
}

// items: [[id, text], …], the page's sections in order.
export function ContentsNav({ items }) {
  return (
    <nav class="contents-nav" aria-label="On this page">
      <h2 class="contents-nav__title">On this page</h2>
      <ul class="contents-nav__list">
        {items.map(([id, text]) => (
          <li key={id}>
            <a href={`#${id}`}>{text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

// What the service should achieve, and whether partnership bids are welcome.
export function Aims({ tender: t }) {
  return (
    <>
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
    </>
  );
}

export function Timetable({ timetable = {} }) {
  return (
    <>
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
    </>
  );
}

// One lot as everyone reads it: cancelled or not, what it is, its value and length,
// its outcomes and any questions of its own. The caller puts it in a card with its title.
export function LotDetails({ lot }) {
  return (
    <>
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
    </>
  );
}

export function ScoredOn({ criteria, lots }) {
  return (
    <>
      <h2 id="criteria" tabIndex={-1}>What bids are scored on</h2>
      {criteria.length === 0 ? (
        <p>The questions have not been published yet.</p>
      ) : (
        <>
          <p>
            The panel scores your answer to each question. The weight says how much each one counts towards the total.
            {lots.some((l) => l.criteria) ? ' Lots with questions of their own show them under the lot.' : ''}
          </p>
          <CriteriaList criteria={criteria} testId="criteria" />
        </>
      )}
    </>
  );
}

export function Requirements({ gates, lots }) {
  return (
    <>
      <h2 id="requirements" tabIndex={-1}>Minimum requirements</h2>
      <p>
        Every bid must meet these <Term name="gate">minimum requirements</Term>. A bid that does not meet one is not
        scored.
      </p>
      {gates.length === 0 ? (
        <p>None have been published yet.</p>
      ) : (
        <ul class="requirements-list" data-testid="requirements">
          {gates.map((g, i) => {
            const [title, words] = gateWords(g);
            return (
              <li key={i}>
                <strong>{title}</strong>
                {g.lot_id ? ` (${lotLabel(lots, g.lot_id)} only)` : ''}: {words}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

export function RequiredDocuments({ documents }) {
  return (
    <>
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
    </>
  );
}

// The questions the commissioner answered for everyone, without who asked. The caller
// gives the section its heading.
export function PublishedAnswers({ clarifications, lots }) {
  const published = clarifications.filter((c) => c.published && c.answer);
  return (
    <>
      <p>
        <Term name="clarification">Clarifications</Term> the commissioner has published for every provider.
      </p>
      {published.length === 0 ? (
        <p>No answers have been published yet.</p>
      ) : (
        <dl class="clarifications" data-testid="public-answers">
          {published.map((c) => (
            <div key={c.id} class="clarification" id={`clarification-${c.id}`} tabIndex={-1}>
              <dt>
                <strong>Question:</strong> {c.published_question ?? c.question}
                {c.lot_id ? ` (${lotLabel(lots, c.lot_id)})` : ''}
              </dt>
              <dd>
                <strong>Answer:</strong> {c.answer}
              </dd>
              {(c.changes_tender_documents || c.lot_correction) && (
                <dd data-testid="changed-tender">
                  <strong>
                    This answer changed the tender{c.lot_correction ? ` (${lotLabel(lots, c.lot_correction.lot_id)})` : ''}.
                  </strong>{' '}
                  Bids sent before it must be confirmed or sent again before the deadline.
                </dd>
              )}
            </div>
          ))}
        </dl>
      )}
    </>
  );
}

// An information session's facts: when it ends, where, online or not, and seats.
export function SessionFacts({ session: s }) {
  return (
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
  );
}
