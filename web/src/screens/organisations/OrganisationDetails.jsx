// An organisation's (or a registration's) details as a summary list, and for those who may
// change them (an administrator, the organisation's own administrators) a "Change the
// details" form in its place: PATCH /organisations/{id} with what changed (null clears an
// optional one). The admin's organisation page and a provider's own page share it.
import { useEffect, useState } from 'preact/hooks';
import { request } from '../../api.js';
import { announce } from '../../components/Announcer.jsx';
import { SummaryList } from '../../components/Check.jsx';
import { ErrorSummary } from '../../components/ErrorMessage.jsx';
import { explain } from '../../problems.js';
import { OrganisationFields } from './OrganisationFields.jsx';
import { detailBody, detailErrors, detailFields, detailProblems, fieldHref, legalFormWords, numbers } from './organisations.js';

const focus = (selector) => setTimeout(() => document.querySelector(selector)?.focus(), 0);

// The rows every page shows: name, legal form, the numbers, the address.
export function detailRows(o) {
  return [
    { key: 'Name', value: o.name },
    { key: 'Kind of organisation', value: legalFormWords(o.legal_form) },
    ...numbers.map((n) => ({ key: n.label, value: o[n.field] || 'None given' })),
    { key: 'Postal address', value: o.postal_address ? <Lines text={o.postal_address} /> : 'None given' },
  ];
}

function Lines({ text }) {
  return (
    <span class="address-lines" data-testid="postal-address">
      {text.split('\n').map((line, i) => (
        <span class="address-lines__line" key={i}>
          {line}
        </span>
      ))}
    </span>
  );
}

// organisation: as GET /organisations/{id} answers; canChange: whether to offer the form;
// onSaved(updated) when the service has taken a change.
export function OrganisationDetails({ organisation, canChange, onSaved }) {
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState(null);
  const saved = (updated, words) => {
    setEditing(false);
    setDone(words);
    announce(words);
    onSaved(updated);
    focus('[data-testid="details-done"]');
  };
  if (editing)
    return (
      <DetailsForm
        organisation={organisation}
        onSaved={saved}
        onCancel={() => {
          setEditing(false);
          focus('#change-details');
        }}
      />
    );
  return (
    <>
      {done && (
        <div class="ds_inset-text" data-testid="details-done" tabIndex={-1}>
          <p class="ds_inset-text__text">{done}</p>
        </div>
      )}
      <SummaryList rows={detailRows(organisation)} testId="organisation-details" />
      {canChange && (
        <button type="button" class="ds_button ds_button--secondary" id="change-details" onClick={() => setEditing(true)}>
          Change the details
        </button>
      )}
    </>
  );
}

const asForm = (o) => Object.fromEntries(detailFields.map((f) => [f, o[f] ?? '']));

function DetailsForm({ organisation, onSaved, onCancel }) {
  const [form, setForm] = useState(() => asForm(organisation));
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  const set = (field) => (value) => setForm((now) => ({ ...now, [field]: value }));
  useEffect(() => document.getElementById('details-form-title')?.focus(), []);

  const submit = async (event) => {
    event.preventDefault();
    setProblem(null);
    const own = detailProblems(form);
    setErrors(own);
    if (Object.keys(own).length) return focus('.details-form .ds_error-summary');
    const body = detailBody(form);
    const changed = Object.fromEntries(Object.entries(body).filter(([field, value]) => value !== (organisation[field] ?? null)));
    if (Object.keys(changed).length === 0) return onSaved(organisation, 'You did not change anything.');
    setBusy(true);
    try {
      const updated = await request('PATCH', `/organisations/${encodeURIComponent(organisation.id)}`, changed);
      onSaved(updated, 'The details have been saved.');
    } catch (error) {
      setBusy(false);
      const fields = detailErrors(error, detailFields);
      setErrors(fields);
      setProblem(Object.keys(fields).length ? null : explain(error));
      focus('.details-form .ds_error-summary');
    }
  };

  const list = Object.entries(errors).map(([field, text]) => ({ href: fieldHref(field), text }));
  return (
    <form class="details-form" onSubmit={submit} noValidate aria-labelledby="details-form-title">
      <h3 id="details-form-title" tabIndex={-1}>
        Change the details
      </h3>
      <ErrorSummary message={problem} errors={list} />
      <OrganisationFields details={form} set={set} errors={errors} />
      <div class="ds_button-group">
        <button type="submit" class="ds_button" disabled={busy}>
          {busy ? 'Saving…' : 'Save the details'}
        </button>
        <button type="button" class="ds_button ds_button--secondary" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
