// Evaluation as the commissioner follows it: for every bid, its minimum
// requirements, how many panel members have sent their scores, and the flags
// (scores 2 or more points apart) still waiting for an agreed score. One bid's
// page shows each member's progress, every score with its reason, and the gate
// results with the commissioner's own judgement.
import { useEffect, useState } from 'preact/hooks';
import { ApiError, get, post, put, request } from '../../api.js';
import { linkKindsThirdPerson } from '../../links.js';
import { CriterionScores } from '../../components/CriterionScores.jsx';
import { ConsensusForm } from '../Moderation.jsx';
import { ErrorSummary } from '../../components/ErrorMessage.jsx';
import { announce } from '../../components/Announcer.jsx';
import { Explain } from '../../components/Explain.jsx';
import { Link } from '../../router.jsx';
import { useSession } from '../../session.js';
import { plural } from '../../words.js';
import { Select, TextArea } from './Fields.jsx';
import { TenderFrame } from './TenderFrame.jsx';
import { gateKinds } from './Gates.jsx';
import { download, fieldErrors, formatDate, money, tenderPath, explain } from './tenders.js';
import { KeptNotice, useKept } from './kept.jsx';

const gateWords = { passed: 'All met', excluded: 'Failed a minimum requirement: not scored', pending: 'Waiting for a decision' };
const outcomeWords = { pass: 'Met', fail: 'Not met', clarification_requested: 'Clarification asked for', pending: 'Not decided yet' };

// Every panel's bids with their progress and flags; a stage that has not closed yet has none.
async function loadEvaluation(tender) {
  const [panels, lots] = await Promise.all([
    get(`/tenders/${tender.id}/panels`).then((r) => r.items),
    get(`/tenders/${tender.id}/lots`).then((r) => r.items),
  ]);
  // Lots no panel scores: neither a panel of their own nor one for every other lot.
  const unpanelled = panels.some((p) => !p.lot_id) ? [] : lots.filter((l) => !panels.some((p) => p.lot_id === l.id));
  const out = [];
  for (const panel of panels) {
    let bids = [];
    let sealed = false;
    try {
      bids = (await get(`/panels/${panel.id}/bids`)).items;
    } catch (error) {
      if (!(error instanceof ApiError && error.kind === 'sealed')) throw error;
      sealed = true;
    }
    out.push({ panel, sealed, bids });
  }
  return { panels: out, unpanelled };
}

function BidProgress({ tender, bid }) {
  const flagged = bid.flagged ?? 0;
  const waiting = bid.flagged_unmoderated ?? 0;
  const name = bid.consortium.name;
  return (
    <li class="lot-card" data-testid={`progress-${name}`}>
      <h3 class="lot-card__title ds_h4">{name}</h3>
      <p class="ds_hint-text">
        Lot {bid.lot.number}: {bid.lot.title}
        {bid.consortium.members.length > 1 && ` · a partnership of ${bid.consortium.members.join(', ')}`}
      </p>
      <dl class="ds_summary-list ds_summary-list--no-border">
        <div class="ds_summary-list__item">
          <dt class="ds_summary-list__key">Minimum requirements</dt>
          <dd class="ds_summary-list__value">{gateWords[bid.gates] ?? bid.gates}</dd>
        </div>
        <div class="ds_summary-list__item">
          <dt class="ds_summary-list__key">Scores sent</dt>
          <dd class="ds_summary-list__value" data-testid="sent">
            {bid.scoresheets_submitted} of {plural(bid.unconflicted_panellists, 'panel member')} free of conflicts
          </dd>
        </div>
        <div class="ds_summary-list__item">
          <dt class="ds_summary-list__key">Flags</dt>
          <dd class="ds_summary-list__value" data-testid="flags">
            {flagged === 0 ? (
              'None'
            ) : (
              <>
                <strong class="ds_tag ds_tag--red">{plural(flagged, 'question')} flagged</strong>{' '}
                {waiting === 0
                  ? 'All have an agreed score.'
                  : `${waiting} still ${waiting === 1 ? 'needs' : 'need'} an agreed score${bid.ready_for_moderation ? ': every score is in, ready for moderation.' : ', once every score is in.'}`}
              </>
            )}
          </dd>
        </div>
      </dl>
      {bid.pre_flags_uncleared > 0 && (
        <p class="pre-flag-waiting" data-testid="pre-flags-waiting">
          <strong class="ds_tag ds_tag--orange">Needs your decision</strong>{' '}
          <Link href={tenderPath(tender.id, `bids/${bid.bid_id}`)}>
            {bid.pre_flags_uncleared === 1
              ? '1 panel member’s link to this bid’s organisations needs your decision'
              : `${bid.pre_flags_uncleared} panel members’ links to this bid’s organisations need your decision`}
            <span class="visually-hidden"> ({name})</span>
          </Link>
        </p>
      )}
      {bid.warnings.includes('fewer_than_two_unconflicted_panellists') && (
        <p class="ds_question__error-message">Fewer than two panel members are free of conflicts for this bid.</p>
      )}
      <div class="bid-card__actions">
        <Link href={tenderPath(tender.id, `bids/${bid.bid_id}`)}>
          Scores and requirements<span class="visually-hidden"> for {name}</span>
        </Link>
        <Link href={tenderPath(tender.id, `bids/${bid.bid_id}/feedback`)}>
          Feedback<span class="visually-hidden"> for {name}</span>
        </Link>
      </div>
    </li>
  );
}

