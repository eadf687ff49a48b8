// "Two-factor sign-in" on Your account: whether it is on, turning it on (the enrolment
// page), a new set of recovery codes, and turning it off — each change asks for a code
// from the app. Turning off is not offered when the person's role must use it.
import { useEffect, useState } from 'preact/hooks';
import { get, post } from '../../api.js';
import { announce } from '../../components/Announcer.jsx';
import { ErrorSummary } from '../../components/ErrorMessage.jsx';
import { fieldProblems } from '../../accounts.js';
import { explain } from '../../problems.js';
import { Link } from '../../router.jsx';
import { dateWords, plural } from '../../words.js';
import { CodeField, RecoveryCodes, WhatIsAnApp, cleanCode, codeProblem } from './twoFactorParts.jsx';

const focus = (selector) => setTimeout(() => document.querySelector(selector)?.focus(), 0);

export function TwoFactorSection({ onChanged }) {
  const [status, setStatus] = useState(undefined);
  const [problem, setProblem] = useState(null);
  const [action, setAction] = useState(null); // 'codes' | 'off': which one asks for a code
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState(null);
  const [busy, setBusy] = useState(false);
  const [codes, setCodes] = useState(null);
  const [done, setDone] = useState(null);

  const load = () => get('/me/two-factor').then(setStatus, (e) => setProblem(explain(e)));
  useEffect(() => {
    load();
  }, []);

  const choose = (which) => {
    setAction(which);
    setCode('');
    setCodeError(null);
    setProblem(null);
    setCodes(null);
    setDone(null);
    focus('#two-factor-code');
  };

  const submit = async (event) => {
    event.preventDefault();
    setProblem(null);
    const own = codeProblem(code);
    setCodeError(own);
    if (own) return focus('.two-factor-section .ds_error-summary');
    setBusy(true);
    try {
      if (action === 'codes') {
        const result = await post('/me/two-factor/recovery-codes', { one_time_code: cleanCode(code) });
        setCodes(result.recovery_codes);
        announce('Here are your new recovery codes. Your old ones no longer work.');
      } else {
        await post('/me/two-factor/removal', { one_time_code: cleanCode(code) });
        setDone('Two-factor sign-in is now off. You sign in with your password alone.');
        announce('Two-factor sign-in is now off.');
        onChanged?.();
      }
      setAction(null);
      setCode('');
      await load();
    } catch (error) {
      const fields = fieldProblems(error, ['one_time_code']);
      if (fields.one_time_code || error.kind === 'two-factor-invalid')
        setCodeError('That code is not right. Please type the code your app shows now.');
      else setProblem(explain(error));
      focus('.two-factor-section .ds_error-summary');
    } finally {
      setBusy(false);
    }
  };

  const errors = codeError ? [{ href: '#two-factor-code', text: codeError }] : [];
  return (
    <section class="two-factor-section" aria-labelledby="two-factor-title">
      <h2 id="two-factor-title">Two-factor sign-in</h2>
      <ErrorSummary message={problem} errors={errors} />
      {done && (
        <div class="ds_inset-text" data-testid="two-factor-done">
          <p class="ds_inset-text__text">{done}</p>
        </div>
      )}
      {status && !status.enabled && (
        <>
          <p data-testid="two-factor-status">
            <strong>Off.</strong> You sign in with your password alone.
          </p>
          <WhatIsAnApp />
          <p>
            <Link href="/account/two-factor" class="ds_button">
              Set up two-factor sign-in
            </Link>
          </p>
        </>
      )}
      {status?.enabled && (
        <>
          <p data-testid="two-factor-status">
            <strong>On</strong>
            {status.enabled_at ? ` since ${dateWords(status.enabled_at)}` : ''}. When you sign in, you type your
            password and then a code from your authenticator app.
          </p>
          <p data-testid="recovery-codes-left">
            You have {plural(status.recovery_codes_left ?? 0, 'recovery code')} left that you have not used.
          </p>
          {status.required && (
            <p>Your role must use two-factor sign-in on this service, so it cannot be turned off.</p>
          )}
          {codes && (
            <>
              <h3>Your new recovery codes</h3>
              <p>Your old recovery codes no longer work.</p>
              <RecoveryCodes codes={codes} />
            </>
          )}
          {action ? (
            <form onSubmit={submit} noValidate>
              <h3>{action === 'codes' ? 'Get new recovery codes' : 'Turn off two-factor sign-in'}</h3>
              <CodeField
                id="two-factor-code"
                hint="To check it is you, type the 6-digit code your authenticator app shows now."
                error={codeError}
                value={code}
                onInput={setCode}
              />
              <div class="recovery-codes__actions">
                <button type="submit" class="ds_button" disabled={busy}>
                  {action === 'codes' ? 'Get new recovery codes' : 'Turn off two-factor sign-in'}
                </button>
                <button type="button" class="ds_button ds_button--secondary" onClick={() => setAction(null)}>
                  Cancel
                </button>
              </div>
            </form>
          ) : (
            <div class="recovery-codes__actions">
              <button type="button" class="ds_button ds_button--secondary" onClick={() => choose('codes')}>
                Get new recovery codes
              </button>
              {!status.required && (
                <button type="button" class="ds_button ds_button--secondary" onClick={() => choose('off')}>
                  Turn off two-factor sign-in
                </button>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}
