// /register/confirm#TOKEN, from the email sent on registering: opening it confirms the
// contact's address, and the registration then waits for an administrator. The token stays
// after '#' and goes only in the body of a POST.
import { useEffect, useState } from 'preact/hooks';
import { post } from '../../api.js';
import { ErrorPage } from '../../components/ErrorMessage.jsx';
import { Loading } from '../../components/Loading.jsx';
import { PageHeading } from '../../components/PageHeading.jsx';
import { linkToken } from '../../accounts.js';
import { Link } from '../../router.jsx';
import { DeadLink } from '../accounts/DeadLink.jsx';

export function ConfirmRegistration() {
  const [token] = useState(linkToken);
  const [result, setResult] = useState(token ? undefined : { dead: true });

  useEffect(() => {
    if (!token) return;
    post('/registrations/confirmation', { token }).then(
      (registration) => setResult({ registration }),
      (error) => setResult(error.status === 410 || error.kind === 'link-invalid' ? { dead: true } : { error }),
    );
  }, []);

  if (result === undefined) return <Loading what="your registration" />;
  if (result.error) return <ErrorPage error={result.error} />;
  if (result.dead)
    return (
      <DeadLink>
        <p>
          The link in your email does not work any more. If you have opened it before, your email address is confirmed
          already and there is nothing more to do: we will email you once an administrator has decided.
        </p>
        <p>
          Otherwise the link may be too old. You can <Link href="/register">register your organisation again</Link>.
        </p>
      </DeadLink>
    );
  return (
    <>
      <PageHeading>Your registration is waiting for approval</PageHeading>
      <div class="ds_inset-text" data-testid="registration-confirmed">
        <p class="ds_inset-text__text">
          Thank you: your email address is confirmed. <strong>{result.registration.name}</strong> is now waiting for
          one of our administrators to check it.
        </p>
      </div>
      <h2>What happens next</h2>
      <p>
        We will email you when they have decided. If they approve it, the email invites you to set up your account, and
        you can then invite your colleagues. They may contact you first if they have questions.
      </p>
      <p>You can close this page.</p>
    </>
  );
}
