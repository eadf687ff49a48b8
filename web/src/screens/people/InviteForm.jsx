// Inviting someone: the service creates the account and emails them a link to choose
// their password (/welcome). An administrator chooses the role and the organisation
// (found by name); a commissioner invites panel members into their own body only, so
// `role` is fixed and there is no organisation to choose; an organisation's own
// administrator invites colleagues (role provider) into `organisationId`, their own.
import { useState } from 'preact/hooks';
import { post } from '../../api.js';
import { announce } from '../../components/Announcer.jsx';
import { ErrorSummary } from '../../components/ErrorMessage.jsx';
import { Checkbox, Select, TextField } from '../commissioner/Fields.jsx';
import { fieldProblems, providerFlags, roleNames } from '../../accounts.js';
import { explain } from '../../problems.js';
import { Link, navigate } from '../../router.jsx';
import { useSession } from '../../session.js';
import { OrganisationChoice } from '../organisations/OrganisationSearch.jsx';
import { leaveMessage } from './people.js';

const FIELDS = ['email', 'display_name', 'role', 'organisation_id', 'authorised_signatory', 'organisation_admin'];
const focusSummary = () => setTimeout(() => document.querySelector('.ds_error-summary')?.focus(), 0);
// Which kind of organisation each role belongs to.
const kindFor = (role) => (role === 'provider' ? 'provider' : 'commissioning_body');

export function InviteForm({ base, role: fixedRole, organisationId }) {
  const { me } = useSession();
  const [form, setForm] = useState({
    email: '',
    display_name: '',
    role: fixedRole ?? '',
    authorised_signatory: false,
    organisation_admin: false,
  });
  const provider = form.role === 'provider';
  const [organisation, setOrganisation] = useState(null); // {id, name}; null: the inviter's own
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  const set = (field) => (value) => setForm({ ...form, [field]: value });

  const submit = async (event) => {
    event.preventDefault();
    setProblem(null);
    const own = {};
    if (!form.email.trim()) own.email = 'Enter their email address';
    if (!form.display_name.trim()) own.display_name = 'Enter their name';
    if (!form.role) own.role = 'Choose what they will do';
    setErrors(own);
    if (Object.keys(own).length) return focusSummary();
    const body = { email: form.email.trim(), display_name: form.display_name.trim(), role: form.role };
    if (!fixedRole && organisation) body.organisation_id = organisation.id;
    else if (organisationId) body.organisation_id = organisationId;
    if (provider) for (const flag of providerFlags) body[flag.field] = form[flag.field];
    setBusy(true);
    try {
      const person = await post('/users/invitations', body);
      const words = `Invitation sent to ${person.display_name} at ${person.email}.`;
      leaveMessage(words);
      announce(words);
      navigate(`${base}/${person.id}`);
    } catch (error) {
      setBusy(false);
      const fields = fieldProblems(error, FIELDS);
      setErrors(fields);
      setProblem(Object.keys(fields).length ? null : explain(error));
      focusSummary();
    }
  };

  const list = Object.entries(errors).map(([field, text]) => ({
    href: `#${field === 'organisation_id' ? 'organisation-search' : field}`,
    text,
  }));
  return (
    <>
      <ErrorSummary message={problem} errors={list} />
      <form onSubmit={submit} noValidate>
        <TextField
          id="email"
          label="Email address"
          hint="We send the invitation here. They sign in with this address."
          type="email"
          autocomplete="off"
          error={errors.email}
          value={form.email}
          onInput={set('email')}
        />
        <TextField
          id="display_name"
          label="Name"
          hint="Their full name, as others will see it."
          error={errors.display_name}
          value={form.display_name}
          onInput={set('display_name')}
        />
        {!fixedRole && (
          <>
            <Select
              id="role"
              label="What will they do?"
              error={errors.role}
              value={form.role}
              options={[['', 'Choose a role'], ...Object.entries(roleNames)]}
              onChange={(role) => {
                setForm({ ...form, role });
                if (organisation && organisation.kind !== kindFor(role)) setOrganisation(null);
              }}
            />
            <OrganisationChoice
              legend="Organisation"
              hint={`Search by name. If you choose none, they join your own organisation, ${me.organisation?.name ?? 'yours'}.${
                form.role === 'provider' ? ' Care provider staff belong to a care provider.' : ''
              }`}
              noneWords="use your own organisation"
              kind={form.role ? kindFor(form.role) : null}
              chosen={organisation}
              onChoose={setOrganisation}
              error={errors.organisation_id}
            />
          </>
        )}
        {provider &&
          providerFlags.map((flag) => (
            <Checkbox
              key={flag.field}
              id={flag.field}
              label={flag.invite}
              hint={flag.hint}
              checked={form[flag.field]}
              onChange={set(flag.field)}
            />
          ))}
        <div class="ds_button-group">
          <button type="submit" class="ds_button" disabled={busy}>
            {busy ? 'Sending the invitation…' : 'Send the invitation'}
          </button>
          <Link href={base} class="ds_button ds_button--secondary">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
