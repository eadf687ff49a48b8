// Clarification questions from providers: answer each one, privately to the
// asker or published to everyone in anonymised words. An answer that changes the
// tender documents or corrects a lot says, before it is published, how many bids
// already sent would have to be confirmed again (the service's dry run).
import { useEffect, useState } from 'preact/hooks';
import { get, post } from '../../api.js';
import { announce } from '../../components/Announcer.jsx';
import { Link } from '../../router.jsx';
import { plural } from '../../words.js';
import { Checkbox, Select, TextArea, TextField } from './Fields.jsx';
import { TenderFrame } from './TenderFrame.jsx';
import { fieldErrors, formatDate, money, pence, tenderPath, whole, explain } from './tenders.js';

// What publishing with these settings would do to bids already sent, in words
// (from GET …/reconfirmation-preview), before the commissioner presses publish.
function previewWords(preview) {
  if (preview.refusal)
    return `You cannot publish this answer as it is now. It changes the tender for ${plural(preview.bids, 'bid')} already sent, but the ${
      preview.stage ? `stage ${preview.stage} ` : ''}deadline has passed, so their partnerships would have no time to confirm them again. Extend the deadline first, then publish; or publish the answer after closing the stage.`;
  const affected = preview.lots.filter((l) => l.bids > 0);
  const one = preview.lots.length === 1 ? preview.lots[0] : null;
  if (preview.bids === 0) {
    if (preview.stage === null) return 'No stage is taking bids now, so no bid would need confirming again.';
    return one
      ? `No bids have been sent yet for lot ${one.number}, so none needs confirming again.`
      : 'No bids have been sent yet for these lots, so none needs confirming again.';
  }
  const where = affected.length === 1 ? ` for lot ${affected[0].number}` : '';
  const perLot = affected.length > 1 ? ` (${affected.map((l) => `Lot ${l.number}: ${l.bids}`).join(', ')})` : '';
  const by = preview.deadline ? ` before the stage ${preview.stage} deadline of ${formatDate(preview.deadline)}` : '';
  return `${plural(preview.bids, 'bid')} already sent${where} would need to be confirmed again by ${
    preview.bids === 1 ? 'its partnership' : 'their partnerships'}${perLot}${by}. A bid that is not confirmed or sent again by then is not evaluated. Each partnership is told when you publish.`;
}

function ReconfirmPreview({ tender, question, changesDocuments, lotId }) {
  const [state, setState] = useState({ preview: null, problem: null, busy: false });
  const wanted = changesDocuments || Boolean(lotId);
  useEffect(() => {
    if (!wanted) {
      setState({ preview: null, problem: null, busy: false });
      return undefined;
    }
    let current = true;
    const query = new URLSearchParams();
    if (changesDocuments) query.set('changes_tender_documents', 'true');
    if (lotId) query.set('lot_correction_lot_id', lotId);
    setState({ preview: null, problem: null, busy: true });
    get(`/tenders/${tender.id}/clarifications/${question.id}/reconfirmation-preview?${query}`).then(
      (preview) => {
        if (!current) return;
        setState({ preview, problem: null, busy: false });
        announce(previewWords(preview));
      },
      (error) => {
        if (current) setState({ preview: null, problem: `We could not check which bids this affects. ${explain(error)}`, busy: false });
      },
    );
    return () => {
      current = false;
    };
  }, [tender.id, question.id, changesDocuments, lotId]);
  if (!wanted) return null;
  const { preview, problem, busy } = state;
  if (busy) return <p class="ds_hint-text" data-testid="reconfirm-preview">Checking which bids this would affect…</p>;
  if (problem) return <p class="ds_hint-text" data-testid="reconfirm-preview">{problem}</p>;
  if (!preview) return null;
  return preview.refusal ? (
    <div class="ds_inset-text" data-testid="reconfirm-preview">
      <p class="ds_inset-text__text">
        <strong>{previewWords(preview)}</strong>{' '}
        <Link href={tenderPath(tender.id, 'timetable')}>Change the deadline on the Timetable page</Link>
      </p>
    </div>
  ) : (
    <div class="ds_inset-text" data-testid="reconfirm-preview">
      <p class="ds_inset-text__text">{previewWords(preview)}</p>
    </div>
  );
}

