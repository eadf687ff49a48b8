// /register: a care provider registers its organisation (POST /registrations, signed out).
// One form: the organisation (name, legal form, register numbers, address) and the person
// registering it, who becomes its first user once an administrator approves. The service's
// answer is always the same ("check your email"), whether or not the address is known.
import { useState } from 'preact/hooks';
import { post } from '../../api.js';
import { ErrorSummary } from '../../components/ErrorMessage.jsx';
import { PageHeading } from '../../components/PageHeading.jsx';
import { explain } from '../../problems.js';
import { Link } from '../../router.jsx';
import { TextField } from '../commissioner/Fields.jsx';
import { OrganisationFields } from '../organisations/OrganisationFields.jsx';
import { detailBody, detailErrors, detailFields, detailProblems, fieldHref } from '../organisations/organisations.js';

const FIELDS = [...detailFields, 'contact_name', 'contact_email'];
const focus = (selector) => setTimeout(() => document.querySelector(selector)?.focus(), 0);
const empty = Object.fromEntries(FIELDS.map((f) => [f, '']));

export function Register() {
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(null); // the service's words
  const set = (field) => (value) => setForm((now) => ({ ...now, [field]: value }));

  const submit = async (event) => {
    event.preventDefault();
    setProblem(null);
    const own = detailProblems(form);
    if (!form.contact_name.trim()) own.contact_name = 'Enter your name';
    if (!form.contact_email.trim()) own.contact_email = 'Enter your email address';
    setErrors(own);
    if (Object.keys(own).length) return focus('.ds_error-summary');
    setBusy(true);
    try {
      // A registration leaves out what was not given (null is for clearing a detail later).
      const details = Object.fromEntries(Object.entries(detailBody(form)).filter(([, value]) => value !== null));
      const answer = await post('/registrations', {
        ...details,
        contact_name: form.contact_name.trim(),
        contact_email: form.contact_email.trim(),
      });
      setSent(answer?.detail ?? '');
      focus('#page-heading');
    } catch (error) {
      const fields = detailErrors(error, FIELDS);
      setErrors(fields);
      setProblem(Object.keys(fields).length ? null : tooMany(error) ?? explain(error));
      focus('.ds_error-summary');
    } finally {
      setBusy(false);
    }
  };

  if (sent !== null) return <CheckYourEmail message={sent} email={form.contact_email.trim()} />;

  const list = Object.entries(errors).map(([field, text]) => ({ href: fieldHref(field), text }));
  return (
    <>
      <PageHeading>Register your organisation</PageHeading>
      <p class="ds_leader">
        For care and support providers who want to bid for contracts here, or join partnerships that bid.
      </p>
      <h2>What happens</h2>
      <ol>
        <li>You tell us about your organisation and yourself on this page.</li>
        <li>We email you a link. Open it to confirm your email address.</li>
        <li>One of our administrators checks the registration. They may contact you.</li>
        <li>
          Once it is approved, we email you an invitation to set up your account. You can then invite your colleagues.
        </li>
      </ol>
      <ErrorSummary message={problem} errors={list} />
      <form onSubmit={submit} noValidate>
        <h2>About the organisation</h2>
        <OrganisationFields details={form} set={set} errors={errors} />
        <h2>About you</h2>
        <p>You will have the organisation’s first account here, and can invite colleagues once it is approved.</p>
        <TextField
          id="contact_name"
          label="Your full name"
          autocomplete="name"
          error={errors.contact_name}
          value={form.contact_name}
          onInput={set('contact_name')}
        />
        <TextField
          id="contact_email"
          label="Your email address"
          hint="We send the link to confirm it here. You will sign in with it."
          type="email"
          autocomplete="email"
          error={errors.contact_email}
          value={form.contact_email}
          onInput={set('contact_email')}
        />
        <button type="submit" class="ds_button" disabled={busy}>
          {busy ? 'Sending…' : 'Send the registration'}
        </button>
      </form>
      <p>
        Already have an account? <Link href="/">Sign in</Link>
      </p>
    </>
  );
}

// 429: too many registrations from here just now (the service's limit).
const tooMany = (error) =>
  error?.status === 429 ? 'Too many registrations have been sent from here just now. Please wait a while, then try again.' : null;

function CheckYourEmail({ message, email }) {
  return (
    <>
      <PageHeading>Check your email</PageHeading>
      <div class="ds_inset-text" data-testid="registration-sent">
        <p class="ds_inset-text__text">{message || 'We have sent you an email with a link.'}</p>
      </div>
      <p>
        We sent it to <strong>{email}</strong>. Open the link in it to confirm your email address: we cannot look at
        the registration until you do.
      </p>
      <p>If nothing comes within a few minutes, check your junk or spam folder.</p>
      <p>
        <Link href="/">Go to the sign-in page</Link>
      </p>
    </>
  );
}
