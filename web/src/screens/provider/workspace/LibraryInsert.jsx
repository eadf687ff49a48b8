// Inserting a copy of one of your organisation's library answers after the text
// of a section (a new version, recording where it came from).
import { useState } from 'preact/hooks';
import { get, request } from '../../../api.js';
import { announce } from '../../../components/Announcer.jsx';
import { explain } from './problems.js';

export function LibraryInsert({ bidId, section, entry, flush, onInserted }) {
  const [q, setQ] = useState('');
  const [found, setFound] = useState(null);
  const [problem, setProblem] = useState(null);
  const search = async (event) => {
    event.preventDefault();
    setProblem(null);
    try {
      const r = await get(`/answers${q.trim() ? `?q=${encodeURIComponent(q.trim())}` : ''}`);
      setFound(r.items);
      announce(r.items.length === 1 ? '1 answer found.' : `${r.items.length} answers found.`);
    } catch (e) {
      setProblem(explain(e));
    }
  };
  const insert = async (answer) => {
    setProblem(null);
    if (!(await flush())) {
      setProblem('Your latest changes are not saved yet, so nothing can be inserted. Please try again in a moment.');
      return;
    }
    try {
      const inserted = await request('POST', `/bids/${bidId}/sections/${section}/answer-insertions`, { answer_id: answer.id },
        { 'If-Match': `"${entry.base}"` });
      onInserted(inserted);
      announce(`A copy of “${answer.title}” was added at the end of your answer.`);
    } catch (e) {
      setProblem(e.status === 412 ? 'Someone else saved this section just now. Reload the page to see their words, then insert again.' : explain(e));
    }
  };
  return (
    <section aria-labelledby="library-heading" class="library-insert" data-testid="library-insert">
      <h2 id="library-heading">Use an answer from your library</h2>
      <p class="ds_hint-text">A copy is added after your text. Changing it here does not change the library.</p>
      <form onSubmit={search} noValidate role="search" aria-label="Your organisation’s answers">
        <div class="ds_question">
          <label class="ds_label" for="library-q">
            Search your organisation’s answers
          </label>
          <div class="search-row">
            <input class="ds_input" type="search" id="library-q" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
            <button type="submit" class="ds_button ds_button--small">
              Search
            </button>
          </div>
        </div>
      </form>
      {problem && (
        <p class="ds_question__error-message" role="alert">
          {problem}
        </p>
      )}
      {found && found.length === 0 && <p>No answers match. Try other words.</p>}
      {found && found.length > 0 && (
        <ul class="answer-results">
          {found.map((a) => (
            <li key={a.id} class="answer-card" data-testid="answer-result">
              <h3 class="answer-card__title">{a.title}</h3>
              <p class="answer-card__text">{a.text.length > 300 ? `${a.text.slice(0, 300)}…` : a.text}</p>
              <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={() => insert(a)}>
                Insert a copy<span class="visually-hidden"> of “{a.title}”</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
