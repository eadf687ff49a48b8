// Finding an organisation by typing part of its name (GET /organisations?q=&kind=): one
// search box and its searching, shown either as radio buttons to choose one (inviting
// someone into it, the organisation a closed one merged into) or as links (the admin's
// Organisations page).
import { useState } from 'preact/hooks';
import { get } from '../../api.js';
import { announce } from '../../components/Announcer.jsx';
import { explain } from '../../problems.js';
import { Link } from '../../router.jsx';
import { numbers, organisationKinds } from './organisations.js';

function useOrganisationSearch(kind) {
  const [text, setText] = useState('');
  const [found, setFound] = useState(null);
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);

  const search = async () => {
    setProblem(null);
    if (text.trim().length < 2) {
      setProblem('Type at least 2 letters of the organisation’s name');
      return;
    }
    setBusy(true);
    try {
      const query = new URLSearchParams({ q: text.trim() });
      if (kind) query.set('kind', kind);
      const answer = await get(`/organisations?${query}`);
      setFound(answer);
      announce(`${answer.items.length === 0 ? 'No' : answer.items.length} organisations found.`);
    } catch (e) {
      setProblem(explain(e));
    } finally {
      setBusy(false);
    }
  };
  return { text, setText, found, problem, busy, search };
}

// The name box and its button. Enter in the box searches rather than sending a form around it.
function SearchBox({ id, search, error, label = 'Name of the organisation' }) {
  const onKey = (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      search.search();
    }
  };
  return (
    <>
      {error && (
        <p class="ds_question__error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
      <label class="ds_label" for={id}>
        {label}
      </label>
      <div class="organisation-search">
        <input
          class={`ds_input${error ? ' ds_input--error' : ''}`}
          type="search"
          id={id}
          autocomplete="off"
          value={search.text}
          aria-describedby={error ? `${id}-error` : undefined}
          aria-invalid={error ? 'true' : undefined}
          onInput={(e) => search.setText(e.currentTarget.value)}
          onKeyDown={onKey}
        />
        <button type="button" class="ds_button ds_button--secondary ds_button--small" disabled={search.busy} onClick={search.search}>
          {search.busy ? 'Searching…' : 'Search organisations'}
        </button>
      </div>
    </>
  );
}

const More = ({ found }) =>
  found.more ? <p>There are more. Type more of the name to narrow the search.</p> : null;

// "Care provider · charity SC012345 · company SC123456": enough to tell similar names apart.
export function organisationNote(o) {
  const parts = [organisationKinds[o.kind] ?? o.kind];
  for (const n of numbers) if (o[n.field]) parts.push(`${n.short} ${o[n.field]}`);
  if (o.status === 'closed') parts.push('closed');
  return parts.filter(Boolean).join(' · ');
}

// One organisation chosen from the results, as radio buttons. `exclude`: an id never offered.
export function OrganisationChoice({ legend, hint, noneWords, kind, chosen, onChoose, error, exclude }) {
  const search = useOrganisationSearch(kind);
  const shown = error ?? search.problem;
  const items = (search.found?.items ?? []).filter((o) => o.id !== exclude);
  return (
    <fieldset class={`ds_question${shown ? ' ds_question--error' : ''}`} aria-describedby="organisation-hint">
      <legend class="ds_label">{legend}</legend>
      <p class="ds_hint-text" id="organisation-hint">
        {hint}
      </p>
      <SearchBox id="organisation-search" search={search} error={shown} />
      {search.found && (
        <div class="ds_radios ds_radios--small" data-testid="organisation-results">
          {items.length === 0 && <p>No organisation matches. Try fewer letters.</p>}
          {items.map((o) => (
            <div class="ds_radio ds_radio--small" key={o.id}>
              <input
                class="ds_radio__input"
                type="radio"
                name="organisation"
                id={`organisation-${o.id}`}
                checked={chosen?.id === o.id}
                onChange={() => onChoose(o)}
              />
              <label class="ds_radio__label" for={`organisation-${o.id}`}>
                {o.name} <span class="ds_hint-text organisation-kind">({organisationNote(o)})</span>
              </label>
            </div>
          ))}
          <More found={search.found} />
        </div>
      )}
      {chosen && (
        <p data-testid="organisation-chosen">
          Chosen: <strong>{chosen.name}</strong>{' '}
          <button type="button" class="link-button" onClick={() => onChoose(null)}>
            Choose none<span class="visually-hidden">: {noneWords}</span>
          </button>
        </p>
      )}
    </fieldset>
  );
}

// The results as links to each organisation's page (`base`/id).
export function OrganisationFinder({ base }) {
  const search = useOrganisationSearch(null);
  return (
    <div class="ds_question organisation-finder" role="search" aria-label="Organisations">
      <SearchBox id="organisation-search" search={search} error={search.problem} />
      {search.found && (
        <div data-testid="organisation-results">
          {search.found.items.length === 0 ? (
            <p>No organisation matches. Try fewer letters.</p>
          ) : (
            <ul class="organisation-results">
              {search.found.items.map((o) => (
                <li key={o.id}>
                  <Link href={`${base}/${o.id}`}>{o.name}</Link>
                  <br />
                  <span class="ds_hint-text">{organisationNote(o)}</span>
                </li>
              ))}
            </ul>
          )}
          <More found={search.found} />
        </div>
      )}
    </div>
  );
}
