// /confirm-email#TOKEN, from the email sent to a new address: opening it changes the
// account's address. Works signed in or not; afterwards the new address is the one to
// sign in with (and the header, if signed in, shows it).
import { useEffect, useState } from 'preact/hooks';
import { post } from '../../api.js';
import { announce } from '../../components/Announcer.jsx';
import { ErrorPage } from '../../components/ErrorMessage.jsx';
import { Loading } from '../../components/Loading.jsx';
import { PageHeading } from '../../components/PageHeading.jsx';
import { linkToken } from '../../accounts.js';
import { Link } from '../../router.jsx';
import { useSession } from '../../session.js';
import { DeadLink } from './DeadLink.jsx';

export function ConfirmEmail() {
  const { me, refresh } = useSession();
  const [token] = useState(linkToken);
  const [result, setResult] = useState(token ? undefined : { dead: true });

  useEffect(() => {
    if (!token) return;
    post('/auth/email-change/confirm', { token }).then(
      ({ email }) => {
        setResult({ email });
        announce(`Your email address is now ${email}.`);
        refresh?.();
      },
      (error) => {
        if (error.status === 410) setResult({ dead: true });
        else if (error.kind === 'email-taken') setResult({ taken: true });
        else setResult({ error });
      },
    );
  }, []);

  if (result === undefined) return <Loading />;
  if (result.error) return <ErrorPage error={result.error} />;
  if (result.dead)
    return (
      <DeadLink>
        <p>
          The link in your email does not work any more. It may have been used already, it may be too old, or you may
          have asked for a newer one. Your email address has not changed.
        </p>
        <p>To try again, go to Your account and ask to change your email address.</p>
      </DeadLink>
    );
  if (result.taken)
    return (
      <>
        <PageHeading>Your email address has not changed</PageHeading>
        <p data-testid="email-taken">
          Someone else now has an account with that email address, so it cannot be yours too. Your email address has
          not changed.
        </p>
        <p>
          <Link href={me ? '/account' : '/'}>{me ? 'Go to your account' : 'Go to the sign-in page'}</Link>
        </p>
      </>
    );
  return (
    <>
      <PageHeading>Your email address has changed</PageHeading>
      <div class="ds_inset-text" data-testid="email-changed">
        <p class="ds_inset-text__text">
          Your email address is now <strong>{result.email}</strong>. Use this address to sign in from now on.
        </p>
      </div>
      <p>
        <Link href={me ? '/account' : '/'}>{me ? 'Go to your account' : 'Go to the sign-in page'}</Link>
      </p>
    </>
  );
}
