// The organisation's answer library: reusable answers (title, text, tags, when
// last reviewed), searched by the meaning of words, created, edited and deleted.
// Other organisations never see them.
import { useState } from 'preact/hooks';
import { get, post, request } from '../../../api.js';
import { PageHeading } from '../../../components/PageHeading.jsx';
import { Loading } from '../../../components/Loading.jsx';
import { ErrorPage, ErrorSummary } from '../../../components/ErrorMessage.jsx';
import { WordCountTextarea } from '../../../components/WordCountTextarea.jsx';
import { announce } from '../../../components/Announcer.jsx';
import { useLoad } from '../../../load.js';
import { sentence } from '../../../problems.js';
import { explain } from './problems.js';
import { useSession } from '../../../session.js';
import { formatDate } from './workspace.js';
import { BackFromAnywhere } from '../BackLink.jsx';
import './workspace.css';

const blank = { title: '', text: '', tags: '', last_reviewed: '' };

function AnswerForm({ id, initial, submitText, onSave, onCancel }) {
  const [v, setV] = useState(initial);
  const [problem, setProblem] = useState(null);
  const [errors, setErrors] = useState({});
  const set = (field) => (value) => setV({ ...v, [field]: value });
  const save = async (event) => {
    event.preventDefault();
    const local = {};
    if (!v.title.trim()) local['/title'] = 'give the answer a title';
    if (!v.text.trim()) local['/text'] = 'write the answer';
    setErrors(local);
    if (Object.keys(local).length) {
      setProblem(null);
      return;
    }
    try {
      await onSave({
        title: v.title.trim(), text: v.text.trim(),
        tags: v.tags.split(',').map((t) => t.trim()).filter(Boolean),
        last_reviewed: v.last_reviewed || null,
      });
    } catch (e) {
      setProblem(explain(e));
      setErrors(e.fieldErrors ?? {});
    }
  };
  const err = (p) => errors[p] && sentence(errors[p]);
  return (
    <form onSubmit={save} noValidate class="answer-form" data-testid={`${id}-form`}>
      <ErrorSummary message={problem} errors={Object.keys(errors).map((p) => ({ href: `#${id}-${p.slice(1)}`, text: sentence(errors[p]) }))} />
      <div class={`ds_question${err('/title') ? ' ds_question--error' : ''}`}>
        <label class="ds_label" for={`${id}-title`}>
          Title
        </label>
        {err('/title') && <p class="ds_question__error-message">{err('/title')}</p>}
        <input class="ds_input" id={`${id}-title`} value={v.title} onInput={(e) => set('title')(e.currentTarget.value)} />
      </div>
      <WordCountTextarea id={`${id}-text`} label="The answer" value={v.text} onInput={set('text')} error={err('/text')} rows={6} />
      <div class="ds_question">
        <label class="ds_label" for={`${id}-tags`}>
          Tags (optional)
        </label>
        <p class="ds_hint-text" id={`${id}-tags-hint`}>
          Words that help you find it, separated by commas. For example: volunteers, training
        </p>
        <input class="ds_input" id={`${id}-tags`} aria-describedby={`${id}-tags-hint`} value={v.tags}
          onInput={(e) => set('tags')(e.currentTarget.value)} />
      </div>
      <div class="ds_question">
        <label class="ds_label" for={`${id}-last_reviewed`}>
          Last checked it was still true (optional)
        </label>
        <input class="ds_input ds_input--fixed-10" type="date" id={`${id}-last_reviewed`} value={v.last_reviewed}
          onInput={(e) => set('last_reviewed')(e.currentTarget.value)} />
      </div>
      <div class="ds_button-group">
        <button type="submit" class="ds_button ds_button--small">
          {submitText}
        </button>
        {onCancel && (
          <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

function AnswerCard({ answer, onChanged }) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState(null);
  const save = async (body) => {
    await request('PUT', `/answers/${answer.id}`, body, { 'If-Match': `"${answer.version}"` });
    announce(`“${body.title}” saved.`);
    setEditing(false);
    onChanged();
  };
  const remove = async () => {
    try {
      await request('DELETE', `/answers/${answer.id}`);
      announce(`“${answer.title}” deleted.`);
      onChanged();
    } catch (e) {
      setProblem(explain(e));
    }
  };
  return (
    <li class="answer-card" data-testid="answer">
      <h2 class="answer-card__title">{answer.title}</h2>
      {editing ? (
        <AnswerForm id={`edit-${answer.id}`} submitText="Save changes" onCancel={() => setEditing(false)} onSave={save}
          initial={{ title: answer.title, text: answer.text, tags: (answer.tags ?? []).join(', '), last_reviewed: answer.last_reviewed ?? '' }} />
      ) : (
        <>
          <p class="answer-card__text preserve-lines">{answer.text}</p>
          <p class="answer-card__meta">
            {answer.tags?.length > 0 && <>Tags: {answer.tags.join(', ')}. </>}
            {answer.last_reviewed ? `Last checked ${formatDate(answer.last_reviewed)}.` : 'Not checked yet.'}
          </p>
          {problem && (
            <p class="ds_question__error-message" role="alert">
              {problem}
            </p>
          )}
          {confirming ? (
            <div class="ds_button-group" role="group" aria-label={`Delete “${answer.title}”?`}>
              <p>Delete “{answer.title}”? Copies already in bids stay.</p>
              <button type="button" class="ds_button ds_button--small" onClick={remove}>
                Yes, delete it
              </button>
              <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={() => setConfirming(false)}>
                No, keep it
              </button>
            </div>
          ) : (
            <div class="ds_button-group">
              <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={() => setEditing(true)}>
                Edit<span class="visually-hidden"> “{answer.title}”</span>
              </button>
              <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={() => setConfirming(true)}>
                Delete<span class="visually-hidden"> “{answer.title}”</span>
              </button>
            </div>
          )}
        </>
      )}
    </li>
  );
}

export function Library() {
  const { me } = useSession();
  const [query, setQuery] = useState('');
  const [asked, setAsked] = useState('');
  const [adding, setAdding] = useState(false);
  const { data, error, reload } = useLoad(() => get(`/answers${asked ? `?q=${encodeURIComponent(asked)}` : ''}`), [asked]);
  if (error) return <ErrorPage error={error} />;
  const search = (event) => {
    event.preventDefault();
    setAsked(query.trim());
  };
  const create = async (body) => {
    await post('/answers', body);
    announce(`“${body.title}” added to the library.`);
    setAdding(false);
    reload();
  };
  return (
    <>
      <BackFromAnywhere />
      <PageHeading caption={me.organisation.name}>Answer library</PageHeading>
      <p>
        Answers your organisation uses again and again. Only people at {me.organisation.name} see them. When you use one in a bid,
        a copy goes into the bid: changing the library later does not change the bid.
      </p>
      <form onSubmit={search} noValidate role="search" aria-label="Answer library">
        <div class="ds_question">
          <label class="ds_label" for="answers-q">
            Search the answers
          </label>
          <p class="ds_hint-text" id="answers-q-hint">
            The best matches come first. “Volunteering” also finds “volunteers”.
          </p>
          <div class="search-row">
            <input class="ds_input" type="search" id="answers-q" aria-describedby="answers-q-hint" value={query}
              onInput={(e) => setQuery(e.currentTarget.value)} />
            <button type="submit" class="ds_button ds_button--small">
              Search
            </button>
          </div>
        </div>
      </form>
      {adding ? (
        <section aria-labelledby="new-answer-heading">
          <h2 id="new-answer-heading">New answer</h2>
          <AnswerForm id="new-answer" initial={blank} submitText="Add to the library" onSave={create} onCancel={() => setAdding(false)} />
        </section>
      ) : (
        <p>
          <button type="button" class="ds_button ds_button--secondary" onClick={() => setAdding(true)}>
            Add an answer
          </button>
        </p>
      )}
      {!data ? (
        <Loading what="the answers" />
      ) : (
        <>
          <p role="status" data-testid="answer-count">
            {asked
              ? `${data.items.length} ${data.items.length === 1 ? 'answer matches' : 'answers match'} “${asked}”.`
              : `${data.items.length} ${data.items.length === 1 ? 'answer' : 'answers'} in the library.`}
          </p>
          <ul class="answer-list">
            {data.items.map((a) => (
              <AnswerCard key={`${a.id}-${a.version}`} answer={a} onChanged={reload} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
