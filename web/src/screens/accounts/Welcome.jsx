// /welcome#TOKEN, from the invitation email: who the account is for, a password to
// choose, then signed in and home. The token stays after '#', so it is never in an
// address the service (or its logs) sees; it goes only in the body of a POST.
import { useEffect, useState } from 'preact/hooks';
import { post } from '../../api.js';
import { PageHeading } from '../../components/PageHeading.jsx';
import { ErrorSummary } from '../../components/ErrorMessage.jsx';
import { Loading } from '../../components/Loading.jsx';
import { PasswordField } from '../../components/PasswordField.jsx';
import { fieldProblems, linkToken, passwordHint, passwordProblem, roleAs } from '../../accounts.js';
import { explain } from '../../problems.js';
import { navigate } from '../../router.jsx';
import { signIn, useSession } from '../../session.js';
import { DeadLink } from './DeadLink.jsx';

const focusSummary = () => setTimeout(() => document.querySelector('.ds_error-summary')?.focus(), 0);

export function Welcome() {
  const { signedIn } = useSession();
  const [token] = useState(linkToken);
  const [invitation, setInvitation] = useState(undefined); // null: the link is dead
  const [loadError, setLoadError] = useState(null);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!token) {
      setInvitation(null);
      return;
    }
    post('/auth/invitation', { token }).then(setInvitation, (error) => {
      if (error.status === 410 || error.status === 422) setInvitation(null);
      else setLoadError(error);
    });
  }, [token]);

  const submit = async (event) => {
    event.preventDefault();
    setProblem(null);
    const own = passwordProblem(password);
    setErrors(own ? { password: own } : {});
    if (own) return focusSummary();
    setBusy(true);
    try {
      const { email } = await post('/auth/invitation/accept', { token, password });
      signedIn(await signIn(email, password));
      navigate('/', { replace: true });
    } catch (error) {
      setBusy(false);
      if (error.status === 410) return setInvitation(null);
      const fields = fieldProblems(error, ['password']);
      setErrors(fields);
      setProblem(Object.keys(fields).length ? null : explain(error));
      focusSummary();
    }
  };

  if (loadError)
    return (
      <>
        <PageHeading>Sorry, we cannot show this page</PageHeading>
        <p role="alert">{explain(loadError)}</p>
      </>
    );
  if (invitation === undefined) return <Loading what="your invitation" />;
  if (invitation === null)
    return (
      <DeadLink>
        <p>
          The link in your invitation email does not work any more. It may have been used already, it may be too old,
          or a newer invitation may have been sent.
        </p>
        <p>Please ask the person who invited you to send you a new invitation.</p>
        <p>If you have already chosen a password, you can sign in with it.</p>
      </DeadLink>
    );

  const list = Object.entries(errors).map(([field, text]) => ({ href: `#${field}`, text }));
  return (
    <>
      <PageHeading>Welcome, {invitation.display_name}</PageHeading>
      <p class="ds_leader" data-testid="welcome-who">
        {invitation.organisation_name} has an account for you as {roleAs[invitation.role] ?? invitation.role}.
      </p>
      <p>
        You will sign in with your email address, <strong>{invitation.email}</strong>, and a password you choose now.
      </p>
      <ErrorSummary message={problem} errors={list} />
      <form onSubmit={submit} noValidate>
        {/* For password managers: the account the new password belongs to. */}
        <input type="hidden" name="username" autocomplete="username" value={invitation.email} />
        <PasswordField
          id="password"
          label="Choose a password"
          hint={passwordHint}
          error={errors.password}
          value={password}
          onInput={setPassword}
        />
        <button type="submit" class="ds_button" disabled={busy}>
          {busy ? 'Setting up your account…' : 'Save my password and sign in'}
        </button>
      </form>
    </>
  );
}