function EvaluationList({ tender, panels, unpanelled }) {
  if (panels.length === 0)
    return (
      <p>
        No panels yet. <Link href={tenderPath(tender.id, 'panels/new')}>Form a panel</Link> to evaluate the bids.
      </p>
    );
  return (
    <>
      {unpanelled.length > 0 && (
        <div class="ds_inset-text" data-testid="unpanelled">
          <p class="ds_inset-text__text">
            No panel scores {unpanelled.map((l) => `lot ${l.number}`).join(', ')} yet.{' '}
            <Link href={tenderPath(tender.id, 'panels/new')}>Form a panel</Link> so its bids are scored.
          </p>
        </div>
      )}
      <Explain term="flag" question="What is a flag?" />
      {panels.map(({ panel, sealed, bids }) => (
        <section key={panel.id} aria-labelledby={`panel-${panel.id}`} class="panel-section">
          <h2 id={`panel-${panel.id}`}>{panel.name}</h2>
          {sealed ? (
            <p>The bids stay sealed until the stage’s deadline has passed and the stage is closed.</p>
          ) : bids.length === 0 ? (
            <p>There are no bids for this panel.</p>
          ) : (
            <ul class="lot-list">
              {bids.map((b) => (
                <BidProgress key={b.bid_id} tender={tender} bid={b} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}

export function Evaluation({ tender }) {
  return (
    <TenderFrame id={tender} page="evaluation" heading="Evaluation and feedback" load={loadEvaluation}
      render={(t, _reload, x) => <EvaluationList tender={t} panels={x.panels} unpanelled={x.unpanelled} />} />
  );
}

// ---------- One bid ----------

function GateJudgement({ bidId, result, onSaved }) {
  const [outcome, setOutcome] = useState(result.outcome === 'pending' ? 'pass' : result.outcome);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  const id = `gate-${result.gate}`;
  const save = async (event) => {
    event.preventDefault();
    if (!reason.trim()) {
      setErrors({ [`${id}-reason`]: 'Write the reason for your decision. The bidder will read it.' });
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    try {
      await put(`/bids/${bidId}/gate-results/${result.gate}`, { outcome, reason: reason.trim() });
      announce(`Decision saved for requirement ${result.gate + 1}.`);
      setErrors({});
      setProblem(null);
      setReason('');
      onSaved();
    } catch (error) {
      const found = fieldErrors(error, ['outcome', 'reason']);
      setErrors(Object.fromEntries(Object.entries(found).map(([k, v]) => [`${id}-${k}`, v])));
      setProblem(explain(error));
    }
  };
  return (
    <details class="ds_details">
      <summary class="ds_details__summary">Decide requirement {result.gate + 1} yourself</summary>
      <form class="ds_details__text" onSubmit={save} noValidate>
        {problem && <p class="ds_question__error-message" role="alert">{problem}</p>}
        <Select id={`${id}-outcome`} label="Your decision" value={outcome} onChange={setOutcome}
          options={[['pass', 'Met'], ['fail', 'Not met'], ['clarification_requested', 'Ask the bidder to clarify']]} />
        <TextArea id={`${id}-reason`} label="Why" hint="The bidder reads this reason." value={reason} onInput={setReason}
          error={errors[`${id}-reason`]} rows={3} />
        <button type="submit" class="ds_button ds_button--secondary">
          Save the decision on requirement {result.gate + 1}
        </button>
      </form>
    </details>
  );
}

// A bidder's declaration for a gate in plain words: amounts in pounds, yes or no, dates.
function declared(evaluation, gate) {
  const d = evaluation?.gates?.find((g) => g.gate === gate)?.declaration;
  if (!d || typeof d !== 'object') return null;
  const value = (key, v) => {
    if (typeof v === 'boolean') return v ? 'yes' : 'no';
    if (key.endsWith('_pence') && typeof v === 'number') return money(v);
    if (key.endsWith('_at') && typeof v === 'string') return formatDate(v);
    if (v && typeof v === 'object') return Object.entries(v).map(([k, x]) => `${k.replace(/_/g, ' ')} ${x}`).join(', ');
    return String(v);
  };
  const name = (key) => key.replace(/_pence$/, '').replace(/_at$/, '').replace(/_/g, ' ');
  const parts = Object.entries(d).map(([k, v]) => `${name(k)}: ${value(k, v)}`);
  return parts.length ? `${parts.join('; ')}.` : null;
}

// The documents submitted with the bid, evaluators-only ones included, saved from a Blob.
function BidDocuments({ bidId, documents }) {
  const [problem, setProblem] = useState(null);
  if (documents.length === 0) return <p>No documents were submitted with this bid.</p>;
  return (
    <>
      {problem && <p class="ds_question__error-message" role="alert">{problem}</p>}
      <ul class="download-list" data-testid="documents">
        {documents.map((d) => (
          <li key={d.id}>
            <button type="button" class="link-button"
              onClick={() => {
                setProblem(null);
                download(`/bids/${bidId}/evaluation/documents/${d.id}`, d.filename).then(
                  () => announce(`${d.filename} downloaded.`),
                  (e) => setProblem(explain(e)),
                );
              }}>
              Download {d.filename}
            </button>
            {d.visibility === 'evaluators_only' && <span class="ds_hint-text"> (for evaluators only)</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

// Until every question has an agreed score, the overall score is the panel's average: say so.
function agreedSoFar(scores) {
  const agreed = scores.criteria.filter((c) => c.consensus).length;
  if (agreed === 0) return 'No agreed score has been recorded yet.';
  return `Agreed scores are recorded for ${agreed} of ${plural(scores.criteria.length, 'question')}; the overall agreed score is worked out once every question has one.`;
}

function BidDetail({ tender, bidId, data, reload }) {
  const { me } = useSession();
  const { scores, gates } = data;
  const names = Object.fromEntries(scores.panellists.map((p) => [p.user_id, p.display_name]));
  const scaleLabel = (score) => tender.scoring_scale.find((p) => p.score === score)?.label ?? '';
  const count = scores.criteria.length;
  const state = (p) =>
    p.conflicted ? 'Declared a conflict of interest: not scoring'
      : p.submitted ? 'Sent their scores'
        : !p.declared ? 'Has not answered the conflict question yet'
          : `Scoring: ${p.criteria_scored ?? 0} of ${count} ${count === 1 ? 'question' : 'questions'} scored, not sent yet`;
  return (
    <>
      <p class="ds_leader" data-testid="bid-lot">Lot {scores.lot.number}: {scores.lot.title}</p>
      <h2>Panel members</h2>
      <ul class="member-progress" data-testid="member-progress">
        {scores.panellists.map((p) => (
          <li key={p.user_id}>
            <strong>{p.display_name}</strong>
            {p.chair && ' (chair)'}: {state(p)}
            {p.conflict_description && <span class="ds_hint-text"> – {p.conflict_description}</span>}
            {p.pre_flag && <PreFlag bidId={bidId} member={p} flag={p.pre_flag} onCleared={reload} />}
          </li>
        ))}
      </ul>
      <p data-testid="weighted">
        {scores.moderated_weighted_score
          ? `Overall agreed score: ${scores.moderated_weighted_score}%.`
          : scores.panel_weighted_score
            ? `Overall score from the panel’s average scores: ${scores.panel_weighted_score}%. ${agreedSoFar(scores)}`
            : 'No overall score yet.'}
      </p>
      <h2>Minimum requirements</h2>
      {!gates ? (
        <p>The requirements are checked when the stage closes.</p>
      ) : (
        <ul class="lot-list">
          {gates.results.map((r) => (
            <li class="lot-card" key={r.gate} data-testid={`gate-result-${r.gate}`}>
              <h3 class="lot-card__title ds_h4">
                Requirement {r.gate + 1}: {gateKinds[data.kinds[r.gate]] ?? data.kinds[r.gate]}
              </h3>
              <p>
                <strong>{outcomeWords[r.outcome] ?? r.outcome}.</strong> {r.reason}
                {r.decided_by && ' (decided by the commissioner)'}
              </p>
              {declared(data.evaluation, r.gate) && (
                <p data-testid="declaration">
                  <strong>What the bidder declared:</strong> {declared(data.evaluation, r.gate)}
                </p>
              )}
              <GateJudgement bidId={bidId} result={r} onSaved={reload} />
            </li>
          ))}
        </ul>
      )}
      <h2>Documents</h2>
      <BidDocuments bidId={bidId} documents={data.evaluation.documents ?? []} />
      <h2>Scores</h2>
      <p>
        {scores.ready_for_moderation
          ? 'Everyone has sent their scores. Usually the panel’s chair records the agreed score for each flagged question; you can record it too.'
          : 'Agreed scores can be recorded once every panel member free of conflicts has sent their scores.'}
      </p>
      {scores.criteria.map((c) => {
        const answer = data.evaluation.criteria.find((x) => x.criterion === c.criterion);
        return (
          <CriterionScores key={c.criterion} criterion={c} names={names} me={me.id} scaleLabel={scaleLabel} headingLevel={3}>
            {scores.ready_for_moderation && (c.aggregate?.flagged || c.consensus) && (
              <ConsensusForm bidId={bidId} criterion={c} scale={tender.scoring_scale} onSaved={reload} />
            )}
            {answer && (
              <details class="ds_details">
                <summary class="ds_details__summary">
                  Read the bid’s answer<span class="visually-hidden"> to “{c.title}”</span> ({plural(answer.words, 'word')})
                </summary>
                <div class="ds_details__text bid-response">
                  {answer.response.split(/\n\s*\n/).map((para, i) => (
                    <p key={i}>{para}</p>
                  ))}
                </div>
              </details>
            )}
          </CriterionScores>
        );
      })}
      <p>
        <Link href={tenderPath(tender.id, `bids/${bidId}/feedback`)}>Write the feedback for this bid</Link>
      </p>
    </>
  );
}

export function BidEvaluation({ tender, bid }) {
  return (
    <TenderFrame id={tender} page="evaluation" deps={[bid]}
      heading={(_t, x) => `Scores: ${x.name}`}
      load={async (t) => {
        const [evaluation, scores, gateResults, gates] = await Promise.all([
          // The submission itself: each answer beside its scores, the declarations, the documents.
          get(`/bids/${bid}/evaluation`),
          get(`/bids/${bid}/scores`),
          get(`/tenders/${t.id}/gate-results`).catch(() => null),
          get(`/tenders/${t.id}/gates`),
        ]);
        return {
          name: scores.consortium.name,
          evaluation,
          scores,
          gates: gateResults?.items.find((g) => g.bid_id === bid) ?? null,
          kinds: gates.gates.map((g) => g.kind),
        };
      }}
      render={(t, reload, data) => <BidDetail tender={t} bidId={bid} data={data} reload={reload} />} />
  );
}

// Withdrawing a clearance, refused: in the commissioner's words.
const withdrawRefusals = {
  'panellist-answered': (name) =>
    `${name} has already answered the conflict question for this bid, relying on your clearance, so it can no longer be withdrawn.`,
  'not-cleared': (name) => `There is no clearance to withdraw for ${name} now.`,
};

// A clearance made in error, taken back while the panel member has not yet answered
// the conflict question: asked first, in words, then the flag stands again.
function WithdrawClearance({ bidId, member, onWithdrawn, onRefused }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const id = `withdraw-${member.user_id}`;
  const withdraw = async () => {
    setBusy(true);
    try {
      await request('DELETE', `/bids/${bidId}/conflict-flags/${member.user_id}/clearance`);
      setAsking(false);
      announce(`The clearance for ${member.display_name} is withdrawn. Their link is flagged again.`);
      onWithdrawn();
    } catch (e) {
      setAsking(false);
      const refused = e instanceof ApiError ? withdrawRefusals[e.kind] : null;
      onRefused(refused ? `${refused(member.display_name)} The page now shows the latest.` : explain(e), Boolean(refused));
    } finally {
      setBusy(false);
    }
  };
  if (!asking)
    return (
      <>
        <p class="ds_hint-text">
          If you cleared this flag by mistake, you can withdraw the clearance until {member.display_name} answers the
          conflict question for this bid.
        </p>
        <button type="button" class="ds_button ds_button--secondary ds_button--small" id={`${id}-start`}
          onClick={() => {
            setAsking(true);
            requestAnimationFrame(() => document.getElementById(`${id}-yes`)?.focus());
          }}>
          Withdraw this clearance<span class="visually-hidden"> for {member.display_name}</span>
        </button>
      </>
    );
  return (
    <div class="pre-flag__confirm" role="group" aria-labelledby={`${id}-ask`} data-testid="withdraw-confirm">
      <p id={`${id}-ask`}>
        <strong>Are you sure you want to withdraw this clearance?</strong> {member.display_name} will again not be able
        to say they have no conflict with this bid: they will have to declare the conflict, or wait until you clear the
        flag again. The clearance and its reason stay in the tender’s records.
      </p>
      <div class="ds_button-group">
        <button type="button" class="ds_button ds_button--small" id={`${id}-yes`} disabled={busy} onClick={withdraw}>
          {busy ? 'Withdrawing…' : 'Yes, withdraw the clearance'}
        </button>
        <button type="button" class="ds_button ds_button--secondary ds_button--small" disabled={busy}
          onClick={() => {
            setAsking(false);
            requestAnimationFrame(() => document.getElementById(`${id}-start`)?.focus());
          }}>
          No, keep it
        </button>
      </div>
    </div>
  );
}

// A panel member's links to the bid's organisations, told us ahead of time: they
// cannot say "no conflict" until the commissioner clears the flag with a reason.
// A clearance can be withdrawn until the member answers the conflict question.
function PreFlag({ bidId, member, flag, onCleared }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState(null);
  const [problem, setProblem] = useState(null);
  const [withdrawn, setWithdrawn] = useState(false);
  const id = `clear-${member.user_id}`;
  // Once the page shows the flag standing again, the reason box takes the focus.
  useEffect(() => {
    if (!withdrawn || flag.cleared) return;
    setWithdrawn(false);
    document.getElementById(`${id}-reason`)?.focus();
  }, [withdrawn, flag.cleared]);
  const clear = async (event) => {
    event.preventDefault();
    setProblem(null);
    if (!reason.trim()) {
      setError('Write why this link does not stop them scoring. It is kept in the tender’s records.');
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    try {
      await post(`/bids/${bidId}/conflict-flags/${member.user_id}/clearance`, { reason: reason.trim() });
      setError(null);
      setReason('');
      announce(`The flag for ${member.display_name} is cleared.`);
      onCleared();
    } catch (e) {
      if (e instanceof ApiError && e.kind === 'not-flagged') {
        setProblem('There is no flag to clear for this person now. The page shows the latest.');
        onCleared();
        return;
      }
      setError(fieldErrors(e, ['reason']).reason ?? null);
      setProblem(explain(e));
    }
  };
  return (
    <div class="pre-flag" data-testid={`pre-flag-${member.display_name}`}>
      <p>
        <strong class={`ds_tag ${flag.cleared ? 'ds_tag--green' : 'ds_tag--orange'}`}>
          {flag.cleared ? 'Flag cleared' : 'Flagged: a link told us beforehand'}
        </strong>
      </p>
      <ul>
        {flag.links.map((l) => (
          <li key={l.organisation_id}>
            {member.display_name} {linkKindsThirdPerson[l.kind] ?? l.kind}: <strong>{l.organisation}</strong>
            {l.note && <> (“{l.note}”)</>}
          </li>
        ))}
      </ul>
      {flag.cleared ? (
        <>
          <p data-testid="clearance">
            Cleared{flag.cleared_by ? ` by ${flag.cleared_by.display_name}` : ''}
            {flag.cleared_at ? ` on ${formatDate(flag.cleared_at)}` : ''}: {flag.clearance_reason}
          </p>
          {problem && (
            <p class="ds_question__error-message" role="alert" id={`${id}-problem`} tabIndex={-1}>
              {problem}
            </p>
          )}
          {member.declared && !problem && (
            <p class="ds_hint-text" data-testid="clearance-final">
              {member.display_name} has answered the conflict question, so this clearance can no longer be withdrawn.
            </p>
          )}
          {!member.declared && (
            <WithdrawClearance bidId={bidId} member={member}
              onWithdrawn={() => {
                setProblem(null);
                setWithdrawn(true);
                onCleared();
              }}
              onRefused={(words, stale) => {
                setProblem(words);
                requestAnimationFrame(() => document.getElementById(`${id}-problem`)?.focus());
                if (stale) onCleared();
              }} />
          )}
        </>
      ) : (
        <form onSubmit={clear} noValidate>
          <p class="ds_hint-text">
            They cannot say they have no conflict with this bid until you clear this flag. They can still declare the
            conflict themselves.
          </p>
          {problem && <p class="ds_question__error-message" role="alert">{problem}</p>}
          <TextArea id={`${id}-reason`} label={`Why ${member.display_name}’s link does not stop them scoring`} rows={3}
            hint="Kept in the tender’s records, and shown to the panel member." value={reason} onInput={setReason}
            error={error} />
          <button type="submit" class="ds_button ds_button--secondary ds_button--small">
            Clear this flag<span class="visually-hidden"> for {member.display_name}</span>
          </button>
        </form>
      )}
    </div>
  );
}

// ---------- Feedback ----------

function FeedbackForm({ tender, bidId, feedback, lots, onSaved }) {
  const [draft, setDraft, kept] = useKept(`feedback.${bidId}`, () => ({
    text: feedback.text ?? '', lot: feedback.suggested_lot_id ?? '', advice: feedback.advice.map((a) => a.text ?? ''),
  }));
  const { text, lot, advice } = draft;
  const setText = (v) => setDraft({ ...draft, text: v });
  const setLot = (v) => setDraft({ ...draft, lot: v });
  const setAdvice = (v) => setDraft({ ...draft, advice: v });
  const [errors, setErrors] = useState({});
  const [summary, setSummary] = useState([]);
  const [failure, setFailure] = useState(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const released = feedback.released;
  const ids = ['text', 'suggested_lot_id', 'advice', ...feedback.advice.map((_, i) => `advice-${i}-text`)];

  const submit = async (event) => {
    event.preventDefault();
    if (!text.trim()) {
      setErrors({ text: 'Write a summary of the feedback for the bidder.' });
      setSummary([{ href: '#text', text: 'Write a summary of the feedback for the bidder.' }]);
      setFailure(null);
      requestAnimationFrame(() => document.querySelector('.ds_error-summary')?.focus());
      return;
    }
    setBusy(true);
    try {
      await put(`/bids/${bidId}/feedback`, {
        text: text.trim(),
        suggested_lot_id: lot || null,
        advice: feedback.advice.map((a, i) => ({ criterion: a.criterion, text: (advice[i] ?? '').trim() })),
      });
      kept.forget();
      setErrors({});
      setSummary([]);
      setFailure(null);
      setSaved(true);
      announce('The feedback is saved.');
      onSaved();
    } catch (error) {
      const found = fieldErrors(error, ids);
      setErrors(found);
      setFailure(explain(error));
      setSummary(Object.entries(found).map(([id, t]) => ({ href: `#${id}`, text: t })));
      requestAnimationFrame(() => document.querySelector('.ds_error-summary')?.focus());
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p class="ds_leader" data-testid="bid-lot">Lot {feedback.lot.number}: {feedback.lot.title}</p>
      <ErrorSummary message={failure} errors={summary} />
      {!released && <KeptNotice kept={kept} />}
      {released ? (
        <div class="ds_inset-text" data-testid="released">
          <p class="ds_inset-text__text">This feedback has been released to the bidder, so it can no longer change.</p>
        </div>
      ) : (
        <p>
          The bidder reads this after you release feedback on the tender’s overview page. It starts from the panel’s
          advice; panel members’ names and individual scores are never shown to bidders.
        </p>
      )}
      {feedback.gates.some((g) => g.outcome !== 'pass') && (
        <div class="ds_inset-text">
          <p class="ds_inset-text__text">
            The bidder is also told which minimum requirement was not met, and why:{' '}
            {feedback.gates.filter((g) => g.outcome !== 'pass').map((g) => g.reason).join(' ')}
          </p>
        </div>
      )}
      <form onSubmit={submit} noValidate data-testid="feedback-form">
        <fieldset disabled={released}>
          <legend class="visually-hidden">Feedback</legend>
          <TextArea id="text" label="Summary for the bidder" rows={5} value={text}
            onInput={(v) => { setText(v); setSaved(false); }} error={errors.text} />
          <Select id="suggested_lot_id" label="Suggest the bidder looks for partners for a lot (optional)"
            hint="For example when a single bidder would be stronger in a partnership." value={lot} onChange={setLot}
            error={errors.suggested_lot_id}
            options={[['', 'No suggestion'], ...lots.filter((l) => !l.cancellation).map((l) => [l.id, `Lot ${l.number}: ${l.title}`])]} />
          <h2>Advice on each question</h2>
          {feedback.advice.map((a, i) => (
            <TextArea key={a.criterion} id={`advice-${i}-text`} label={`${a.criterion + 1}. ${a.title}`} rows={4}
              hint={feedback.scores?.[i]?.score != null ? `Agreed score: ${feedback.scores[i].score}` : undefined}
              value={advice[i]} error={errors[`advice-${i}-text`]}
              onInput={(v) => { setAdvice(advice.map((x, j) => (j === i ? v : x))); setSaved(false); }} />
          ))}
          <div class="ds_button-group form-actions">
            <button type="submit" class="ds_button" disabled={busy}>
              Save the feedback
            </button>
            {saved && <p class="save-status save-status--saved" data-testid="feedback-saved">Saved</p>}
          </div>
        </fieldset>
      </form>
    </>
  );
}

export function Feedback({ tender, bid }) {
  return (
    <TenderFrame id={tender} page="evaluation" deps={[bid]} heading={(_t, x) => `Feedback: ${x.name}`}
      load={async (t) => {
        const [feedback, lots] = await Promise.all([get(`/bids/${bid}/feedback`), get(`/tenders/${t.id}/lots`)]);
        return { feedback, lots: lots.items, name: feedback.consortium.name };
      }}
      render={(t, reload, x) => <FeedbackForm tender={t} bidId={bid} feedback={x.feedback} lots={x.lots} onSaved={reload} />} />
  );
}
