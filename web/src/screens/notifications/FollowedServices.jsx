// Providers: the kinds of service (CPV codes) their organisation follows. When a
// buyer publishes an early notice or a tender for one of them, the organisation's
// staff are told. Each add or remove is saved at once. The list is shared, so the
// page says who last changed it, and when.
import { useState } from 'preact/hooks';
import { get, put } from '../../api.js';
import { Loading } from '../../components/Loading.jsx';
import { announce } from '../../components/Announcer.jsx';
import { useLoad } from '../../load.js';
import { explain } from '../../problems.js';
import { useSession } from '../../session.js';
import { day } from '../provider/work.js';

// The service's name for a followed code (its `items`), where it has one: the
// health and social work codes.
const titleOf = (answer, code) => answer?.items?.find((i) => i.code === code)?.title ?? null;

// The CPV check digit: the 8 digits weighted 3, 7, 1, 3, 7, 1, 3, 7, summed, mod 10.
function checkDigit(digits) {
  const weights = [3, 7, 1, 3, 7, 1, 3, 7];
  return [...digits].reduce((sum, d, i) => sum + weights[i] * Number(d), 0) % 10;
}

// "85312000-9" as typed, or 8 digits alone (the check digit is added), spaces ignored.
export function normalise(typed) {
  const text = typed.replace(/\s+/g, '');
  if (/^\d{8}$/.test(text)) return `${text}-${checkDigit(text)}`;
  return /^\d{8}-\d$/.test(text) ? text : null;
}

const inputId = 'cpv-code';

// "Last changed by Fiona Officer on 3 December 2026"; nothing before anyone has changed it.
function LastChanged({ list }) {
  if (!list?.changed_by || !list.changed_at) return null;
  return (
    <p class="ds_hint-text" data-testid="followed-changed">
      Last changed by {list.changed_by.display_name} on {day(list.changed_at)}
    </p>
  );
}

export function FollowedServices({ problems }) {
  const { me } = useSession();
  const { data, error } = useLoad(() => get('/me/followed-cpv-codes'), []);
  const [saved, setSaved] = useState(null);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const current = saved ?? data;
  const list = current?.cpv_codes;
  const organisation = me?.organisation?.name ?? 'your organisation';

  const save = async (next, done) => {
    setBusy(true);
    try {
      const answer = await put('/me/followed-cpv-codes', { cpv_codes: next });
      setSaved(answer);
      problems.clear();
      done(answer);
      return true;
    } catch (e) {
      problems.fail(e, (pointer) => (pointer === `/cpv_codes/${next.length - 1}` || pointer === '/cpv_codes' ? inputId : null),
        () => 'Kind of service');
      return false;
    } finally {
      setBusy(false);
    }
  };
  const add = async (event) => {
    event.preventDefault();
    const code = normalise(typed);
    if (!code)
      return problems.found({
        [inputId]: 'Enter the code as 8 digits, a dash and 1 more digit, for example 85312000-9.',
      });
    if (list.includes(code)) return problems.found({ [inputId]: `${organisation} already follows ${code}.` });
    await save([...list, code], (answer) => {
      setTyped('');
      const title = titleOf(answer, code);
      announce(`${organisation} now follows ${code}${title ? `, ${title}` : ''}.`);
    });
  };
  const remove = (code) =>
    save(list.filter((c) => c !== code), () => {
      announce(`${organisation} no longer follows ${code}.`);
      document.getElementById('followed-title')?.focus();
    });

  const fieldError = problems.errors[inputId];
  return (
    <section aria-labelledby="followed-title" class="followed-services" data-testid="followed-services">
      <h2 id="followed-title" tabIndex={-1}>
        Services you follow
      </h2>
      <p>
        When a buyer publishes an early notice or a tender for a kind of service that {organisation} follows,
        everyone in {organisation} is told here. This list is shared by everyone in {organisation}.
      </p>
      {error ? (
        <p class="problem-message" role="alert">
          {explain(error)}
        </p>
      ) : !list ? (
        <Loading what="the services you follow" />
      ) : (
        <>
          <LastChanged list={current} />
          {list.length === 0 ? (
            <p data-testid="followed-none">{organisation} does not follow any kinds of service yet.</p>
          ) : (
            <ul class="followed-list" data-testid="followed-list">
              {list.map((code) => (
                <li key={code} class="followed-list__item">
                  <span>
                    <strong>{titleOf(current, code) ?? 'A kind of service'}</strong> <span class="cpv-code">({code})</span>
                  </span>
                  <button type="button" class="ds_button ds_button--secondary ds_button--small" disabled={busy}
                    onClick={() => remove(code)}>
                    Stop following<span class="visually-hidden"> {code}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <form onSubmit={add} noValidate data-testid="follow-form">
            <div class={`ds_question${fieldError ? ' ds_question--error' : ''}`}>
              <label class="ds_label" for={inputId}>
                Follow another kind of service
              </label>
              <p class="ds_hint-text" id={`${inputId}-hint`}>
                Type its CPV code. A CPV code is 8 digits, a dash and 1 more digit that checks the others: for example
                85312000-9 is social work services without accommodation. You can leave out the dash and the last digit.
                A code also covers the codes under it: 85300000-2 covers all social work and related services.
              </p>
              {fieldError && (
                <p class="ds_question__error-message" id={`${inputId}-error`}>
                  {fieldError}
                </p>
              )}
              <input class={`ds_input ds_input--fixed-10${fieldError ? ' ds_input--error' : ''}`} type="text" id={inputId}
                name={inputId} inputMode="numeric" autocomplete="off" spellcheck={false} value={typed}
                aria-invalid={fieldError ? 'true' : undefined}
                aria-describedby={[`${inputId}-hint`, fieldError && `${inputId}-error`].filter(Boolean).join(' ')}
                onInput={(e) => setTyped(e.currentTarget.value)} />
            </div>
            <button type="submit" class="ds_button ds_button--secondary" disabled={busy}>
              Follow this kind of service
            </button>
          </form>
        </>
      )}
    </section>
  );
}
