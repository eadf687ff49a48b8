// "Change your email address" on Your account: the new address and the current password
// (to prove it is them). The service emails a link to the new address; the address only
// changes once that link is opened (/confirm-email), so a typing mistake changes nothing.
import { useState } from 'preact/hooks';
import { request } from '../../api.js';
import { announce } from '../../components/Announcer.jsx';
import { ErrorSummary } from '../../components/ErrorMessage.jsx';
import { PasswordField } from '../../components/PasswordField.jsx';
import { fieldProblems } from '../../accounts.js';
import { explain, sentence } from '../../problems.js';

const FIELDS = ['new_email', 'current_password'];
const focus = (selector) => setTimeout(() => document.querySelector(selector)?.focus(), 0);

export function ChangeEmail() {
  const [email, setEmail] = useState('');
  const [current, setCurrent] = useState('');
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  const [sent, setSent] = useState(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event) => {
    event.preventDefault();
    setProblem(null);
    setSent(null);
    const own = {};
    if (!email.trim()) own.new_email = 'Enter your new email address';
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()))
      own.new_email = 'Enter an email address in the right form, like name@example.org';
    if (!current) own.current_password = 'Enter your current password';
    setErrors(own);
    if (Object.keys(own).length) return focus('.change-email .ds_error-summary');
    setBusy(true);
    try {
      const result = await request('POST', '/me/email', { new_email: email.trim(), current_password: current });
      const words =
        result?.detail ??
        `We have sent an email to ${email.trim()}. Open the link in it to finish changing your email address.`;
      setSent(words);
      setCurrent('');
      announce(words);
    } catch (error) {
      const fields = fieldProblems(error, FIELDS);
      if (error.kind === 'email-taken') fields.new_email = 'Someone already has an account with this email address';
      for (const [field, text] of Object.entries(fields)) {
        if (field === 'new_email' && /unchanged/i.test(text)) fields[field] = 'This is already your email address';
        else if (field === 'current_password' && !/password/i.test(text)) fields[field] = 'Your current password is not right';
        else fields[field] = sentence(text).replace(/\.$/, '');
      }
      setErrors(fields);
      setProblem(Object.keys(fields).length ? null : explain(error));
      focus('.change-email .ds_error-summary');
    } finally {
      setBusy(false);
    }
  };

  // The password box has its own id: Change your password on the same page has a current_password.
  const ids = { new_email: 'new_email', current_password: 'email_current_password' };
  const list = Object.entries(errors).map(([field, text]) => ({ href: `#${ids[field]}`, text }));
  return (
    <section class="change-email" aria-labelledby="change-email-title">
      <h2 id="change-email-title">Change your email address</h2>
      <p>
        We will send a link to your new address. Your address changes when you open that link. Until then, keep
        signing in with your current address.
      </p>
      {sent && (
        <div class="ds_inset-text" data-testid="email-change-sent">
          <p class="ds_inset-text__text">{sent}</p>
        </div>
      )}
      <ErrorSummary message={problem} errors={list} />
      <form onSubmit={submit} noValidate>
        <div class={`ds_question${errors.new_email ? ' ds_question--error' : ''}`}>
          <label class="ds_label" for="new_email">
            Your new email address
          </label>
          {errors.new_email && (
            <p class="ds_question__error-message" id="new_email-error">
              {errors.new_email}
            </p>
          )}
          <input
            class={`ds_input${errors.new_email ? ' ds_input--error' : ''}`}
            type="email"
            id="new_email"
            name="new_email"
            autocomplete="email"
            spellcheck={false}
            value={email}
            aria-invalid={errors.new_email ? 'true' : undefined}
            aria-describedby={errors.new_email ? 'new_email-error' : undefined}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
        </div>
        <PasswordField
          id="email_current_password"
          label="Your password, to check it is you"
          autocomplete="current-password"
          error={errors.current_password}
          value={current}
          onInput={setCurrent}
        />
        <button type="submit" class="ds_button" disabled={busy}>
          {busy ? 'Sending…' : 'Send me a link to confirm'}
        </button>
      </form>
    </section>
  );
}
