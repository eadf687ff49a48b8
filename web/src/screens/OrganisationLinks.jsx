// "Your links to organisations": a panellist tells us, once and ahead of time,
// where they work, volunteer, get support or have family. A link to a care
// provider registered here flags a bid from a partnership that includes it as a
// possible conflict; links to commissioning bodies and to organisations not
// registered here (given by name) are read by the commissioners of their panels.
import { useState } from 'preact/hooks';
import { get, put } from '../api.js';
import { PageHeading } from '../components/PageHeading.jsx';
import { Loading } from '../components/Loading.jsx';
import { ErrorPage, ErrorSummary } from '../components/ErrorMessage.jsx';
import { announce } from '../components/Announcer.jsx';
import { useLoad } from '../load.js';
import { isRegistered, linkKinds, organisationKinds, registerNumbers } from '../links.js';
import { explain } from '../problems.js';
import { Link } from '../router.jsx';
import { TextArea, TextField } from './commissioner/Fields.jsx';

const unlisted = 'unlisted';
const sameName = (a, b) => a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');

// A registered organisation by its id; one not registered here by its name.
const toBody = (links) => ({
  links: links.map((l) =>
    isRegistered(l)
      ? { organisation_id: l.organisation_id, kind: l.kind, note: l.note || null }
      : { organisation_name: l.organisation, kind: l.kind, note: l.note || null },
  ),
});
const linkKey = (l) => (isRegistered(l) ? l.organisation_id : `name:${l.organisation}`);

