// A required document's uploads: choose a file, upload it, see what is there,
// download (through the API with the token in a header) or remove it.
import { useState } from 'preact/hooks';
import { request } from '../../../api.js';
import { announce } from '../../../components/Announcer.jsx';
import { explain } from './problems.js';
import { download, formatDateTime, upload } from './workspace.js';

const size = (bytes) => (bytes < 1024 ? `${bytes} bytes` : bytes < 1048576 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1048576).toFixed(1)} MB`);

export function SectionDocuments({ bidId, section, documents, canEdit, onChanged }) {
  const [file, setFile] = useState(null);
  // Members may not want partners to see, say, their accounts: nothing is shared unless chosen.
  const [visibility, setVisibility] = useState('evaluators_only');
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  const mine = documents.filter((d) => d.requirement === section.index);
  const send = async (event) => {
    event.preventDefault();
    const form = event.currentTarget;
    setProblem(null);
    if (!file) {
      setProblem('Choose a file to upload first.');
      return;
    }
    setBusy(true);
    try {
      const name = encodeURIComponent(file.name);
      await upload(`/bids/${bidId}/documents?filename=${name}&requirement=${section.index}&visibility=${visibility}`, file);
      announce(`${file.name} uploaded.`);
      setFile(null);
      form.reset();
      onChanged();
    } catch (e) {
      setProblem(e.status === 415 ? 'We cannot accept this type of file. Please upload a PDF, a Word or OpenDocument file, or plain text.' : explain(e));
    } finally {
      setBusy(false);
    }
  };
  const remove = async (d) => {
    try {
      await request('DELETE', `/bids/${bidId}/documents/${d.id}`);
      announce(`${d.filename} removed.`);
      onChanged();
    } catch (e) {
      setProblem(explain(e));
    }
  };
  const fetchIt = async (d) => {
    try {
      await download(`/bids/${bidId}/documents/${d.id}/content`, d.filename);
    } catch (e) {
      setProblem(explain(e));
    }
  };
  return (
    <section aria-labelledby="documents-heading" class="documents" data-testid="documents">
      <h2 id="documents-heading">Uploaded</h2>
      {mine.length === 0 ? (
        <p>Nothing uploaded yet.</p>
      ) : (
        <ul class="document-list">
          {mine.map((d) => (
            <li key={d.id} class="document-card" data-testid="document">
              <p class="document-card__name">
                <strong>{d.filename}</strong> ({size(d.size_bytes)}), uploaded {formatDateTime(d.uploaded_at)}
                {d.visibility === 'evaluators_only' ? '. Only your organisation and the evaluators see it.' : '. Everyone in the partnership sees it.'}
              </p>
              <div class="ds_button-group">
                <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={() => fetchIt(d)}>
                  Download<span class="visually-hidden"> {d.filename}</span>
                </button>
                {canEdit && (
                  <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={() => remove(d)}>
                    Remove<span class="visually-hidden"> {d.filename}</span>
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p class="ds_question__error-message" role="alert">
          {problem}
        </p>
      )}
      {canEdit && (
        <form onSubmit={send} noValidate class="upload-form">
          <div class="ds_question">
            <label class="ds_label" for="document-file">
              Upload a file
            </label>
            <p class="ds_hint-text" id="document-file-hint">
              PDF, Word, OpenDocument or plain text, up to 20 MB.
            </p>
            <input class="ds_file-upload" type="file" id="document-file" aria-describedby="document-file-hint"
              onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
          </div>
          <div class="ds_question">
            <fieldset>
              <legend class="ds_label">Who can see it?</legend>
              <div class="ds_field-group">
                {[
                  ['evaluators_only', 'Only my organisation and the evaluators'],
                  ['consortium', 'Everyone in the partnership'],
                ].map(([value, label]) => (
                  <div class="ds_radio ds_radio--small" key={value}>
                    <input class="ds_radio__input" type="radio" name="visibility" id={`visibility-${value}`} value={value}
                      checked={visibility === value} onChange={() => setVisibility(value)} />
                    <label class="ds_radio__label" for={`visibility-${value}`}>
                      {label}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <button type="submit" class="ds_button ds_button--small" disabled={busy}>
            Upload
          </button>
        </form>
      )}
    </section>
  );
}