function AnswerForm({ tender, question, lots, onSaved }) {
  const answered = question.answer !== null;
  const [answer, setAnswer] = useState('');
  const [publish, setPublish] = useState(true);
  const [wording, setWording] = useState(question.question);
  const [correct, setCorrect] = useState(false);
  const [changesDocuments, setChangesDocuments] = useState(false);
  const [fix, setFix] = useState({ lot_id: question.lot_id ?? lots[0]?.id ?? '', title: '', description: '', annual_value_pence: '', term_months: '' });
  const setFixField = (key) => (value) => setFix({ ...fix, [key]: value });
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
      let saved;
      if (answered)
        saved = await post(`${base}/publish`, { published_question: wording.trim(), ...(changesDocuments ? { changes_tender_documents: true } : {}) });
      else {
        const body = { answer: answer.trim(), publish, ...(publish ? { published_question: wording.trim() } : {}) };
        if (publish && correct) {
          const changes = {};
          if (fix.title.trim()) changes.title = fix.title.trim();
          if (fix.description.trim()) changes.description = fix.description.trim();
          if (fix.term_months.trim()) changes.term_months = whole(fix.term_months) ?? -1;
          if (fix.annual_value_pence.trim()) changes.annual_value_pence = pence(fix.annual_value_pence) ?? -1;
          body.lot_correction = { lot_id: fix.lot_id, changes };
        }
        if (publish && changesDocuments) body.changes_tender_documents = true;
        saved = await post(`${base}/answer`, body);
      }
      const published = publish || answered;
      const count = published ? saved?.reconfirmations_required ?? 0 : 0;
      announce(`${published ? 'Answer published to everyone.' : 'Answer sent to the asker.'}${count > 0 ? ` ${reconfirmWords(count)}` : ''}`);
      setErrors({});
      setProblem(null);
      onSaved({ id: question.id, published, count, changed: published && (changesDocuments || (!answered && correct)) });
    } catch (error) {
      setErrors(fieldErrors(error, ['answer', 'published_question', 'lot_correction', 'lot_correction-lot_id',
        ...['title', 'description', 'annual_value_pence', 'term_months'].map((k) => `lot_correction-changes-${k}`)]));
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
      {(publish || answered) && (
        <Checkbox id={`${id}-changes-documents`} label="This answer changes what bidders must answer (the tender documents)"
          hint="Bids already sent for this lot (or for every lot, if the question was about the whole tender) must then be confirmed again by their partnerships before the deadline, or they are not evaluated. Correcting a lot below does this too."
          checked={changesDocuments} onChange={setChangesDocuments} />
      )}
      {!answered && publish && lots.length > 0 && (
        <>
          <Checkbox id={`${id}-correct`} label="Correct a lot with this answer"
            hint="After stage 1 opens, this is the only way to change a lot. Leave a field empty to keep it as it is."
            checked={correct} onChange={setCorrect} />
          {correct && (
            <div class="criterion-fieldset">
              {errors.lot_correction && <p class="ds_question__error-message">{errors.lot_correction}</p>}
              <Select id={`${id}-lot`} label="Lot to correct" value={fix.lot_id} onChange={setFixField('lot_id')}
                options={lots.map((l) => [l.id, `Lot ${l.number}: ${l.title}`])} error={errors['lot_correction-lot_id']} />
              <TextField id={`${id}-lot-title`} label="New title" value={fix.title} onInput={setFixField('title')}
                error={errors['lot_correction-changes-title']} />
              <TextArea id={`${id}-lot-description`} label="New description" rows={3} value={fix.description}
                onInput={setFixField('description')} error={errors['lot_correction-changes-description']} />
              <TextField id={`${id}-lot-value`} label="New value each year, in pounds" prefix="£" width={10} inputMode="decimal"
                value={fix.annual_value_pence} onInput={setFixField('annual_value_pence')}
                error={errors['lot_correction-changes-annual_value_pence']} />
              <TextField id={`${id}-lot-term`} label="New term in months" inputMode="numeric" width={4} value={fix.term_months}
                onInput={setFixField('term_months')} error={errors['lot_correction-changes-term_months']} />
            </div>
          )}
        </>
      )}
      {(publish || answered) && (
        <ReconfirmPreview tender={tender} question={question} changesDocuments={changesDocuments}
          lotId={!answered && publish && correct ? fix.lot_id : ''} />
      )}
      <button type="submit" class="ds_button" disabled={busy}>
        {answered ? 'Publish this question and answer' : publish ? 'Answer and publish' : 'Answer the asker only'}
      </button>
    </form>
  );
}

// What publishing did to bids already sent, in words.
export function reconfirmWords(count) {
  if (count === 0) return 'No bids had been sent for it yet, so no partnership needs to confirm a bid again.';
  return count === 1
    ? '1 bid already sent must now be reconfirmed by its partnership before the deadline. It has been told.'
    : `${count} bids already sent must now be reconfirmed by their partnerships before the deadline. They have been told.`;
}

const change = (key, value) =>
  ({
    title: `title “${value}”`,
    description: 'description changed',
    term_months: `term ${value} months`,
    annual_value_pence: `value ${money(value)} a year`,
  })[key] ?? key.replace(/_/g, ' ');

function ClarificationList({ tender, items, lots, reload }) {
  const [done, setDone] = useState(null);
  const saved = (outcome) => {
    setDone(outcome);
    reload();
  };
  if (items.length === 0) return <p data-testid="no-questions">No questions have been asked yet.</p>;
  const waiting = items.filter((q) => q.answer === null || !q.published);
  return (
    <>
      <p>
        {waiting.length === 0 ? 'Every question is answered and published.' : `${waiting.length} ${waiting.length === 1 ? 'question needs' : 'questions need'} an answer or publishing.`}
      </p>
      {done?.published && (
        <div class="ds_notification-panel ds_notification-panel--neutral" data-testid="published-outcome" role="status">
          <h2 class="ds_h3">The answer is published</h2>
          <p>
            Every provider can read it now.{' '}
            {done.changed ? reconfirmWords(done.count) : 'It does not change the tender documents, so no bid needs confirming again.'}
          </p>
        </div>
      )}
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
            {q.lot_correction && (
              <p data-testid="correction">
                Corrected lot {lots.find((l) => l.id === q.lot_correction.lot_id)?.number ?? ''}:{' '}
                {Object.entries(q.lot_correction.changes ?? {}).map(([k, v]) => change(k, v)).join('; ')}
              </p>
            )}
            {q.changes_tender_documents && (
              <p data-testid="changes-documents">
                <strong class="ds_tag ds_tag--orange">Changes the tender documents</strong> Bids already sent had to be
                confirmed again.
              </p>
            )}
            {q.published ? (
              <p>
                <strong class="ds_tag ds_tag--green">Published</strong> as: “{q.published_question ?? q.question}”
              </p>
            ) : (
              <AnswerForm tender={tender} question={q} lots={lots} onSaved={saved} />
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
      load={async (t) => {
        const [items, lots] = await Promise.all([get(`/tenders/${t.id}/clarifications`), get(`/tenders/${t.id}/lots`)]);
        return { items: items.items, lots: lots.items };
      }}
      render={(t, reload, x) => <ClarificationList tender={t} items={x.items} lots={x.lots} reload={reload} />} />
  );
}
