// Clarification questions from providers: answer each one, privately to the
// asker or published to everyone in anonymised words.
import { useState } from 'preact/hooks';
import { get, post } from '../../api.js';
import { announce } from '../../components/Announcer.jsx';
import { explain } from '../../problems.js';
import { Checkbox, TextArea } from './Fields.jsx';
import { TenderFrame } from './TenderFrame.jsx';
import { fieldErrors, formatDate } from './tenders.js';

function AnswerForm({ tender, question, onSaved }) {
  const answered = question.answer !== null;
  const [answer, setAnswer] = useState('');
  const [publish, setPublish] = useState(true);
  const [wording, setWording] = useState(question.question);
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  const id = `q-${question.id}`;

  const submit = async (event) => {
    event.preventDefault();
    if (!answered && !answer.trim()) {
      setErrors({ answer: 'Write your answer.' });
      document.getElementById(`${id}-answer`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const base = `/tenders/${tender.id}/clarifications/${question.id}`;
      if (answered) await post(`${base}/publish`, { published_question: wording.trim() });
      else
        await post(`${base}/answer`, {
          answer: answer.trim(),
          publish,
          ...(publish ? { published_question: wording.trim() } : {}),
        });
      announce(publish || answered ? 'Answer published to everyone.' : 'Answer sent to the asker.');
      setErrors({});
      setProblem(null);
      onSaved();
    } catch (error) {
      setErrors(fieldErrors(error, ['answer', 'published_question']));
      setProblem(explain(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid={`answer-${question.id}`}>
      {problem && <p class="ds_question__error-message" role="alert">{problem}</p>}
      {!answered && (
        <>
          <TextArea id={`${id}-answer`} label="Your answer" value={answer} onInput={setAnswer} error={errors.answer} />
          <Checkbox id={`${id}-publish`} label="Publish the question and answer to everyone"
            hint="Published questions are anonymised: nobody sees who asked." checked={publish} onChange={setPublish} />
        </>
      )}
      {(publish || answered) && (
        <TextArea id={`${id}-wording`} label="The question as everyone will read it"
          hint="Take out anything that shows who asked." rows={3} value={wording} onInput={setWording}
          error={errors.published_question} />
      )}
      <button type="submit" class="ds_button" disabled={busy}>
        {answered ? 'Publish this question and answer' : publish ? 'Answer and publish' : 'Answer the asker only'}
      </button>
    </form>
  );
}

function ClarificationList({ tender, items, reload }) {
  if (items.length === 0) return <p data-testid="no-questions">No questions have been asked yet.</p>;
  const waiting = items.filter((q) => q.answer === null || !q.published);
  return (
    <>
      <p>
        {waiting.length === 0 ? 'Every question is answered and published.' : `${waiting.length} ${waiting.length === 1 ? 'question needs' : 'questions need'} an answer or publishing.`}
      </p>
      <ul class="lot-list">
        {items.map((q) => (
          <li class="lot-card" key={q.id} data-testid={`question-${q.id}`}>
            <h2 class="lot-card__title ds_h4">{q.question}</h2>
            <p class="ds_hint-text">
              Asked by {q.asked_by_organisation_name ?? 'a provider'} on {formatDate(q.asked_at)}
            </p>
            {q.answer !== null && (
              <p>
                <strong>Answer:</strong> {q.answer}
              </p>
            )}
            {q.published ? (
              <p>
                <strong class="ds_tag ds_tag--green">Published</strong> as: “{q.published_question ?? q.question}”
              </p>
            ) : (
              <AnswerForm tender={tender} question={q} onSaved={reload} />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

export function Clarifications({ tender }) {
  return (
    <TenderFrame id={tender} page="clarifications" heading="Clarification questions"
      load={(t) => get(`/tenders/${t.id}/clarifications`).then((r) => r.items)}
      render={(t, reload, items) => <ClarificationList tender={t} items={items} reload={reload} />} />
  );
}
