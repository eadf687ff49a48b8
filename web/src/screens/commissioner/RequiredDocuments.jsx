// The documents every bid must include (for example a safeguarding policy), each
// with a title and guidance for bidders.
import { useState } from 'preact/hooks';
import { get, request } from '../../api.js';
import { ErrorSummary } from '../../components/ErrorMessage.jsx';
import { announce } from '../../components/Announcer.jsx';
import { TextArea, TextField } from './Fields.jsx';
import { TenderFrame } from './TenderFrame.jsx';
import { editable, ifMatch, useProblems } from './tenders.js';

function DocumentsForm({ tender, documents, onSaved }) {
  const [rows, setRows] = useState(() => documents.map((d) => ({ title: d.title, guidance: d.guidance ?? '' })));
  const problems = useProblems();
  const { errors } = problems;
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const locked = !editable(tender);
  const ids = ['documents', ...rows.flatMap((_, i) => [`documents-${i}-title`, `documents-${i}-guidance`])];
  const set = (i, key) => (value) => {
    setRows(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
    setSaved(false);
  };

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    try {
      await request('PUT', `/tenders/${tender.id}/required-documents`,
        { documents: rows.map((r) => ({ title: r.title.trim(), guidance: r.guidance.trim() })) }, ifMatch(tender.version));
      problems.clear();
      setSaved(true);
      announce('The required documents are saved.');
      onSaved();
    } catch (error) {
      problems.fail(error, ids);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary message={problems.failure} errors={problems.summary} />
      <p>Documents every bid must include, for example a safeguarding policy or the latest accounts.</p>
      <form onSubmit={submit} noValidate data-testid="documents-form">
        <fieldset disabled={locked}>
          <legend class="visually-hidden">Required documents</legend>
          {rows.length === 0 && <p>No documents are required yet.</p>}
          {rows.map((r, i) => (
            <fieldset class="criterion-fieldset" key={i}>
              <legend class="ds_label">Document {i + 1}</legend>
              <TextField id={`documents-${i}-title`} label={`Document ${i + 1}: name`} value={r.title}
                onInput={set(i, 'title')} error={errors[`documents-${i}-title`]} />
              <TextArea id={`documents-${i}-guidance`} label={`Document ${i + 1}: guidance for bidders`} rows={3}
                value={r.guidance} onInput={set(i, 'guidance')} error={errors[`documents-${i}-guidance`]} />
              <button type="button" class="ds_button ds_button--secondary ds_button--small"
                onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                Remove document {i + 1}
              </button>
            </fieldset>
          ))}
          <div class="ds_button-group">
            <button type="button" class="ds_button ds_button--secondary" onClick={() => setRows([...rows, { title: '', guidance: '' }])}>
              Add a required document
            </button>
          </div>
          <div class="ds_button-group form-actions">
            <button type="submit" class="ds_button" disabled={busy}>
              Save the required documents
            </button>
            {saved && <p class="save-status save-status--saved" data-testid="documents-saved">Saved</p>}
          </div>
        </fieldset>
      </form>
    </>
  );
}

export function RequiredDocuments({ tender }) {
  return (
    <TenderFrame id={tender} page="documents" heading="Required documents"
      load={(t) => get(`/tenders/${t.id}/required-documents`).then((r) => r.documents ?? [])}
      render={(t, reload, documents) => <DocumentsForm tender={t} documents={documents} onSaved={reload} />} />
  );
}
