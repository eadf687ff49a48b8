// Form fields in the Design System's pattern: label, hint, error message tied to
// the input with aria-describedby, and the error state's styling.
const describe = (id, hint, error) => [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;

function Frame({ id, label, hint, error, children, legend }) {
  return (
    <div class={`ds_question${error ? ' ds_question--error' : ''}`}>
      {legend ? null : (
        <label class="ds_label" for={id}>
          {label}
        </label>
      )}
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
      {children}
    </div>
  );
}

export function TextField({ id, label, hint, error, value, onInput, type = 'text', width, inputMode, autocomplete, prefix }) {
  const input = (
    <input
      class={`ds_input${width ? ` ds_input--fixed-${width}` : ''}${error ? ' ds_input--error' : ''}`}
      type={type}
      id={id}
      name={id}
      value={value ?? ''}
      inputMode={inputMode}
      autocomplete={autocomplete ?? 'off'}
      aria-invalid={error ? 'true' : undefined}
      aria-describedby={describe(id, hint, error)}
      onInput={(e) => onInput(e.currentTarget.value)}
    />
  );
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      {prefix ? (
        <div class="ds_currency-wrapper" data-symbol={prefix}>
          {input}
        </div>
      ) : (
        input
      )}
    </Frame>
  );
}

export function TextArea({ id, label, hint, error, value, onInput, rows = 4, autocomplete }) {
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <textarea
        class={`ds_input${error ? ' ds_input--error' : ''}`}
        id={id}
        name={id}
        rows={rows}
        autocomplete={autocomplete}
        value={value ?? ''}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describe(id, hint, error)}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </Frame>
  );
}

export function Select({ id, label, hint, error, value, onChange, options }) {
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <div class="ds_select-wrapper">
        <select
          class={`ds_select${error ? ' ds_input--error' : ''}`}
          id={id}
          name={id}
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describe(id, hint, error)}
          onChange={(e) => onChange(e.currentTarget.value)}
        >
          {options.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
        <span class="ds_select-arrow" aria-hidden="true" />
      </div>
    </Frame>
  );
}

export function Checkbox({ id, label, hint, checked, onChange }) {
  return (
    <div class="ds_checkbox ds_checkbox--small">
      <input
        class="ds_checkbox__input"
        type="checkbox"
        id={id}
        name={id}
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label class="ds_checkbox__label" for={id}>
        {label}
      </label>
      {hint && (
        <p class="ds_hint-text" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

// One choice of several, as radio buttons in a fieldset, each with an optional hint of its
// own. options: [{value, label, hint?}]; each input's id is `${id}-${value}`, so an error
// summary links to the first.
export function Radios({ id, legend, hint, error, value, onChange, options }) {
  const described = describe(id, hint, error);
  return (
    <fieldset class={`ds_question${error ? ' ds_question--error' : ''}`} aria-describedby={described}>
      <legend class="ds_label">{legend}</legend>
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
      <div class="ds_field-group">
        {options.map((option) => {
          const inputId = `${id}-${option.value}`;
          return (
            <div class="ds_radio" key={option.value}>
              <input
                class="ds_radio__input"
                type="radio"
                id={inputId}
                name={id}
                value={option.value}
                checked={value === option.value}
                aria-describedby={option.hint ? `${inputId}-hint` : undefined}
                onChange={() => onChange(option.value)}
              />
              <label class="ds_radio__label" for={inputId}>
                {option.label}
              </label>
              {option.hint && (
                <p class="ds_hint-text" id={`${inputId}-hint`}>
                  {option.hint}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
