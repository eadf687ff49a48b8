// A change that needs a reason (deactivating an account, refusing a registration, closing an
// organisation): a button, then warning text, the reason and the change itself, with the
// Design System's error summary. `send(reason)` makes the change and resolves to null, or
// to the service's refusal, which is shown here (pointers in `fields` at their inputs).
import { useEffect, useState } from 'preact/hooks';
import { fieldProblems } from '../accounts.js';
import { explain } from '../problems.js';
import { TextArea } from '../screens/commissioner/Fields.jsx';
import { WarningText } from './Check.jsx';
import { ErrorSummary } from './ErrorMessage.jsx';

const focus = (selector) => setTimeout(() => document.querySelector(selector)?.focus(), 0);

export function ReasonStep({ open, onOpen, start, ...form }) {
  if (!open)
    return (
      <button type="button" class="ds_button ds_button--secondary" onClick={onOpen}>
        {start}
      </button>
    );
  return <ReasonForm {...form} />;
}

// extra(errors): more questions under the reason; fields: the pointers they answer to, with
// hrefFor(field) where each one's error summary link leads.
export function ReasonForm({
  onCancel,
  confirm,
  busy,
  warning,
  label,
  send,
  hint = 'Kept in the record of what happened to the account.',
  missing = 'Say why',
  extra = null,
  fields = ['reason'],
  hrefFor = (field) => `#${field}`,
}) {
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  useEffect(() => document.getElementById('reason')?.focus(), []);

  const submit = async (event) => {
    event.preventDefault();
    setProblem(null);
    if (!reason.trim()) {
      setErrors({ reason: missing });
      return focus('.reason-step .ds_error-summary');
    }
    setErrors({});
    const error = await send(reason.trim());
    if (!error) return;
    const found = fieldProblems(error, fields);
    setErrors(found);
    setProblem(Object.keys(found).length ? null : explain(error));
    focus('.reason-step .ds_error-summary');
  };
  const list = Object.entries(errors).map(([field, text]) => ({ href: hrefFor(field), text }));
  return (
    <form class="reason-step" onSubmit={submit} noValidate>
      <ErrorSummary message={problem} errors={list} />
      <WarningText>{warning}</WarningText>
      <TextArea id="reason" label={label} hint={hint} error={errors.reason} value={reason} onInput={setReason} rows={3} />
      {extra?.(errors)}
      <div class="ds_button-group">
        <button type="submit" class="ds_button" disabled={busy}>
          {busy ? 'Working…' : confirm}
        </button>
        <button type="button" class="ds_button ds_button--secondary" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
