// The scale as large radio buttons, every descriptor visible under its score.
export function ScoreRadios({ name, legend, hint, scale, value, onChange, error }) {
  return (
    <div class={`ds_question${error ? ' ds_question--error' : ''}`}>
      <fieldset aria-describedby={[hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ') || undefined}>
        <legend class="ds_label legend-question">{legend}</legend>
        {hint && (
          <p class="ds_hint-text" id={`${name}-hint`}>
            {hint}
          </p>
        )}
        {error && (
          <p class="ds_question__error-message" id={`${name}-error`}>
            {error}
          </p>
        )}
        <div class="ds_field-group score-options">
          {[...scale]
            .sort((a, b) => a.score - b.score)
            .map((point) => {
              const id = `${name}-${point.score}`;
              return (
                <div class="ds_radio score-option" key={point.score}>
                  <input
                    class="ds_radio__input"
                    type="radio"
                    name={name}
                    id={id}
                    value={point.score}
                    checked={value === point.score}
                    aria-describedby={`${id}-descriptor`}
                    onChange={() => onChange(point.score)}
                  />
                  <label class="ds_radio__label" for={id}>
                    <strong>{point.score}</strong> – {point.label}
                  </label>
                  <p class="ds_hint-text score-option__descriptor" id={`${id}-descriptor`}>
                    {point.descriptor}
                  </p>
                </div>
              );
            })}
        </div>
      </fieldset>
    </div>
  );
}
