// A labelled text box with a live word count and, when there is one, its error.
import { wordCount } from '../words.js';

export function WordCountTextarea({ id, label, hint, value, onInput, error, rows = 6, limit }) {
  const words = wordCount(value);
  const over = limit && words > limit;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`, `${id}-count`].filter(Boolean).join(' ');
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
      <textarea
        class={`ds_input${error ? ' ds_input--error' : ''}`}
        id={id}
        name={id}
        rows={rows}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <p class={`word-count${over ? ' word-count--over' : ''}`} id={`${id}-count`} data-testid={`${id}-count`}>
        {words === 1 ? '1 word' : `${words} words`}
        {limit ? ` (up to ${limit})` : ''}
      </p>
    </div>
  );
}
