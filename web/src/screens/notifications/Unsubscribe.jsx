// The page an email's "Stop emails like this one" link opens, signed in or not.
// Nothing changes until the person presses the button: mail scanners follow
// links, so opening this page must never unsubscribe anyone.
import { useEffect, useState } from 'preact/hooks';
import { get, post } from '../../api.js';
import { PageHeading } from '../../components/PageHeading.jsx';
import { announce } from '../../components/Announcer.jsx';
import { explain } from '../../problems.js';
import { Link } from '../../router.jsx';

const tokenShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function Settings() {
  return (
    <p>
      <Link href="/notifications/settings">Choose which notifications come by email</Link> (you will be asked to sign
      in).
    </p>
  );
}

function UnknownLink() {
  return (
    <>
      <PageHeading>This link does not work</PageHeading>
      <div class="ds_notification-panel ds_notification-panel--neutral" role="alert" data-testid="unsubscribe-unknown">
        <p>
          We do not know this link, so no emails have been stopped. It may have been copied only in part. Please use the
          link in the email again, or sign in and choose there.
        </p>
      </div>
      <Settings />
    </>
  );
}

export function Unsubscribe() {
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const [state, setState] = useState({ step: 'ask' });
  const [kind, setKind] = useState(null); // what the link would stop: reading it changes nothing
  useEffect(() => {
    if (!tokenShape.test(token)) return;
    get(`/unsubscribe?token=${encodeURIComponent(token)}`).then(setKind, (error) => {
      if (error.status === 404) setState({ step: 'unknown' });
    });
  }, [token]);

  if (!tokenShape.test(token) || state.step === 'unknown') return <UnknownLink />;

  const stop = async () => {
    setState({ step: 'sending' });
    try {
      const answer = await post(`/unsubscribe?token=${encodeURIComponent(token)}`);
      setState({ step: 'done', answer });
      announce(answer.email ? 'This is a formal notice: it still comes by email.' : 'These emails are stopped.');
    } catch (error) {
      if (error.status === 404) setState({ step: 'unknown' });
      else setState({ step: 'ask', problem: explain(error) });
    }
  };

  if (state.step === 'done') {
    const { answer } = state;
    return (
      <>
        <PageHeading>{answer.email ? 'These emails cannot be stopped' : 'These emails are stopped'}</PageHeading>
        <div class="ds_notification-panel ds_notification-panel--neutral" data-testid="unsubscribe-done">
          {answer.email ? (
            <p>
              The email you came from is a formal notice: <strong>{answer.description}</strong>. Formal notices always
              come by email, so nothing has changed.
            </p>
          ) : (
            <p>
              We will no longer email you when: <strong>{answer.description}</strong>. You will still see these
              notifications on your notifications page when you sign in.
            </p>
          )}
        </div>
        <p>Other emails from collabtender still come as before.</p>
        <Settings />
      </>
    );
  }

  return (
    <>
      <PageHeading>Stop emails like this one</PageHeading>
      <p class="ds_leader">
        You followed the link at the bottom of an email from collabtender. Press the button to stop emails of that kind
        coming to you.
      </p>
      {kind && (
        <p data-testid="unsubscribe-kind">
          The email was about: <strong>{kind.description}</strong>.
        </p>
      )}
      <ul>
        <li>Only that kind of email stops. Other emails still come.</li>
        <li>You will still see these notifications on your notifications page when you sign in.</li>
        <li>Formal notices, such as a bid's receipt or an outcome letter, always come by email.</li>
        <li>You can have them sent by email again at any time on your notification settings page.</li>
      </ul>
      {state.problem && (
        <p class="problem-message" role="alert">
          {state.problem}
        </p>
      )}
      <button type="button" class="ds_button" disabled={state.step === 'sending'} onClick={stop}>
        Stop these emails
      </button>
    </>
  );
}
