// /reset-password#TOKEN, from the reset email: a new password, then signed in and
// home. The link is checked on opening (POST /auth/password-reset/check), so a dead link
// says so at once and a live one names whose password is being set. A person with
// two-factor sign-in then types a code from their app to be signed in.
import { useEffect, useState } from 'preact/hooks';
import { post } from '../../api.js';
import { PageHeading } from '../../components/PageHeading.jsx';
import { ErrorSummary } from '../../components/ErrorMessage.jsx';
import { PasswordField } from '../../components/PasswordField.jsx';
import { fieldProblems, linkToken, passwordHint, passwordProblem } from '../../accounts.js';
import { explain } from '../../problems.js';
import { Link, navigate } from '../../router.jsx';
import { Loading } from '../../components/Loading.jsx';
import { CodeStep } from '../SignIn.jsx';
import { signIn, useSession } from '../../session.js';
import { DeadLink } from './DeadLink.jsx';

const focusSummary = () => setTimeout(() => document.querySelector('.ds_error-summary')?.focus(), 0);

export function ResetPassword() {
  const { signedIn } = useSession();
  const [token] = useState(linkToken);
  const [dead, setDead] = useState(!token);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  const [whose, setWhose] = useState(null); // the account's email address, once the link is checked
  const [second, setSecond] = useState(null); // {email}: saved; signing in needs a code

  useEffect(() => {
    if (!token) return;
    post('/auth/password-reset/check', { token }).then(
      ({ email }) => setWhose(email),
      (error) => {
        if (error.status === 410) setDead(true);
        else setWhose(''); // unreachable just now: the form still works, and says so if not
      },
    );
  }, []);

  const submit = async (event) => {
    event.preventDefault();
    setProblem(null);
    const own = passwordProblem(password);
    setErrors(own ? { password: own } : {});
    if (own) return focusSummary();
    setBusy(true);
    try {
      const { email } = await post('/auth/password-reset/confirm', { token, password });
      try {
        signedIn(await signIn(email, password));
      } catch (error) {
        if (error.kind !== 'two-factor-required') throw error;
        setBusy(false);
        return setSecond({ email });
      }
      navigate('/', { replace: true });
    } catch (error) {
      setBusy(false);
      if (error.status === 410) return setDead(true);
      const fields = fieldProblems(error, ['password']);
      setErrors(fields);
      setProblem(Object.keys(fields).length ? null : explain(error));
      focusSummary();
    }
  };

  if (dead)
    return (
      <DeadLink>
        <p>
          The link in your email does not work any more. It may have been used already, it may be too old, or you may
          have asked for a newer one.
        </p>
        <p>
          <Link href="/forgot-password">Ask for a new link to reset your password</Link>
        </p>
      </DeadLink>
    );

  if (second)
    return (
      <CodeStep
        email={second.email}
        password={password}
        onSignedIn={(me) => {
          signedIn(me);
          navigate('/', { replace: true });
        }}
        onBack={() => navigate('/', { replace: true })}
        note={
          <div class="ds_inset-text" data-testid="password-saved">
            <p class="ds_inset-text__text">Your new password is saved.</p>
          </div>
        }
      />
    );
  if (whose === null) return <Loading />;

  const list = Object.entries(errors).map(([field, text]) => ({ href: `#${field}`, text }));
  return (
    <>
      <PageHeading>Choose a new password</PageHeading>
      {whose && (
        <p data-testid="reset-for">
          For the account <strong>{whose}</strong>.
        </p>
      )}
      <p class="ds_leader">Once you save it, you are signed in, and you are signed out on every other device.</p>
      <ErrorSummary message={problem} errors={list} />
      <form onSubmit={submit} noValidate>
        <PasswordField
          id="password"
          label="New password"
          hint={passwordHint}
          error={errors.password}
          value={password}
          onInput={setPassword}
        />
        <button type="submit" class="ds_button" disabled={busy}>
          {busy ? 'Saving…' : 'Save my new password and sign in'}
        </button>
      </form>
    </>
  );
}
