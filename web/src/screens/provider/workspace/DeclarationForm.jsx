// A minimum requirement (gate) answered as the API takes it, by the gate's kind:
// insurance {employers_liability_pence, public_liability_pence,
// professional_indemnity_pence, expires_at}; fair_work_first {committed,
// hourly_rate_pence}; spd_*_exclusions {any_ground_applies, explanation};
// rates_catalogue {accepted}; care_inspectorate_registration {service_number,
// grades}; custom {answer}. Money is typed in pounds and kept in whole pence.
// A value that falls short of the tender's minimum is warned of beside its field
// as it is typed (gateCheck.js), in words.
import { WarningText } from '../../../components/Check.jsx';
import { pounds as money } from '../../../words.js';
import { keyQuestions, shortfalls } from './gateCheck.js';

const pounds = (pence) => (typeof pence === 'number' ? (pence / 100).toFixed(2).replace(/\.00$/, '') : '');
const toPence = (text) => {
  const n = Number(String(text).replace(/[£,\s]/g, ''));
  return text === '' || !Number.isFinite(n) ? null : Math.round(n * 100);
};

// Always in the page, so a screen reader hears the warning when it appears.
function FieldWarning({ id, text }) {
  return (
    <div class="field-warning" id={`${id}-warning`} aria-live="polite" data-testid={`${id}-warning`}>
      {text && (
        <WarningText>
          <p>{text}</p>
        </WarningText>
      )}
    </div>
  );
}

const described = (...ids) => ids.filter(Boolean).join(' ') || undefined;

