// "Your links to organisations": a panellist tells us, once and ahead of time,
// where they work, volunteer, get support or have family. A bid from a partnership
// that includes one of these organisations is flagged as a possible conflict.
import { useState } from 'preact/hooks';
import { get, put } from '../api.js';
import { PageHeading } from '../components/PageHeading.jsx';
import { Loading } from '../components/Loading.jsx';
import { ErrorPage, ErrorSummary } from '../components/ErrorMessage.jsx';
import { announce } from '../components/Announcer.jsx';
import { useLoad } from '../load.js';
import { linkKinds } from '../links.js';
import { explain } from '../problems.js';
import { Link } from '../router.jsx';
import { TextArea } from './commissioner/Fields.jsx';

const toBody = (links) => ({
  links: links.map((l) => ({ organisation_id: l.organisation_id, kind: l.kind, note: l.note || null })),
});

function Radio({ name, id, value, checked, onChange, label }) {
  return (
    <div class="ds_radio">
      <input class="ds_radio__input" type="radio" name={name} id={id} value={value} checked={checked}
        onChange={() => onChange(value)} />
      <label class="ds_radio__label" for={id}>
        {label}
      </label>
    </div>
  );
}

function LinkList({ links, onRemove, busy }) {
  if (links.length === 0)
    return (
      <p data-testid="no-links">You have not told us about any links yet.</p>
    );
  return (
    <ul class="link-list" data-testid="links">
      {links.map((l) => (
        <li class="lot-card" key={l.organisation_id} data-testid={`link-${l.organisation}`}>
          <h3 class="lot-card__title ds_h4">{l.organisation}</h3>
          <p>{linkKinds[l.kind] ?? l.kind}</p>
          {l.note && <p class="ds_hint-text">{l.note}</p>}
          <button type="button" class="ds_button ds_button--secondary ds_button--small" disabled={busy}
            onClick={() => onRemove(l)}>
            Remove<span class="visually-hidden"> the link to {l.organisation}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function AddLink({ links, onAdd, busy }) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState(null);
  const [searchError, setSearchError] = useState(null);
  const [chosen, setChosen] = useState(null);
  const [kind, setKind] = useState(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState({});

  const search = async (event) => {
    event.preventDefault();
    setChosen(null);
    if (query.trim().length < 2) {
      setFound(null);
      setSearchError('Type at least 2 letters of the organisation’s name.');
      document.getElementById('org-search')?.focus();
      return;
    }
    setSearchError(null);
    try {
      const items = (await get(`/organisations?kind=provider&q=${encodeURIComponent(query.trim())}`)).items;
      setFound(items);
      announce(items.length === 0 ? 'No organisations found.' : `${items.length} ${items.length === 1 ? 'organisation' : 'organisations'} found.`);
    } catch (e) {
      setFound(null);
      setSearchError(explain(e));
    }
  };

  const add = async (event) => {
    event.preventDefault();
    const problems = {};
    if (!chosen) problems.found = 'Choose the organisation. Search for its name first.';
    else if (links.some((l) => l.organisation_id === chosen.id)) problems.found = `You have already told us about ${chosen.name}. Remove that link first to change it.`;
    if (!kind) problems['link-kind'] = 'Choose what your link is.';
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      requestAnimationFrame(() => document.querySelector('.add-link .ds_error-summary')?.focus());
      return;
    }
    const ok = await onAdd({ organisation_id: chosen.id, organisation: chosen.name, kind, note: note.trim() || null });
    if (ok) {
      setQuery('');
      setFound(null);
      setChosen(null);
      setKind(null);
      setNote('');
    }
  };

  const summary = Object.entries(errors).map(([id, text]) => ({
    href: id === 'found' ? (found?.length ? `#org-${found[0].id}` : '#org-search') : `#kind-${Object.keys(linkKinds)[0]}`,
    text,
  }));
  return (
    <section class="add-link" aria-labelledby="add-a-link">
      <h2 id="add-a-link">Add a link</h2>
      <ErrorSummary errors={summary} />
      <form onSubmit={search} noValidate role="search" aria-label="Find an organisation">
        <div class={`ds_question${searchError ? ' ds_question--error' : ''}`}>
          <label class="ds_label" for="org-search">
            Organisation’s name
          </label>
          <p class="ds_hint-text" id="org-search-hint">
            Type part of the name, then search. For example “Befriending”.
          </p>
          {searchError && (
            <p class="ds_question__error-message" id="org-search-error">
              {searchError}
            </p>
          )}
          <div class="search-row">
            <input class={`ds_input${searchError ? ' ds_input--error' : ''}`} type="search" id="org-search" name="q"
              value={query} autocomplete="off" aria-invalid={searchError ? 'true' : undefined}
              aria-describedby={searchError ? 'org-search-hint org-search-error' : 'org-search-hint'}
              onInput={(e) => setQuery(e.currentTarget.value)} />
            <button type="submit" class="ds_button ds_button--secondary">
              Search
            </button>
          </div>
        </div>
      </form>
      {found && found.length === 0 && (
        <p data-testid="no-organisations">
          We found no organisation with “{query.trim()}” in its name. Try a shorter part of the name.
        </p>
      )}
      {found && found.length > 0 && (
        <form onSubmit={add} noValidate data-testid="add-link-form">
          <div class={`ds_question${errors.found ? ' ds_question--error' : ''}`}>
            <fieldset aria-describedby={errors.found ? 'found-error' : undefined}>
              <legend class="ds_label">Which organisation?</legend>
              {errors.found && (
                <p class="ds_question__error-message" id="found-error">
                  {errors.found}
                </p>
              )}
              <div class="ds_field-group">
                {found.map((o) => (
                  <Radio key={o.id} name="organisation" id={`org-${o.id}`} value={o.id} label={o.name}
                    checked={chosen?.id === o.id} onChange={() => setChosen(o)} />
                ))}
              </div>
            </fieldset>
          </div>
          <div class={`ds_question${errors['link-kind'] ? ' ds_question--error' : ''}`}>
            <fieldset aria-describedby={errors['link-kind'] ? 'link-kind-error' : undefined}>
              <legend class="ds_label">What is your link?</legend>
              {errors['link-kind'] && (
                <p class="ds_question__error-message" id="link-kind-error">
                  {errors['link-kind']}
                </p>
              )}
              <div class="ds_field-group">
                {Object.entries(linkKinds).map(([value, label]) => (
                  <Radio key={value} name="link-kind" id={`kind-${value}`} value={value} label={label}
                    checked={kind === value} onChange={setKind} />
                ))}
              </div>
            </fieldset>
          </div>
          <TextArea id="link-note" label="Anything you want to add (optional)" rows={3}
            hint="For example, when the link started or ended. Keep it short: up to 500 characters."
            value={note} onInput={(v) => setNote(v.slice(0, 500))} />
          <button type="submit" class="ds_button" disabled={busy}>
            Add this link
          </button>
        </form>
      )}
    </section>
  );
}

export function OrganisationLinks() {
  const { data, error } = useLoad(() => get('/me/organisation-links'), []);
  const [links, setLinks] = useState(null);
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  if (error) return <ErrorPage error={error} back="/panels" backText="Back to my panels" />;
  if (!data) return <Loading what="your links" />;
  const current = links ?? data.links;

  const save = async (next, said) => {
    setBusy(true);
    setProblem(null);
    try {
      const saved = await put('/me/organisation-links', toBody(next));
      setLinks(saved.links);
      announce(said);
      return true;
    } catch (e) {
      setProblem(explain(e));
      requestAnimationFrame(() => document.querySelector('.ds_error-summary')?.focus());
      return false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Link href="/panels" class="ds_back-link">
        Back to my panels
      </Link>
      <PageHeading>Your links to organisations</PageHeading>
      <p class="ds_leader">
        Tell us about any care or support organisation you have a link with: where you work or volunteer, where you
        get support, or where someone in your family works.
      </p>
      <h2>Why we ask</h2>
      <p>
        Panels must score bids fairly. If a bid comes from an organisation you have a link with, we will point this out
        to you before you open it, so you do not have to remember every link each time. Having a link is fine: it only
        means you might not score that bid.
      </p>
      <h2>Who sees your links</h2>
      <p data-testid="who-sees">
        Only the commissioners running the panels you sit on. Bidders and the other panel members do not see them.
      </p>
      <p>
        If a bid includes an organisation you have told us about, you cannot say “no conflict” for it yourself. The
        commissioner looks at the link first, and may clear it if it does not affect your scoring.
      </p>
      <ErrorSummary message={problem} />
      <h2>Links you have told us about</h2>
      <LinkList links={current} busy={busy}
        onRemove={(l) => save(current.filter((x) => x.organisation_id !== l.organisation_id), `The link to ${l.organisation} is removed.`)} />
      <AddLink links={current} busy={busy}
        onAdd={(l) => save([...current, l], `The link to ${l.organisation} is added.`)} />
    </>
  );
}
