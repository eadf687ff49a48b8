// A password box in the Design System's pattern, with a "Show password" checkbox so
// that a person can check what they typed (on a phone especially) before sending it.
import { useState } from 'preact/hooks';

export function PasswordField({ id, label, hint, error, value, onInput, autocomplete = 'new-password' }) {
  const [shown, setShown] = useState(false);
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
        class={`ds_input${error ? ' ds_input--error' : ''}`}
        type={shown ? 'text' : 'password'}
        id={id}
        name={id}
        autocomplete={autocomplete}
        spellcheck={false}
        autocapitalize="off"
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <div class="ds_checkbox ds_checkbox--small password-show">
        <input
          class="ds_checkbox__input"
          type="checkbox"
          id={`${id}-show`}
          checked={shown}
          onChange={(e) => setShown(e.currentTarget.checked)}
        />
        <label class="ds_checkbox__label" for={`${id}-show`}>
          Show password
        </label>
      </div>
    </div>
  );
}
