// Sign in with the email address and password the commissioner gave you. The
// published notices need no sign-in: the page says where they are.
import { useState } from 'preact/hooks';
import { PageHeading } from '../components/PageHeading.jsx';
import { ErrorSummary } from '../components/ErrorMessage.jsx';
import { explain } from '../problems.js';
import { Link, requestFocus } from '../router.jsx';
import { signIn } from '../session.js';
import { CodeField, cleanCode, codeProblem } from './accounts/twoFactorParts.jsx';

export function SignIn({ onSignedIn, ended = false }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState(null);
  const [missing, setMissing] = useState({});
  const [busy, setBusy] = useState(false);
  // The second step, for a person who turned on two-factor sign-in: the password was right,
  // and is kept in memory (this component) only until the code goes with it.
  const [second, setSecond] = useState(false);

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
      if (error.kind === 'two-factor-required') {
        setBusy(false);
        setSecond(true);
        return;
      }
      setProblem(explain(error));
      setBusy(false);
      setTimeout(() => document.querySelector('.ds_error-summary')?.focus(), 0);
    }
  };

  if (second)
    return (
      <CodeStep
        email={email.trim()}
        password={password}
        onSignedIn={onSignedIn}
        onBack={() => {
          setSecond(false);
          setPassword('');
        }}
      />
    );

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
      <p>
        Is your organisation a care or support provider that is new here? <Link href="/register">Register your organisation</Link>{' '}
        to bid for contracts and join partnerships.
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

// "Enter the code from your app", or a recovery code instead.
export function CodeStep({ email, password, onSignedIn, onBack, note = null }) {
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [error, setError] = useState(null);
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  const field = recovery ? 'recovery_code' : 'one_time_code';
  const focusSummary = () => setTimeout(() => document.querySelector('.ds_error-summary')?.focus(), 0);

  const submit = async (event) => {
    event.preventDefault();
    setProblem(null);
    const own = recovery ? (code.trim() ? null : 'Enter one of your recovery codes') : codeProblem(code);
    setError(own);
    if (own) return focusSummary();
    setBusy(true);
    try {
      const me = await signIn(email, password, recovery ? { recovery_code: code.trim() } : { one_time_code: cleanCode(code) });
      requestFocus();
      onSignedIn(me);
    } catch (e) {
      setBusy(false);
      if (e.kind === 'two-factor-invalid')
        setError(
          recovery
            ? 'That recovery code is not right, or it has been used already. Each recovery code works once.'
            : 'That code is not right, or it has been used already. Wait for your app to show a new code, then type it.',
        );
      else setProblem(explain(e));
      focusSummary();
    }
  };

  const switchTo = (toRecovery) => {
    setRecovery(toRecovery);
    setCode('');
    setError(null);
    setProblem(null);
    setTimeout(() => document.getElementById(toRecovery ? 'recovery_code' : 'one_time_code')?.focus(), 0);
  };

  const errors = error ? [{ href: `#${field}`, text: error }] : [];
  return (
    <>
      <PageHeading>{recovery ? 'Use a recovery code' : 'Enter the code from your app'}</PageHeading>
      {note}
      <p>
        Your password is right. You turned on two-factor sign-in, so we also need{' '}
        {recovery ? 'one of the recovery codes you kept when you set it up.' : 'the 6-digit code your authenticator app shows now.'}
      </p>
      {!recovery && (
        <p>
          The app is on your phone, for example Google Authenticator, Microsoft Authenticator or a password manager. It
          shows a new code every 30 seconds.
        </p>
      )}
      <ErrorSummary message={problem} errors={errors} />
      <form onSubmit={submit} noValidate class="sign-in">
        {recovery ? (
          <div class={`ds_question${error ? ' ds_question--error' : ''}`}>
            <label class="ds_label" for="recovery_code">
              Recovery code
            </label>
            <p class="ds_hint-text" id="recovery_code-hint">
              Each recovery code works once. Cross it off your list after you use it.
            </p>
            {error && (
              <p class="ds_question__error-message" id="recovery_code-error">
                {error}
              </p>
            )}
            <input
              class={`ds_input${error ? ' ds_input--error' : ''}`}
              type="text"
              id="recovery_code"
              name="recovery_code"
              autocomplete="off"
              spellcheck={false}
              autocapitalize="off"
              value={code}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? 'recovery_code-hint recovery_code-error' : 'recovery_code-hint'}
              onInput={(e) => setCode(e.currentTarget.value)}
            />
          </div>
        ) : (
          <CodeField label="Code from your app" error={error} value={code} onInput={setCode} />
        )}
        <button type="submit" class="ds_button" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p>
        {recovery ? (
          <button type="button" class="ds_link link-button" onClick={() => switchTo(false)}>
            Use a code from my app instead
          </button>
        ) : (
          <button type="button" class="ds_link link-button" onClick={() => switchTo(true)}>
            I do not have my phone: use a recovery code
          </button>
        )}
      </p>
      <p>
        If you have lost your phone and your recovery codes, ask the person who set up your account to reset your
        two-factor sign-in.
      </p>
      <p>
        <button type="button" class="ds_link link-button" onClick={onBack}>
          Start again with a different email address
        </button>
      </p>
    </>
  );
}
