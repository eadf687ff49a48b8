// Moderation, for the panel's chair: per question, the panel's scores and the
// score the panel agrees with its reason. Flagged questions come first.
import { useState } from 'preact/hooks';
import { put } from '../api.js';
import { PageHeading } from '../components/PageHeading.jsx';
import { Loading } from '../components/Loading.jsx';
import { ErrorPage } from '../components/ErrorMessage.jsx';
import { Explain } from '../components/Explain.jsx';
import { CriterionScores } from '../components/CriterionScores.jsx';
import { ScoreRadios } from '../components/ScoreRadios.jsx';
import { WordCountTextarea } from '../components/WordCountTextarea.jsx';
import { announce } from '../components/Announcer.jsx';
import { useLoad } from '../load.js';
import { bidPath, lotPath } from '../panels.js';
import { explain, sentence } from '../problems.js';
import { Link } from '../router.jsx';
import { useSession } from '../session.js';
import { loadScores } from './PanelScores.jsx';

export function ConsensusForm({ bidId, criterion, scale, onSaved }) {
  const i = criterion.criterion;
  const [score, setScore] = useState(criterion.consensus?.score ?? null);
  const [rationale, setRationale] = useState(criterion.consensus?.rationale ?? '');
  const [errors, setErrors] = useState({});
  const [status, setStatus] = useState(criterion.consensus ? 'saved' : null);
  const [problem, setProblem] = useState(null);

  const save = async (event) => {
    event.preventDefault();
    const found = {};
    if (score === null) found['/score'] = 'Choose the score the panel agreed';
    if (!rationale.trim()) found['/rationale'] = 'Write down why the panel agreed this score';
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) {
      document.getElementById(found['/score'] ? `consensus-${i}-${scale[0].score}` : `rationale-${i}`)?.focus();
      announce(Object.values(found).join('. '));
      return;
    }
    setStatus('saving');
    try {
      await put(`/bids/${bidId}/consensus/${i}`, { score, rationale: rationale.trim() });
      setStatus('saved');
      announce(`Agreed score saved for question ${i + 1}.`);
      onSaved();
    } catch (e) {
      setErrors(Object.fromEntries(Object.entries(e.fieldErrors ?? {}).map(([k, v]) => [k, sentence(v)])));
      setProblem(explain(e));
      setStatus(null);
      announce(`Not saved. ${explain(e)}`);
    }
  };

  return (
    <form onSubmit={save} noValidate class="consensus-form" data-testid={`consensus-form-${i}`}>
      <ScoreRadios
        name={`consensus-${i}`}
        legend={`Agreed score for “${criterion.title}”`}
        scale={scale}
        value={score}
        onChange={(s) => {
          setScore(s);
          setStatus(null);
        }}
        error={errors['/score']}
      />
      <WordCountTextarea
        id={`rationale-${i}`}
        label="Why the panel agreed this score"
        hint="This is kept as the record of the panel’s decision."
        value={rationale}
        onInput={(text) => {
          setRationale(text);
          setStatus(null);
        }}
        error={errors['/rationale']}
        rows={4}
      />
      {problem && (
        <p class="ds_question__error-message" role="alert">
          {problem}
        </p>
      )}
      <div class="ds_button-group form-actions">
        <button type="submit" class="ds_button" disabled={status === 'saving'}>
          Save the agreed score for question {i + 1}
        </button>
        <p class={`save-status save-status--${status === 'saved' ? 'saved' : 'idle'}`} data-testid={`consensus-status-${i}`}>
          {status === 'saved' ? 'Agreed score saved' : status === 'saving' ? 'Saving…' : 'Not saved yet'}
        </p>
      </div>
    </form>
  );
}

export function Moderation({ panel: panelId, bid: bidId }) {
  const { me } = useSession();
  const { data, error, reload } = useLoad(() => loadScores(panelId, bidId), [panelId, bidId]);
  if (error) return <ErrorPage error={error} back={bidPath(panelId, bidId)} backText="Back to the bid" />;
  if (!data) return <Loading what="moderation" />;
  const { panel, bid, scores, evaluation, names, scaleLabel } = data;
  if (!panel.chair)
    return (
      <ErrorPage
        message="Only the panel’s chair records the agreed scores."
        back={lotPath(panelId, bid.lot.id)}
        backText="Back to the bids"
      />
    );

  const rank = (c) => (c.aggregate?.flagged ? (c.consensus ? 1 : 0) : 2);
  const ordered = [...scores.criteria].sort((a, b) => rank(a) - rank(b) || a.criterion - b.criterion);
  const flagged = ordered.filter((c) => c.aggregate?.flagged);
  const others = ordered.filter((c) => !c.aggregate?.flagged);
  const waiting = scores.panellists.filter((p) => !p.conflicted && !p.submitted);
  const block = (c) => (
    <CriterionScores key={c.criterion} criterion={c} names={names} me={me.id} scaleLabel={scaleLabel} headingLevel={3}>
      {scores.ready_for_moderation && (
        <ConsensusForm bidId={bidId} criterion={c} scale={evaluation.scale} onSaved={reload} />
      )}
    </CriterionScores>
  );

  return (
    <>
      <Link href={lotPath(panelId, bid.lot.id)} class="ds_back-link">
        Back to the bids in lot {bid.lot.number}
      </Link>
      <PageHeading caption={bid.consortium.name}>Agree the final scores</PageHeading>
      <p class="ds_leader">
        As chair, you record the score the panel agrees for each question, and why. The agreed score is the one that
        counts.
      </p>
      <Explain term="moderation" question="What is moderation?" />
      {!scores.ready_for_moderation ? (
        <div class="ds_notification-panel ds_notification-panel--neutral" data-testid="not-ready">
          <p>
            Not everyone on the panel has sent their scores yet, so you cannot record agreed scores. Still to send:{' '}
            {waiting.map((p) => p.display_name).join(', ')}.
          </p>
        </div>
      ) : (
        <p data-testid="moderation-summary">
          {scores.flagged_unmoderated === 0
            ? 'Every flagged question has an agreed score.'
            : `${scores.flagged_unmoderated} flagged ${scores.flagged_unmoderated === 1 ? 'question needs' : 'questions need'} an agreed score.`}
          {scores.moderated_weighted_score && ` Overall agreed score: ${scores.moderated_weighted_score}%.`}
        </p>
      )}
      <h2>Flagged questions: agree these first</h2>
      {flagged.length === 0 ? <p>No questions are flagged.</p> : flagged.map(block)}
      <h2>Other questions</h2>
      <p>These scores are close together. You only need to record an agreed score if the panel wants to change one.</p>
      {others.length === 0 ? <p>There are no other questions.</p> : others.map(block)}
    </>
  );
}
