// /admin/outbox: the service's emails by state, and the ones that could not be sent,
// newest first, each with why in plain words (and the mail server's own text) and
// "Try sending again" (GET /admin/outbox, POST /admin/outbox/{id}/retry).
import { useEffect, useRef, useState } from 'preact/hooks';
import { get, post } from '../../api.js';
import { announce } from '../../components/Announcer.jsx';
import { SummaryList } from '../../components/Check.jsx';
import { ErrorPage } from '../../components/ErrorMessage.jsx';
import { Loading } from '../../components/Loading.jsx';
import { PageHeading } from '../../components/PageHeading.jsx';
import { Pager } from '../../components/Pager.jsx';
import { useLoad } from '../../load.js';
import { explain } from '../../problems.js';
import { Link } from '../../router.jsx';
import { dateTimeWords, plural } from '../../words.js';
import { errorWords, kindWords, states } from './emails.js';

const PAGE = 20;

export function AdminOutbox() {
  const [offset, setOffset] = useState(0);
  const { data, error, reload } = useLoad(() => get(`/admin/outbox?limit=${PAGE}&offset=${offset}`), [offset]);
  // After "Show the latest" (not on opening the page), a screen reader hears the news.
  const refreshed = useRef(false);
  useEffect(() => {
    if (data && refreshed.current) announce(`The list is up to date. ${failedWords(data.counts.failed ?? 0)}`);
    refreshed.current = false;
  }, [data]);

  if (error) return <ErrorPage error={error} back="/admin" backText="Back to your home" />;
  if (!data) return <Loading what="the emails" />;
  const refresh = () => {
    refreshed.current = true;
    reload();
  };
  return (
    <>
      <PageHeading>Emails</PageHeading>
      <p class="ds_leader">
        How the service’s emails are getting on, and the ones that could not be sent, so that you can send them again.
      </p>
      <h2>All emails</h2>
      <SummaryList testId="email-counts" rows={states.map(([state, words]) => ({ key: words, value: String(data.counts[state] ?? 0) }))} />
      <h2 id="failed-title">Emails that could not be sent</h2>
      <p>
        <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={refresh}>
          Show the latest
        </button>
      </p>
      <FailedEmails data={data} offset={offset} onPage={setOffset} />
      <p>
        <Link href="/admin">Back to your home</Link>
      </p>
    </>
  );
}

const failedWords = (n) => (n === 0 ? 'No emails have failed.' : `${plural(n, 'email')} could not be sent.`);

function FailedEmails({ data, offset, onPage }) {
  const total = data.counts.failed ?? 0;
  if (data.failed.length === 0)
    return (
      <p data-testid="failed-none">
        {total === 0 ? 'None. Every email has been sent or is waiting its turn.' : 'There are no more on this page.'}
      </p>
    );
  const last = offset + data.failed.length;
  return (
    <>
      <p data-testid="failed-range">
        {total > PAGE ? `Showing ${offset + 1} to ${last} of ${total}, newest first.` : `${failedWords(total)} Newest first.`}{' '}
        Trying again is worth it once the reason is put right, or if it may have been a passing fault.
      </p>
      <ul class="failed-emails" aria-labelledby="failed-title" data-testid="failed-emails">
        {data.failed.map((email) => (
          <FailedEmail key={email.id} email={email} />
        ))}
      </ul>
      <Pager label="Pages of emails that could not be sent" total={total} offset={offset} size={PAGE} onPage={onPage} />
    </>
  );
}

function FailedEmail({ email }) {
  const rows = [
    { key: 'About', value: kindWords(email.kind) },
    { key: 'Written', value: dateTimeWords(email.created_at) },
    { key: 'Tries', value: email.attempts === 1 ? 'Tried once' : `Tried ${email.attempts} times` },
    { key: 'Why it was not sent', value: <FailureReason error={email.last_error} /> },
  ];
  return (
    <li class="failed-email" data-testid={`failed-${email.id}`}>
      <h3 class="failed-email__to">
        To {email.to}
      </h3>
      <SummaryList rows={rows} />
      <Retry email={email} />
    </li>
  );
}

function FailureReason({ error }) {
  return (
    <>
      <p class="failed-email__reason">{errorWords(error)}</p>
      {error && (
        <details class="ds_details failed-email__detail">
          <summary class="ds_details__summary">What the mail server said</summary>
          <div class="ds_details__text">
            <code>{error}</code>
          </div>
        </details>
      )}
    </>
  );
}

// "Try sending again": the email goes back into the queue, due now. The answer is said
// in place of the button, and read out.
function Retry({ email }) {
  const [state, setState] = useState(null); // null | 'busy' | 'queued' | {problem}
  const said = useRef(null);
  useEffect(() => {
    if (state === 'queued' || state?.problem) said.current?.focus();
  }, [state]);

  const retry = async () => {
    setState('busy');
    try {
      await post(`/admin/outbox/${encodeURIComponent(email.id)}/retry`);
      setState('queued');
      announce(`The email to ${email.to} is being sent again.`);
    } catch (error) {
      const problem = explain(error);
      setState({ problem });
      announce(problem);
    }
  };

  if (state === 'queued')
    return (
      <div class="ds_inset-text" data-testid="retry-done" tabIndex={-1} ref={said}>
        <p class="ds_inset-text__text">
          Sending it again now. If it fails again, it comes back to this list with the new reason: press “Show the latest”
          above in a minute to check.
        </p>
      </div>
    );
  return (
    <>
      {state?.problem && (
        <p class="ds_question__error-message" data-testid="retry-problem" tabIndex={-1} ref={said}>
          {state.problem}
        </p>
      )}
      <button type="button" class="ds_button ds_button--small" disabled={state === 'busy'} onClick={retry}>
        {state === 'busy' ? 'Sending…' : 'Try sending again'}
        <span class="visually-hidden"> to {email.to}</span>
      </button>
    </>
  );
}
