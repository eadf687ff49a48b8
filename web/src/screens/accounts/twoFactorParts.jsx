// What the two-factor pages share: the words about authenticator apps, the 6-digit code
// box, and the recovery codes shown once (print, copy, "I have kept them").
import { useState } from 'preact/hooks';
import { announce } from '../../components/Announcer.jsx';

export function WhatIsAnApp() {
  return (
    <p>
      An authenticator app is an app on your phone that shows a new 6-digit code every 30 seconds, such as Google
      Authenticator, Microsoft Authenticator or a password manager. When you sign in, you type your password and then
      the code your app shows at that moment. Someone who finds out your password still cannot sign in without your
      phone.
    </p>
  );
}

// "ABCD EFGH IJKL …": easier to read out and type.
export const inFours = (secret) => String(secret ?? '').replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');

// The 6-digit code's own problem, before asking the service.
export function codeProblem(code) {
  const digits = code.replace(/\s+/g, '');
  if (!digits) return 'Enter the 6-digit code from your authenticator app';
  if (!/^\d{6}$/.test(digits)) return 'The code is 6 numbers, like 123456';
  return null;
}
export const cleanCode = (code) => code.replace(/\s+/g, '');

export function CodeField({ id = 'one_time_code', label = 'The 6-digit code from your app', hint, error, value, onInput }) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`ds_question${error ? ' ds_question--error' : ''}`}>
      <label class="ds_label" for={id}>
        {label}
      </label>
      {hint && (
        <p class="ds_hint-text" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="ds_question__error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
      <input
        class={`ds_input ds_input--fixed-10${error ? ' ds_input--error' : ''}`}
        type="text"
        inputMode="numeric"
        autocomplete="one-time-code"
        spellcheck={false}
        id={id}
        name={id}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}

// The recovery codes, shown once: each works one time instead of a code from the app.
export function RecoveryCodes({ codes }) {
  const [copied, setCopied] = useState(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied('Your recovery codes have been copied. Paste them somewhere safe.');
    } catch {
      setCopied('Your browser did not let us copy the codes. Please print them or write them down instead.');
    }
    announce('Copied.');
  };
  return (
    <div class="recovery-codes" data-testid="recovery-codes">
      <p>
        If you lose your phone, or your app stops working, you can sign in with one of these recovery codes instead of
        a code from the app. Each code works once.
      </p>
      <p>
        <strong>Print these codes or write them down, and keep them somewhere safe</strong>, away from your phone. This
        is the only time we show them.
      </p>
      <ul class="recovery-codes__list">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div class="recovery-codes__actions">
        <button type="button" class="ds_button ds_button--secondary" onClick={() => window.print()}>
          Print these codes
        </button>
        <button type="button" class="ds_button ds_button--secondary" onClick={copy}>
          Copy
        </button>
      </div>
      {copied && <p data-testid="copied">{copied}</p>}
    </div>
  );
}
