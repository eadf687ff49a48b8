// The ethical commissioning checklist: eight elements scored 0 to 2 with
// comments, saved in versions, and every earlier version kept.
import { useState } from 'preact/hooks';
import { get, request } from '../../api.js';
import { ErrorSummary } from '../../components/ErrorMessage.jsx';
import { announce } from '../../components/Announcer.jsx';
import { TextArea } from './Fields.jsx';
import { TenderFrame } from './TenderFrame.jsx';
import { formatDate, ifMatch, useProblems } from './tenders.js';

export const elements = [
  ['person_centred', 'Person-centred commissioning'],
  ['effective', 'Effective: quality, values and outcomes, not price'],
  ['ethical', 'Ethical: a well-regarded, rewarded and supported workforce'],
  ['sustainable', 'Sustainable: financial transparency, viability and reinvestment'],
  ['participation', 'Participation in all stages'],
  ['relationships', 'Investment in relationships and capacity'],
  ['learning_innovation', 'Commissioning for learning and innovation'],
  ['mutual_accountability', 'Mutual accountability with proportionate monitoring'],
];
const scores = [
  [2, '2 – good, consistent evidence'],
  [1, '1 – mixed or patchy evidence'],
  [0, '0 – cannot evidence this'],
];

function ChecklistForm({ tender, checklist, history, onSaved }) {
  const saved = Object.fromEntries(checklist.elements.map((e) => [e.key, e]));
  const [values, setValues] = useState(() =>
    Object.fromEntries(elements.map(([key]) => [key, { score: saved[key]?.score ?? null, comments: saved[key]?.comments ?? '' }])));
  const problems = useProblems();
  const { errors } = problems;
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const ids = ['elements', ...elements.flatMap((_, i) => [`elements-${i}-score`, `elements-${i}-comments`])];
  const set = (key, field) => (value) => {
    setValues({ ...values, [key]: { ...values[key], [field]: value } });
    setDone(false);
  };
  const total = Object.values(values).reduce((sum, v) => sum + (v.score ?? 0), 0);

  const submit = async (event) => {
    event.preventDefault();
    const local = {};
    elements.forEach(([key, name], i) => {
      if (values[key].score === null) local[`elements-${i}-score`] = `Choose a score for “${name}”.`;
    });
    if (Object.keys(local).length > 0) return problems.show(local, null, ids);
    setBusy(true);
    try {
      await request('PUT', `/tenders/${tender.id}/checklist`, {
        elements: elements.map(([key]) => ({ key, score: values[key].score, comments: values[key].comments.trim() })),
      }, ifMatch(checklist.version));
      problems.clear();
      setDone(true);
      announce('The checklist is saved as a new version.');
      onSaved();
    } catch (error) {
      problems.fail(error, ids);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary message={problems.failure} errors={problems.summary} />
      <p>
        Score how well this tender meets each element of ethical commissioning. Each save is kept as a version, so you
        can see how it changed. Anyone can read the current checklist once the notice is published.
      </p>
      <p data-testid="checklist-version">
        {checklist.version === 0
          ? 'Not saved yet.'
          : `Version ${checklist.version}, saved ${formatDate(checklist.edited_at)}: ${checklist.total} of ${checklist.maximum}.`}
      </p>
      <form onSubmit={submit} noValidate data-testid="checklist-form">
        {elements.map(([key, name], i) => {
          const error = errors[`elements-${i}-score`];
          return (
            <fieldset class="criterion-fieldset" key={key} data-testid={`element-${key}`}>
              <legend class="ds_label">{name}</legend>
              <div class={`ds_question${error ? ' ds_question--error' : ''}`}>
                {error && (
                  <p class="ds_question__error-message" id={`elements-${i}-score-error`}>
                    {error}
                  </p>
                )}
                <div class="ds_field-group" role="radiogroup" aria-label={`Score for ${name}`}
                  aria-describedby={error ? `elements-${i}-score-error` : undefined}>
                  {scores.map(([score, label]) => (
                    <div class="ds_radio ds_radio--small" key={score}>
                      <input class="ds_radio__input" type="radio" name={`score-${key}`}
                        id={score === 2 ? `elements-${i}-score` : `elements-${i}-score-${score}`} value={score}
                        checked={values[key].score === score} onChange={() => set(key, 'score')(score)} />
                      <label class="ds_radio__label" for={score === 2 ? `elements-${i}-score` : `elements-${i}-score-${score}`}>
                        {label}
                      </label>
                    </div>
                  ))}
                </div>
              </div>
              <TextArea id={`elements-${i}-comments`} label={`Comments on “${name}”`} rows={3}
                value={values[key].comments} onInput={set(key, 'comments')} error={errors[`elements-${i}-comments`]} />
            </fieldset>
          );
        })}
        <p class="weight-total" data-testid="checklist-total">
          Total: {total} of {elements.length * 2}
        </p>
        <div class="ds_button-group form-actions">
          <button type="submit" class="ds_button" disabled={busy}>
            Save the checklist
          </button>
          {done && <p class="save-status save-status--saved" data-testid="checklist-saved">Saved</p>}
        </div>
      </form>
      <h2>Earlier versions</h2>
      {history.length === 0 ? (
        <p>No versions yet.</p>
      ) : (
        <ul class="member-progress" data-testid="checklist-history">
          {history.map((h) => (
            <li key={h.version}>
              <details class="ds_details">
                <summary class="ds_details__summary">
                  Version {h.version}: {h.total} of {h.maximum}, saved {formatDate(h.edited_at)}
                </summary>
                <div class="ds_details__text">
                  <ul>
                    {h.elements.map((e) => (
                      <li key={e.key}>
                        {elements.find(([k]) => k === e.key)?.[1] ?? e.key}: {e.score}
                        {e.comments && ` – ${e.comments}`}
                      </li>
                    ))}
                  </ul>
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function Checklist({ tender }) {
  return (
    <TenderFrame id={tender} page="checklist" heading="Ethical commissioning checklist"
      load={async (t) => {
        const [checklist, history] = await Promise.all([
          get(`/tenders/${t.id}/checklist`),
          get(`/tenders/${t.id}/checklist/history`),
        ]);
        return { checklist, history: history.items };
      }}
      render={(t, reload, x) => <ChecklistForm tender={t} checklist={x.checklist} history={x.history} onSaved={reload} />} />
  );
}
