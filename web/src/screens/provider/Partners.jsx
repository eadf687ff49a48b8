// The partner register for one lot: organisations looking for partners, and
// your own organisation's entry (what you offer, the roles you would take, who
// to contact), which you can add, change or remove. The lead of a partnership
// can invite an organisation from here; an organisation that leads none can start
// one with that organisation chosen to invite.
import { useState } from 'preact/hooks';
import { get, put, request } from '../../api.js';
import { PageHeading } from '../../components/PageHeading.jsx';
import { Loading } from '../../components/Loading.jsx';
import { ErrorPage, ErrorSummary } from '../../components/ErrorMessage.jsx';
import { WordCountTextarea } from '../../components/WordCountTextarea.jsx';
import { Term } from '../../components/Term.jsx';
import { announce } from '../../components/Announcer.jsx';
import { useSession } from '../../session.js';
import { useLoad } from '../../load.js';
import { explain, sentence } from '../../problems.js';
import { Link } from '../../router.jsx';
import { canFormConsortium, consortiumPath, day, roleName, tenderPath } from './work.js';

async function loadRegister(tenderId, lotId) {
  const [tender, lot, register, consortia] = await Promise.all([
    get(`/tenders/${tenderId}`),
    get(`/tenders/${tenderId}/lots/${lotId}`),
    get(`/tenders/${tenderId}/lots/${lotId}/partner-register`),
    get(`/tenders/${tenderId}/consortia`),
  ]);
  return { tender, lot, entries: register.items, consortia: consortia.items };
}

const roles = ['lead', 'partner', 'subcontractor'];
const roleHints = {
  lead: 'You would lead a partnership and hold the contract',
  partner: 'You would deliver part of the work as a partner',
  subcontractor: 'You would deliver a smaller, defined part for the lead',
};

