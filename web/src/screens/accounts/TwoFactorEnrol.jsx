// Turning on two-factor sign-in: get an app, scan the QR code (or type the secret), type
// the first code, keep the recovery codes. Anyone may turn it on from Your account; an
// administrator or commissioner whose installation requires it is brought here at sign-in
// and sees nothing else until it is on (`forced`), then goes on to the page they asked for.
import { useEffect, useState } from 'preact/hooks';
import { get, post } from '../../api.js';
import { announce } from '../../components/Announcer.jsx';
import { ErrorSummary, ErrorPage } from '../../components/ErrorMessage.jsx';
import { Loading } from '../../components/Loading.jsx';
import { PageHeading } from '../../components/PageHeading.jsx';
import { fieldProblems } from '../../accounts.js';
import { explain } from '../../problems.js';
import { Link, navigate, nextPath } from '../../router.jsx';
import { useSession } from '../../session.js';
import { CodeField, RecoveryCodes, WhatIsAnApp, cleanCode, codeProblem, inFours } from './twoFactorParts.jsx';

const focus = (selector) => setTimeout(() => document.querySelector(selector)?.focus(), 0);

export function TwoFactorEnrol({ forced = false }) {
  const { me, refresh } = useSession();
  const [status, setStatus] = useState(undefined);
  const [loadError, setLoadError] = useState(null);
  const [enrolment, setEnrolment] = useState(null); // {secret, otpauth_uri, qr}
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState(null);
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  const [codes, setCodes] = useState(null);
  const [kept, setKept] = useState(false);
  const [keptError, setKeptError] = useState(null);

  useEffect(() => {
    get('/me/two-factor').then(setStatus, setLoadError);
  }, []);

  const start = async () => {
    setBusy(true);
    setProblem(null);
    try {
      setEnrolment(await post('/me/two-factor/enrolment'));
      announce('Step 2: add your account to your app.');
      focus('#scan-title');
    } catch (error) {
      setProblem(explain(error));
      focus('.ds_error-summary');
    } finally {
      setBusy(false);
    }
  };

  const confirm = async (event) => {
    event.preventDefault();
    setProblem(null);
    const own = codeProblem(code);
    setCodeError(own);
    if (own) return focus('.ds_error-summary');
    setBusy(true);
    try {
      const result = await post('/me/two-factor', { one_time_code: cleanCode(code) });
      setCodes(result.recovery_codes);
      setCode('');
      announce('Two-factor sign-in is now on. Step 4: keep your recovery codes.');
      focus('#codes-title');
    } catch (error) {
      const fields = fieldProblems(error, ['one_time_code']);
      if (fields.one_time_code)
        setCodeError('That code is not right. Please type the code your app shows now (it changes every 30 seconds).');
      else setProblem(explain(error));
      focus('.ds_error-summary');
    } finally {
      setBusy(false);
    }
  };

  const finish = async (event) => {
    event.preventDefault();
    if (!kept) {
      setKeptError('Tick the box to say you have kept your recovery codes somewhere safe');
      return focus('.ds_error-summary');
    }
    await refresh?.(); // the header and the pages now see it on
    navigate(nextPath() ?? '/account');
  };

  if (loadError) return <ErrorPage error={loadError} />;
  if (status === undefined) return <Loading />;

  const heading = <PageHeading>Set up two-factor sign-in</PageHeading>;
  if (status.enabled && !codes)
    return (
      <>
        {heading}
        <p data-testid="two-factor-already-on">Two-factor sign-in is already on for your account.</p>
        <p>
          <Link href="/account">Go to your account</Link>
        </p>
      </>
    );

  if (codes) {
    const errors = keptError ? [{ href: '#kept', text: keptError }] : [];
    return (
      <>
        {heading}
        <div class="ds_inset-text" data-testid="two-factor-on">
          <p class="ds_inset-text__text">Two-factor sign-in is now on for your account.</p>
        </div>
        <ErrorSummary errors={errors} />
        <h2 id="codes-title" tabIndex={-1}>
          Step 4: keep your recovery codes
        </h2>
        <RecoveryCodes codes={codes} />
        <form onSubmit={finish} noValidate>
          <div class={`ds_question${keptError ? ' ds_question--error' : ''}`}>
            {keptError && (
              <p class="ds_question__error-message" id="kept-error">
                {keptError}
              </p>
            )}
            <div class="ds_checkbox">
              <input
                class="ds_checkbox__input"
                type="checkbox"
                id="kept"
                checked={kept}
                aria-describedby={keptError ? 'kept-error' : undefined}
                onChange={(e) => setKept(e.currentTarget.checked)}
              />
              <label class="ds_checkbox__label" for="kept">
                I have kept my recovery codes somewhere safe
              </label>
            </div>
          </div>
          <button type="submit" class="ds_button">
            Continue
          </button>
        </form>
      </>
    );
  }

  const errors = codeError ? [{ href: '#one_time_code', text: codeError }] : [];
  return (
    <>
      {heading}
      {forced && (
        <div class="ds_inset-text" data-testid="two-factor-forced">
          <p class="ds_inset-text__text">
            {me?.role === 'admin' ? 'Administrators' : 'Commissioners'} must use two-factor sign-in on this service.
            Please set it up now: it takes a few minutes. You can use the rest of the service once it is on.
          </p>
        </div>
      )}
      <p>
        Two-factor sign-in keeps your account safe. As well as your password, you type a code from an app on your
        phone.
      </p>
      <ErrorSummary message={problem} errors={errors} />
      <h2>Step 1: get an authenticator app</h2>
      <WhatIsAnApp />
      <p>If you do not have one yet, install one from your phone’s app store, then come back to this page.</p>
      {!enrolment && (
        <button type="button" class="ds_button" disabled={busy} onClick={start}>
          {busy ? 'Getting your code…' : 'I have an app: continue'}
        </button>
      )}
      {enrolment && (
        <>
          <h2 id="scan-title" tabIndex={-1}>
            Step 2: add your account to the app
          </h2>
          <p>
            In your app, choose to add an account, then point your phone’s camera at this QR code. If you cannot
            scan it, you can type the key below into the app instead.
          </p>
          <p class="two-factor-qr">
            <img src={enrolment.qr} alt="QR code for your authenticator app" width="200" height="200" />
          </p>
          <p id="secret-hint">
            The key to type in (choose “enter a setup key” or “enter code manually” in your app; the spaces do not
            matter):
          </p>
          <p class="two-factor-secret">
            <code data-testid="two-factor-secret" aria-describedby="secret-hint">
              {inFours(enrolment.secret)}
            </code>
          </p>
          <h2>Step 3: type the code from the app</h2>
          <form onSubmit={confirm} noValidate>
            <CodeField
              hint="Your app now shows a 6-digit code for Collabtender. Type it here. If it changes while you type, use the new one."
              error={codeError}
              value={code}
              onInput={setCode}
            />
            <button type="submit" class="ds_button" disabled={busy}>
              {busy ? 'Checking…' : 'Turn on two-factor sign-in'}
            </button>
          </form>
        </>
      )}
    </>
  );
}
