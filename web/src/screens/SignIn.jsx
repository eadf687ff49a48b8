// Sign in with the email address and password the commissioner gave you. The
// published notices need no sign-in: the page says where they are.
import { useState } from 'preact/hooks';
import { PageHeading } from '../components/PageHeading.jsx';
import { ErrorSummary } from '../components/ErrorMessage.jsx';
import { explain } from '../problems.js';
import { Link, requestFocus } from '../router.jsx';
import { signIn } from '../session.js';

export function SignIn({ onSignedIn, ended = false }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState(null);
  const [missing, setMissing] = useState({});
  const [busy, setBusy] = useState(false);

  const submit = async (event) => {
    event.preventDefault();
    const empty = {};
    if (!email.trim()) empty.email = 'Enter your email address';
    if (!password) empty.password = 'Enter your password';
    setMissing(empty);
    setProblem(null);
    if (Object.keys(empty).length > 0) {
      document.getElementById(empty.email ? 'email' : 'password')?.focus();
      return;
    }
    setBusy(true);
    try {
      const me = await signIn(email.trim(), password);
      requestFocus();
      onSignedIn(me);
    } catch (error) {
      setProblem(explain(error));
      setBusy(false);
      setTimeout(() => document.querySelector('.ds_error-summary')?.focus(), 0);
    }
  };

  const errors = Object.entries(missing).map(([field, text]) => ({ href: `#${field}`, text }));
  return (
    <>
      <PageHeading>Sign in</PageHeading>
      {ended && (
        <div class="ds_inset-text" data-testid="signed-out-message">
          <p class="ds_inset-text__text">
            You have been signed out, here or in another window, or because you had not used the service for a
            while. Please sign in again. Anything you wrote is kept on this device.
          </p>
        </div>
      )}
      <p>Sign in to score bids as a member of an evaluation panel, or to work on a tender.</p>
      <p>
        Looking for work? You can read every published tender without signing in:{' '}
        <Link href="/opportunities">Find opportunities</Link>.
      </p>
      <ErrorSummary message={problem} errors={errors} />
      <form onSubmit={submit} noValidate class="sign-in">
        <div class={`ds_question${missing.email ? ' ds_question--error' : ''}`}>
          <label class="ds_label" for="email">
            Email address
          </label>
          {missing.email && (
            <p class="ds_question__error-message" id="email-error">
              {missing.email}
            </p>
          )}
          <input
            class={`ds_input${missing.email ? ' ds_input--error' : ''}`}
            type="email"
            id="email"
            name="email"
            autocomplete="username"
            spellcheck={false}
            value={email}
            aria-invalid={missing.email ? 'true' : undefined}
            aria-describedby={missing.email ? 'email-error' : undefined}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
        </div>
        <div class={`ds_question${missing.password ? ' ds_question--error' : ''}`}>
          <label class="ds_label" for="password">
            Password
          </label>
          {missing.password && (
            <p class="ds_question__error-message" id="password-error">
              {missing.password}
            </p>
          )}
          <input
            class={`ds_input${missing.password ? ' ds_input--error' : ''}`}
            type="password"
            id="password"
            name="password"
            autocomplete="current-password"
            value={password}
            aria-invalid={missing.password ? 'true' : undefined}
            aria-describedby={missing.password ? 'password-error' : undefined}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="ds_button" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p>
        <Link href="/forgot-password">Forgotten your password?</Link>
      </p>
    </>
  );
}