function Money({ id, label, hint, value, onChange, disabled, warning }) {
  return (
    <div class="ds_question">
      <label class="ds_label" for={id}>
        {label}
      </label>
      {hint && (
        <p class="ds_hint-text" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div class="ds_currency-wrapper" data-symbol="£">
        <input
          class="ds_input ds_input--fixed-10"
          id={id}
          inputMode="decimal"
          defaultValue={pounds(value)}
          aria-describedby={described(hint && `${id}-hint`, warning && `${id}-warning`)}
          disabled={disabled}
          onInput={(e) => onChange(toPence(e.currentTarget.value))}
        />
      </div>
      <FieldWarning id={id} text={warning} />
    </div>
  );
}

function YesNo({ name, legend, hint, value, onChange, disabled, yes = 'Yes', no = 'No', warning }) {
  return (
    <div class="ds_question">
      <fieldset aria-describedby={described(hint && `${name}-hint`, warning && `${name}-warning`)}>
        <legend class="ds_label">{legend}</legend>
        {hint && (
          <p class="ds_hint-text" id={`${name}-hint`}>
            {hint}
          </p>
        )}
        <div class="ds_field-group">
          {[
            [true, yes],
            [false, no],
          ].map(([v, text]) => (
            <div class="ds_radio" key={String(v)}>
              <input
                class="ds_radio__input"
                type="radio"
                id={`${name}-${v}`}
                name={name}
                checked={value === v}
                disabled={disabled}
                onChange={() => onChange(v)}
              />
              <label class="ds_radio__label" for={`${name}-${v}`}>
                {text}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <FieldWarning id={name} text={warning} />
    </div>
  );
}

// deadline: the stage's, which insurance must outlast.
export function DeclarationForm({ gate, value, onChange, disabled, deadline }) {
  const v = value ?? {};
  const warn = Object.fromEntries(shortfalls(gate, v, deadline).map((w) => [w.field, w.text]));
  const set = (field, x) => {
    const next = { ...v };
    if (x === null || x === undefined || x === '') delete next[field];
    else next[field] = x;
    onChange(next);
  };
  const p = gate.parameters ?? {};
  switch (gate.kind) {
    case 'insurance':
      return (
        <>
          <Money id="employers_liability_pence" label="Employer’s liability insurance cover" value={v.employers_liability_pence}
            hint={`At least ${money(p.employers_liability_pence)}.`} onChange={(x) => set('employers_liability_pence', x)} disabled={disabled}
            warning={warn.employers_liability_pence} />
          <Money id="public_liability_pence" label="Public liability insurance cover" value={v.public_liability_pence}
            hint={`At least ${money(p.public_liability_pence)}.`} onChange={(x) => set('public_liability_pence', x)} disabled={disabled}
            warning={warn.public_liability_pence} />
          <Money id="professional_indemnity_pence" label="Professional indemnity insurance cover" value={v.professional_indemnity_pence}
            hint={`At least ${money(p.professional_indemnity_pence)}.`} onChange={(x) => set('professional_indemnity_pence', x)} disabled={disabled}
            warning={warn.professional_indemnity_pence} />
          <div class="ds_question">
            <label class="ds_label" for="expires_at">
              When does the insurance end?
            </label>
            <input class="ds_input ds_input--fixed-10" type="date" id="expires_at" disabled={disabled}
              defaultValue={v.expires_at ? v.expires_at.slice(0, 10) : ''} aria-describedby={warn.expires_at ? 'expires_at-warning' : undefined}
              onInput={(e) => set('expires_at', e.currentTarget.value ? `${e.currentTarget.value}T00:00:00Z` : null)} />
            <FieldWarning id="expires_at" text={warn.expires_at} />
          </div>
        </>
      );
    case 'fair_work_first':
      return (
        <>
          <YesNo name="committed" legend="Will you follow Fair Work First for everyone working on this contract?"
            value={v.committed} onChange={(x) => set('committed', x)} disabled={disabled} warning={warn.committed} />
          <Money id="hourly_rate_pence" label="The lowest hourly rate you will pay" value={v.hourly_rate_pence}
            hint={`At least ${money(p.minimum_hourly_rate_pence)} an hour.`} onChange={(x) => set('hourly_rate_pence', x)} disabled={disabled}
            warning={warn.hourly_rate_pence} />
        </>
      );
    case 'spd_mandatory_exclusions':
    case 'spd_discretionary_exclusions':
      return (
        <>
          <YesNo name="any_ground_applies" legend="Do any of the grounds for exclusion apply to any organisation in this bid?"
            hint="For example, a conviction for fraud or not paying taxes. Say yes if you are not sure, and explain."
            value={v.any_ground_applies} onChange={(x) => set('any_ground_applies', x)} disabled={disabled}
            warning={warn.any_ground_applies} />
          <div class="ds_question">
            <label class="ds_label" for="explanation">
              Explanation (if any ground applies)
            </label>
            <textarea class="ds_input" id="explanation" rows={3} defaultValue={v.explanation ?? ''} disabled={disabled}
              onInput={(e) => set('explanation', e.currentTarget.value)} />
          </div>
        </>
      );
    case 'rates_catalogue':
      return (
        <YesNo name="accepted" legend="Do you accept the commissioner’s rates?" value={v.accepted}
          onChange={(x) => set('accepted', x)} disabled={disabled} warning={warn.accepted} />
      );
    case 'care_inspectorate_registration':
      return (
        <>
          <div class="ds_question">
            <label class="ds_label" for="service_number">
              Care Inspectorate service number
            </label>
            <input class="ds_input ds_input--fixed-20" id="service_number" defaultValue={v.service_number ?? ''} disabled={disabled}
              onInput={(e) => set('service_number', e.currentTarget.value)} />
          </div>
          {Object.keys(p.minimum_grades ?? {}).map((key) => (
            <div class="ds_question" key={key}>
              <label class="ds_label" for={`grade-${key}`}>
                Your latest grade for {keyQuestions[key] ?? key} (1 to 6)
              </label>
              <input class="ds_input ds_input--fixed-2" id={`grade-${key}`} inputMode="numeric" disabled={disabled}
                defaultValue={v.grades?.[key] ?? ''} aria-describedby={warn[`grade-${key}`] ? `grade-${key}-warning` : undefined}
                onInput={(e) => {
                  const n = parseInt(e.currentTarget.value, 10);
                  const grades = { ...(v.grades ?? {}) };
                  if (Number.isInteger(n)) grades[key] = n;
                  else delete grades[key];
                  set('grades', grades);
                }} />
              <FieldWarning id={`grade-${key}`} text={warn[`grade-${key}`]} />
            </div>
          ))}
        </>
      );
    default:
      return (
        <YesNo name="answer" legend={p.question ?? 'The commissioner’s question'} value={v.answer}
          onChange={(x) => set('answer', x)} disabled={disabled} warning={warn.answer} />
      );
  }
}
