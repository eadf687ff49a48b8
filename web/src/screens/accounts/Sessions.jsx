// "Where you are signed in" on Your account: each session, the device named from its
// browser's user agent, where from, when last used; this one marked, each other one
// with its own "Sign out", and all the others at once.
import { useState } from 'preact/hooks';
import { get, request } from '../../api.js';
import { announce } from '../../components/Announcer.jsx';
import { Loading } from '../../components/Loading.jsx';
import { deviceName, whenWords } from '../../accounts.js';
import { useLoad } from '../../load.js';
import { explain } from '../../problems.js';
import { dateTimeWords, plural } from '../../words.js';

const name = (s) => (s.kind === 'bearer' && !s.user_agent ? 'A program using the API' : deviceName(s.user_agent));

export function Sessions({ version }) {
  const { data, error, reload } = useLoad(() => get('/me/sessions'), [version]);
  const [busy, setBusy] = useState(null);
  const [problem, setProblem] = useState(null);

  const end = async (session) => {
    setBusy(session?.id ?? 'all');
    setProblem(null);
    try {
      await request('DELETE', session ? `/me/sessions/${encodeURIComponent(session.id)}` : '/me/sessions');
      announce(session ? `Signed out of ${name(session)}.` : 'Signed out of all your other devices.');
      reload();
    } catch (e) {
      setProblem(explain(e));
    } finally {
      setBusy(null);
    }
  };

  let content;
  if (error) content = <p role="alert">{explain(error)}</p>;
  else if (!data) content = <Loading what="where you are signed in" />;
  else {
    const others = data.items.filter((s) => !s.current);
    content = (
      <>
        <p data-testid="sessions-count">
          {others.length === 0
            ? 'You are signed in on this device only.'
            : `You are signed in here and in ${plural(others.length, 'other place')}.`}
        </p>
        <ul class="sessions-list" data-testid="sessions">
          {data.items.map((s) => (
            <li key={s.id} class={`session-card${s.current ? ' session-card--current' : ''}`} data-testid={`session-${s.id}`}>
              <h3 class="ds_h4">
                {name(s)}
                {s.current && (
                  <>
                    {' '}
                    <strong class="ds_tag ds_tag--green">This device</strong>
                  </>
                )}
              </h3>
              <p>
                Last used {s.current ? 'now' : whenWords(s.last_used_at)}
                {s.client_address ? `, from the internet address ${s.client_address}` : ''}.
                <br />
                Signed in on {dateTimeWords(s.created_at)}.
              </p>
              {!s.current && (
                <button
                  type="button"
                  class="ds_button ds_button--secondary ds_button--small"
                  disabled={busy !== null}
                  onClick={() => end(s)}
                >
                  {busy === s.id ? 'Signing out…' : 'Sign out'}
                  <span class="visually-hidden"> of {name(s)}, last used {whenWords(s.last_used_at)}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
        {others.length > 0 && (
          <button type="button" class="ds_button" disabled={busy !== null} onClick={() => end(null)}>
            {busy === 'all' ? 'Signing out…' : 'Sign out of all other devices'}
          </button>
        )}
      </>
    );
  }

  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">Where you are signed in</h2>
      {problem && (
        <p class="problem-message" role="alert">
          {problem}
        </p>
      )}
      {content}
    </section>
  );
}
