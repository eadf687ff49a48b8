// /forgot-password: the email address to send a reset link to. The service answers
// the same whether or not it knows the address (so nobody can test addresses here),
// and the page shows that answer in the service's own words.
import { useState } from 'preact/hooks';
import { post } from '../../api.js';
import { PageHeading } from '../../components/PageHeading.jsx';
import { ErrorSummary } from '../../components/ErrorMessage.jsx';
import { TextField } from '../commissioner/Fields.jsx';
import { fieldProblems } from '../../accounts.js';
import { explain } from '../../problems.js';
import { Link } from '../../router.jsx';

const focus = (selector) => setTimeout(() => document.querySelector(selector)?.focus(), 0);

export function ForgotPassword() {
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  const [sent, setSent] = useState(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event) => {
    event.preventDefault();
    setProblem(null);
    if (!email.trim()) {
      setErrors({ email: 'Enter your email address' });
      return focus('.ds_error-summary');
    }
    setErrors({});
    setBusy(true);
    try {
      const answer = await post('/auth/password-reset', { email: email.trim() });
      setSent(answer.detail);
      focus('[data-testid="reset-sent"]');
    } catch (error) {
      const fields = fieldProblems(error, ['email']);
      setErrors(fields);
      setProblem(Object.keys(fields).length ? null : explain(error));
      focus('.ds_error-summary');
    } finally {
      setBusy(false);
    }
  };

  if (sent)
    return (
      <>
        <PageHeading>Check your email</PageHeading>
        <div class="ds_inset-text" data-testid="reset-sent" tabIndex={-1}>
          <p class="ds_inset-text__text">{sent}</p>
        </div>
        <p>The link works once, for a short time. If nothing comes, check your junk or spam folder, or ask again.</p>
        <p>
          <Link href="/">Go to the sign-in page</Link>
        </p>
      </>
    );

  const list = Object.entries(errors).map(([field, text]) => ({ href: `#${field}`, text }));
  return (
    <>
      <PageHeading>Forgotten your password?</PageHeading>
      <p class="ds_leader">We will email you a link to choose a new password.</p>
      <ErrorSummary message={problem} errors={list} />
      <form onSubmit={submit} noValidate>
        <TextField
          id="email"
          label="Your email address"
          hint="The one you sign in with."
          type="email"
          autocomplete="username"
          error={errors.email}
          value={email}
          onInput={setEmail}
        />
        <button type="submit" class="ds_button" disabled={busy}>
          {busy ? 'Sending…' : 'Send me a link'}
        </button>
      </form>
      <p>
        <Link href="/">Back to the sign-in page</Link>
      </p>
    </>
  );
}
