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
      await upload(`/bids/${bidId}/documents?filename=${name}&requirement=${section.index}`, file);
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
                {d.visibility === 'evaluators_only' ? '. Only your organisation and the evaluators see it.' : ''}
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
          <button type="submit" class="ds_button ds_button--small" disabled={busy}>
            Upload
          </button>
        </form>
      )}
    </section>
  );
}
