// "Change your password" on Your account: the current one (to prove it is them) and a
// new one. The service signs them out everywhere else; this browser stays signed in.
import { useState } from 'preact/hooks';
import { request } from '../../api.js';
import { announce } from '../../components/Announcer.jsx';
import { ErrorSummary } from '../../components/ErrorMessage.jsx';
import { PasswordField } from '../../components/PasswordField.jsx';
import { fieldProblems, passwordHint, passwordProblem } from '../../accounts.js';
import { explain } from '../../problems.js';

const FIELDS = ['current_password', 'new_password'];
const focus = (selector) => setTimeout(() => document.querySelector(selector)?.focus(), 0);

export function ChangePassword({ onChanged }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event) => {
    event.preventDefault();
    setProblem(null);
    setDone(false);
    const own = {};
    if (!current) own.current_password = 'Enter your current password';
    const weak = passwordProblem(next);
    if (weak) own.new_password = weak === 'Enter a password' ? 'Enter a new password' : weak;
    setErrors(own);
    if (Object.keys(own).length) return focus('.change-password .ds_error-summary');
    setBusy(true);
    try {
      await request('POST', '/me/password', { current_password: current, new_password: next });
      setCurrent('');
      setNext('');
      setDone(true);
      announce('Your password has been changed. You have been signed out on your other devices.');
      onChanged?.();
    } catch (error) {
      const fields = fieldProblems(error, FIELDS);
      setErrors(fields);
      setProblem(Object.keys(fields).length ? null : explain(error));
      focus('.change-password .ds_error-summary');
    } finally {
      setBusy(false);
    }
  };

  const list = Object.entries(errors).map(([field, text]) => ({ href: `#${field}`, text }));
  return (
    <section class="change-password" aria-labelledby="change-password-title">
      <h2 id="change-password-title">Change your password</h2>
      {done && (
        <div class="ds_inset-text" data-testid="password-changed">
          <p class="ds_inset-text__text">
            Your password has been changed. You are still signed in here, and signed out on your other devices.
          </p>
        </div>
      )}
      <ErrorSummary message={problem} errors={list} />
      <form onSubmit={submit} noValidate>
        <PasswordField
          id="current_password"
          label="Your current password"
          autocomplete="current-password"
          error={errors.current_password}
          value={current}
          onInput={setCurrent}
        />
        <PasswordField
          id="new_password"
          label="Your new password"
          hint={passwordHint}
          error={errors.new_password}
          value={next}
          onInput={setNext}
        />
        <button type="submit" class="ds_button" disabled={busy}>
          {busy ? 'Changing your password…' : 'Change my password'}
        </button>
      </form>
    </section>
  );
}
