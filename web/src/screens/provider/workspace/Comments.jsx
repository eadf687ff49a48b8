// A section's comment threads: replies, mentions (each person mentioned is told)
// and resolving or reopening a thread. Only the partnership sees them.
import { useState } from 'preact/hooks';
import { post } from '../../../api.js';
import { announce } from '../../../components/Announcer.jsx';
import { explain } from './problems.js';
import { formatDateTime, knownPeople } from './workspace.js';

function CommentForm({ id, label, submitText, mentionable, onSend }) {
  const [body, setBody] = useState('');
  const [mentions, setMentions] = useState([]);
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  const send = async (event) => {
    event.preventDefault();
    if (!body.trim()) {
      setProblem('Write your comment first.');
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await onSend(body.trim(), mentions);
      setBody('');
      setMentions([]);
    } catch (e) {
      setProblem(explain(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={send} noValidate class="comment-form">
      <div class={`ds_question${problem ? ' ds_question--error' : ''}`}>
        <label class="ds_label" for={id}>
          {label}
        </label>
        {problem && (
          <p class="ds_question__error-message" id={`${id}-error`}>
            {problem}
          </p>
        )}
        <textarea class="ds_input" id={id} rows={3} value={body} aria-describedby={problem ? `${id}-error` : undefined}
          onInput={(e) => setBody(e.currentTarget.value)} />
      </div>
      {mentionable.length > 0 && (
        <div class="ds_question">
          <fieldset>
            <legend class="ds_label">Tell someone about it (optional)</legend>
            <div class="ds_field-group">
              {mentionable.map((p) => (
                <div class="ds_checkbox ds_checkbox--small" key={p.id}>
                  <input class="ds_checkbox__input" type="checkbox" id={`${id}-mention-${p.id}`}
                    checked={mentions.includes(p.id)}
                    onChange={(e) => setMentions(e.currentTarget.checked ? [...mentions, p.id] : mentions.filter((m) => m !== p.id))} />
                  <label class="ds_checkbox__label" for={`${id}-mention-${p.id}`}>
                    {p.name}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      )}
      <button type="submit" class="ds_button ds_button--small" disabled={busy}>
        {submitText}
      </button>
    </form>
  );
}

export function Comments({ bidId, section, me, comments, onChanged }) {
  const threads = comments.filter((c) => !c.parent_id);
  const replies = (id) => comments.filter((c) => c.parent_id === id);
  const mentionable = knownPeople().filter((p) => p.id !== me.id);
  const names = Object.fromEntries(knownPeople().map((p) => [p.id, p.name]));
  const path = `/bids/${bidId}/sections/${section}/comments`;
  const add = async (body, mentions, parent_id) => {
    await post(path, { body, mentions, ...(parent_id ? { parent_id } : {}) });
    announce(parent_id ? 'Reply added.' : 'Comment added.');
    onChanged();
  };
  const resolve = async (thread, resolved) => {
    try {
      await post(`/bids/${bidId}/comments/${thread.id}/resolution`, { resolved });
      announce(resolved ? 'Thread marked as resolved.' : 'Thread reopened.');
      onChanged();
    } catch (e) {
      announce(explain(e));
    }
  };
  const Comment = ({ c }) => (
    <div class="comment">
      <p class="comment__meta">
        <strong>{c.author_user_id === me.id ? 'You' : c.author_name}</strong>, {formatDateTime(c.created_at)}
      </p>
      <p class="comment__body">{c.body}</p>
      {c.mentions?.length > 0 && (
        <p class="comment__mentions">Told: {c.mentions.map((m) => (m === me.id ? 'you' : names[m] ?? 'a partner')).join(', ')}</p>
      )}
    </div>
  );
  return (
    <section aria-labelledby="comments-heading" class="comments" data-testid="comments">
      <h2 id="comments-heading">Comments</h2>
      <p class="ds_hint-text">Only the organisations in your partnership see these. They are never sent with the bid.</p>
      {threads.length === 0 && <p>No comments yet.</p>}
      <ul class="comment-list">
        {threads.map((t) => (
          <li key={t.id} class={`comment-thread${t.resolved ? ' comment-thread--resolved' : ''}`} data-testid="comment-thread">
            {t.resolved && <strong class="ds_tag ds_tag--green">Resolved</strong>}
            <Comment c={t} />
            {replies(t.id).length > 0 && (
              <ul class="comment-replies" aria-label="Replies">
                {replies(t.id).map((r) => (
                  <li key={r.id}>
                    <Comment c={r} />
                  </li>
                ))}
              </ul>
            )}
            <details class="ds_details comment-reply">
              <summary class="ds_details__summary">Reply</summary>
              <div class="ds_details__text">
                <CommentForm id={`reply-${t.id}`} label="Your reply" submitText="Add reply" mentionable={mentionable}
                  onSend={(body, mentions) => add(body, mentions, t.id)} />
              </div>
            </details>
            <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={() => resolve(t, !t.resolved)}>
              {t.resolved ? 'Reopen this thread' : 'Mark as resolved'}
            </button>
          </li>
        ))}
      </ul>
      <CommentForm id="new-comment" label="Add a comment" submitText="Add comment" mentionable={mentionable}
        onSend={(body, mentions) => add(body, mentions)} />
    </section>
  );
}