function Radio({ name, id, value, checked, onChange, label, hint }) {
  return (
    <div class="ds_radio">
      <input class="ds_radio__input" type="radio" name={name} id={id} value={value} checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined} onChange={() => onChange(value)} />
      <label class="ds_radio__label" for={id}>
        {label}
      </label>
      {hint && (
        <p class="ds_hint-text" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

// What an organisation found by search is, and its register numbers, so that two
// similar names can be told apart.
const whatItIs = (o) => [organisationKinds[o.kind] ?? 'Organisation', ...registerNumbers(o)].join('. ');

function LinkList({ links, onRemove, busy }) {
  if (links.length === 0)
    return (
      <p data-testid="no-links">You have not told us about any links yet.</p>
    );
  return (
    <ul class="link-list" data-testid="links">
      {links.map((l) => (
        <li class="lot-card" key={linkKey(l)} data-testid={`link-${l.organisation}`}>
          <h3 class="lot-card__title ds_h4">{l.organisation}</h3>
          <p>{linkKinds[l.kind] ?? l.kind}</p>
          {l.note && <p class="ds_hint-text">{l.note}</p>}
          {isRegistered(l) && l.organisation_kind === 'commissioning_body' ? (
            <p data-testid="link-registered">
              A commissioning body registered here. It does not bid, so we flag nothing for it: the people running your
              panels look at this link themselves.
            </p>
          ) : isRegistered(l) ? (
            <p data-testid="link-registered">
              A care provider registered here. If a bid your panels score includes it, we flag that bid for you
              automatically.
            </p>
          ) : (
            <p data-testid="link-not-registered">
              <strong>Not registered here.</strong> We cannot match it to bids, so the people running your panels will
              look at this link themselves.
            </p>
          )}
          <button type="button" class="ds_button ds_button--secondary ds_button--small" disabled={busy}
            onClick={() => onRemove(l)}>
            Remove<span class="visually-hidden"> the link to {l.organisation}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

const nameHint =
  'Write its full name, so the people running your panels know which organisation you mean. For example “Leith Lunch Club”.';

function UnlistedName({ value, onInput, error }) {
  return (
    <TextField id="unlisted-name" label="Name of the organisation" hint={nameHint} value={value} error={error}
      onInput={(v) => onInput(v.slice(0, 300))} />
  );
}

function AddLink({ links, onAdd, busy }) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState(null);
  const [searchError, setSearchError] = useState(null);
  const [chosen, setChosen] = useState(null);
  const [name, setName] = useState('');
  const [kind, setKind] = useState(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState({});

  const search = async (event) => {
    event.preventDefault();
    setChosen(null);
    setErrors({});
    const text = query.trim();
    if (text.length < 2) {
      setFound(null);
      setSearchError('Type at least 2 letters of the organisation’s name.');
      document.getElementById('org-search')?.focus();
      return;
    }
    setSearchError(null);
    try {
      // Care providers and commissioning bodies alike.
      const { items, more } = await get(`/organisations?q=${encodeURIComponent(text)}`);
      setFound({ items, more: Boolean(more), text });
      // Nothing registered here: the name as typed is a start for adding it by name.
      setChosen(items.length === 0 ? unlisted : null);
      setName(items.length === 0 ? text : '');
      announce(
        items.length === 0
          ? 'No organisations found. You can add it by typing its name.'
          : `${items.length} ${items.length === 1 ? 'organisation' : 'organisations'} found.`,
      );
    } catch (e) {
      setFound(null);
      setSearchError(explain(e));
    }
  };

  const add = async (event) => {
    event.preventDefault();
    const problems = {};
    if (!chosen) problems.found = 'Choose the organisation, or choose “An organisation that is not in this list”.';
    else if (chosen === unlisted) {
      if (!name.trim()) problems['unlisted-name'] = 'Write the name of the organisation.';
      else if (links.some((l) => sameName(l.organisation, name)))
        problems['unlisted-name'] = `You have already told us about ${name.trim()}. Remove that link first to change it.`;
    } else if (links.some((l) => l.organisation_id === chosen.id))
      problems.found = `You have already told us about ${chosen.name}. Remove that link first to change it.`;
    if (!kind) problems['link-kind'] = 'Choose what your link is.';
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      requestAnimationFrame(() => document.querySelector('.add-link .ds_error-summary')?.focus());
      return;
    }
    const organisation =
      chosen === unlisted
        ? { organisation_id: null, organisation: name.trim(), registered: false }
        : { organisation_id: chosen.id, organisation: chosen.name, registered: true };
    const ok = await onAdd({ ...organisation, kind, note: note.trim() || null });
    if (ok) {
      setQuery('');
      setFound(null);
      setChosen(null);
      setName('');
      setKind(null);
      setNote('');
    }
  };

  const hrefs = {
    found: found?.items.length ? `#org-${found.items[0].id}` : '#org-search',
    'unlisted-name': '#unlisted-name',
    'link-kind': `#kind-${Object.keys(linkKinds)[0]}`,
  };
  const summary = Object.entries(errors).map(([id, text]) => ({ href: hrefs[id], text }));
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
            Type part of the name, then search. For example “Befriending” or “Council”. If the organisation is not
            registered here, you can then add it by typing its name.
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
      {found && (
        <form onSubmit={add} noValidate data-testid="add-link-form">
          {found.items.length === 0 ? (
            <>
              <p data-testid="no-organisations">
                We found no organisation registered here with “{found.text}” in its name. Try a shorter part of the
                name, or add it by typing its name below.
              </p>
              <UnlistedName value={name} onInput={setName} error={errors['unlisted-name']} />
            </>
          ) : (
            <div class={`ds_question${errors.found ? ' ds_question--error' : ''}`}>
              <fieldset aria-describedby={[found.more && 'found-more', errors.found && 'found-error'].filter(Boolean).join(' ') || undefined}>
                <legend class="ds_label">Which organisation?</legend>
                {found.more && (
                  <p class="ds_hint-text" id="found-more" data-testid="found-more">
                    More than {found.items.length} organisations have “{found.text}” in their name. If yours is not
                    here, type more of its name and search again.
                  </p>
                )}
                {errors.found && (
                  <p class="ds_question__error-message" id="found-error">
                    {errors.found}
                  </p>
                )}
                <div class="ds_field-group">
                  {found.items.map((o) => (
                    <Radio key={o.id} name="organisation" id={`org-${o.id}`} value={o.id} label={o.name} hint={whatItIs(o)}
                      checked={chosen?.id === o.id} onChange={() => setChosen(o)} />
                  ))}
                  <p class="link-or">or</p>
                  <Radio name="organisation" id="org-unlisted" value={unlisted} label="An organisation that is not in this list"
                    hint="For example a club, a charity or a company that is not registered here."
                    checked={chosen === unlisted} onChange={() => setChosen(unlisted)} />
                  {chosen === unlisted && (
                    <div class="link-unlisted" data-testid="unlisted">
                      <UnlistedName value={name} onInput={setName} error={errors['unlisted-name']} />
                    </div>
                  )}
                </div>
              </fieldset>
            </div>
          )}
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
        Tell us about any organisation in care or support you have a link with: where you work or volunteer, where you
        get support, or where someone in your family works. This includes councils and health and social care
        partnerships, and small groups that are not registered here.
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
      <h2>What happens with your links</h2>
      <ul data-testid="what-happens">
        <li>
          <strong>Care providers registered here.</strong> If a bid includes one of them, we flag that bid for you
          automatically. You cannot say “no conflict” for it yourself: the commissioner looks at the link first, and
          may clear it if it does not affect your scoring.
        </li>
        <li>
          <strong>Councils, health and social care partnerships, and organisations not registered here.</strong> We
          cannot match these to bids ourselves. The people running your panels look at these links themselves and
          decide whether they matter for any bid.
        </li>
      </ul>
      <ErrorSummary message={problem} />
      <h2>Links you have told us about</h2>
      <LinkList links={current} busy={busy}
        onRemove={(l) => save(current.filter((x) => linkKey(x) !== linkKey(l)), `The link to ${l.organisation} is removed.`)} />
      <AddLink links={current} busy={busy}
        onAdd={(l) => save([...current, l], `The link to ${l.organisation} is added.`)} />
    </>
  );
}