function EntryForm({ tenderId, lotId, entry, me, onSaved }) {
  const [offers, setOffers] = useState(entry?.offers ?? '');
  const [localities, setLocalities] = useState((entry?.localities ?? []).join(', '));
  const [chosen, setChosen] = useState(entry?.roles ?? []);
  const [name, setName] = useState(entry?.contact_name ?? me.display_name);
  const [email, setEmail] = useState(entry?.contact_email ?? me.email);
  const [fields, setFields] = useState({});
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);

  const focusSummary = () => setTimeout(() => document.querySelector('.ds_error-summary')?.focus(), 0);
  const submit = async (event) => {
    event.preventDefault();
    const found = {};
    if (!offers.trim()) found['/offers'] = 'Say what your organisation offers';
    if (chosen.length === 0) found['/roles'] = 'Choose at least one role you would take';
    if (!name.trim()) found['/contact_name'] = 'Give the name of the person to contact';
    if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) found['/contact_email'] = 'Give an email address, like name@example.org';
    setFields(found);
    setProblem(null);
    if (Object.keys(found).length) return focusSummary();
    setBusy(true);
    try {
      await put(`/tenders/${tenderId}/lots/${lotId}/partner-register/mine`, {
        offers: offers.trim(),
        localities: localities.split(',').map((l) => l.trim()).filter(Boolean),
        roles: chosen,
        contact_name: name.trim(),
        contact_email: email.trim(),
      });
      announce('Your entry on the partner register is saved.');
      onSaved();
    } catch (e) {
      setFields(Object.fromEntries(Object.entries(e.fieldErrors ?? {}).map(([k, v]) => [k.replace(/\/\d+$/, ''), sentence(v)])));
      setProblem(explain(e));
      focusSummary();
    }
    setBusy(false);
  };
  const ids = { '/offers': 'offers', '/roles': 'role-lead', '/contact_name': 'contact-name', '/contact_email': 'contact-email', '/localities': 'localities' };
  const errors = Object.entries(fields).map(([p, text]) => ({ href: `#${ids[p] ?? 'offers'}`, text }));
  const toggle = (role) => setChosen(chosen.includes(role) ? chosen.filter((r) => r !== role) : [...chosen, role]);
  const field = (id, pointer, label, value, set, type = 'text', hint) => (
    <div class={`ds_question${fields[pointer] ? ' ds_question--error' : ''}`}>
      <label class="ds_label" for={id}>{label}</label>
      {hint && <p class="ds_hint-text" id={`${id}-hint`}>{hint}</p>}
      {fields[pointer] && <p class="ds_question__error-message" id={`${id}-error`}>{fields[pointer]}</p>}
      <input class={`ds_input${fields[pointer] ? ' ds_input--error' : ''}`} id={id} name={id} type={type} value={value}
        autocomplete={type === 'email' ? 'email' : undefined}
        aria-invalid={fields[pointer] ? 'true' : undefined}
        aria-describedby={[hint && `${id}-hint`, fields[pointer] && `${id}-error`].filter(Boolean).join(' ') || undefined}
        onInput={(e) => set(e.currentTarget.value)} />
    </div>
  );
  return (
    <>
      <ErrorSummary message={problem} errors={errors} />
      <form onSubmit={submit} noValidate data-testid="register-form">
        <WordCountTextarea id="offers" label="What does your organisation offer?"
          hint="For example the support you give, your staff and skills, and the places you work. Other providers read this."
          value={offers} onInput={setOffers} error={fields['/offers']} rows={5} />
        {field('localities', '/localities', 'Areas you work in (optional)', localities, setLocalities, 'text',
          'Separate them with commas, for example: North West, Leith')}
        <div class={`ds_question${fields['/roles'] ? ' ds_question--error' : ''}`}>
          <fieldset aria-describedby={fields['/roles'] ? 'roles-error' : undefined}>
            <legend class="ds_label">Which roles would you take? Choose all that apply.</legend>
            {fields['/roles'] && <p class="ds_question__error-message" id="roles-error">{fields['/roles']}</p>}
            <div class="ds_field-group">
              {roles.map((role) => (
                <div class="ds_checkbox" key={role}>
                  <input class="ds_checkbox__input" type="checkbox" id={`role-${role}`} name="roles" value={role}
                    checked={chosen.includes(role)} onChange={() => toggle(role)} aria-describedby={`role-${role}-hint`} />
                  <label class="ds_checkbox__label" for={`role-${role}`}>{roleName[role]}</label>
                  <p class="ds_hint-text" id={`role-${role}-hint`}>{roleHints[role]}</p>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        {field('contact-name', '/contact_name', 'Who should other providers contact?', name, setName)}
        {field('contact-email', '/contact_email', 'Their email address', email, setEmail, 'email')}
        <button type="submit" class="ds_button" disabled={busy}>
          {busy ? 'Saving…' : entry ? 'Save changes to my entry' : 'Add my organisation to the register'}
        </button>
      </form>
    </>
  );
}

export function Partners({ tender: tenderId, lot: lotId }) {
  const { me } = useSession();
  const { data, error, reload } = useLoad(() => loadRegister(tenderId, lotId), [tenderId, lotId]);
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState(null);
  if (error) return <ErrorPage error={error} back={tenderPath(tenderId)} backText="Back to the tender" />;
  if (!data) return <Loading what="the partner register" />;
  const { tender, lot, entries, consortia } = data;
  const mine = entries.find((e) => e.organisation_id === me.organisation.id);
  const others = entries.filter((e) => e !== mine);
  const leading = consortia.filter((c) => c.lead_organisation_id === me.organisation.id);

  const remove = async () => {
    setProblem(null);
    try {
      await request('DELETE', `/tenders/${tenderId}/lots/${lotId}/partner-register/mine`);
      announce('Your organisation is no longer on the partner register for this lot.');
      setEditing(false);
      reload();
      setTimeout(() => document.getElementById('your-entry')?.focus(), 50);
    } catch (e) {
      setProblem(explain(e));
    }
  };
  return (
    <>
      <Link href={tenderPath(tenderId)} class="ds_back-link">Back to {tender.title}</Link>
      <PageHeading caption={`${tender.title} · Lot ${lot.number}: ${lot.title}`}>Find partners</PageHeading>
      <p class="ds_leader">
        The <Term name="register">partner register</Term> for this lot: organisations looking for others to bid with.
        Contact them directly, or invite them into a partnership your organisation leads
        {leading.length === 0 && canFormConsortium(tender) ? ': you can start one from here' : ''}.
      </p>

      <h2 id="others-heading">Organisations looking for partners</h2>
      {others.length === 0 ? (
        <p>No other organisation is on the register for this lot yet.</p>
      ) : (
        <ul class="work-list" aria-labelledby="others-heading">
          {others.map((e) => (
            <li class="work-card" key={e.organisation_id} data-testid={`entry-${e.organisation_id}`}>
              <h3 class="work-card__title">{e.organisation_name}</h3>
              <p class="multiline">{e.offers}</p>
              <dl class="facts">
                <div><dt>Would take the role of</dt><dd>{e.roles.map((r) => roleName[r]).join(', ')}</dd></div>
                {e.localities?.length > 0 && <div><dt>Areas</dt><dd>{e.localities.join(', ')}</dd></div>}
                <div>
                  <dt>Contact</dt>
                  <dd>
                    {e.contact_name}, <a href={`mailto:${e.contact_email}`}>{e.contact_email}</a>
                  </dd>
                </div>
                <div><dt>Last updated</dt><dd>{day(e.updated_at)}</dd></div>
              </dl>
              {leading.map((c) => (
                <p key={c.id}>
                  <Link href={`${consortiumPath(c.id)}?invite=${e.organisation_id}`}
                    class="ds_button ds_button--secondary ds_button--small">
                    Invite {e.organisation_name} to {c.name}
                  </Link>
                </p>
              ))}
              {leading.length === 0 && canFormConsortium(tender) && (
                <p>
                  <Link href={`/opportunities/${tenderId}/consortia/new?invite=${e.organisation_id}&lot=${lotId}`}
                    class="ds_button ds_button--secondary ds_button--small">
                    Start a partnership and invite {e.organisation_name}
                  </Link>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}

      <h2 id="your-entry" tabIndex={-1}>Your organisation’s entry</h2>
      {problem && <p class="problem-message" role="alert">{problem}</p>}
      {mine && !editing ? (
        <div class="work-card" data-testid="my-entry">
          <p class="multiline">{mine.offers}</p>
          <dl class="facts">
            <div><dt>Roles</dt><dd>{mine.roles.map((r) => roleName[r]).join(', ')}</dd></div>
            {mine.localities?.length > 0 && <div><dt>Areas</dt><dd>{mine.localities.join(', ')}</dd></div>}
            <div><dt>Contact</dt><dd>{mine.contact_name}, {mine.contact_email}</dd></div>
          </dl>
          <div class="button-row">
            <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={() => setEditing(true)}>
              Change my entry
            </button>
            <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={remove}>
              Remove my entry
            </button>
          </div>
        </div>
      ) : (
        <>
          {!mine && <p>Your organisation is not on the register for this lot. Add it so others can find you.</p>}
          <EntryForm tenderId={tenderId} lotId={lotId} entry={mine} me={me}
            onSaved={() => {
              setEditing(false);
              reload();
              setTimeout(() => document.getElementById('your-entry')?.focus(), 50);
            }} />
        </>
      )}
    </>
  );
}
