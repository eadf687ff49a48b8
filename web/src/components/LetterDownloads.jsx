// An outcome letter to keep: as a PDF (the main way; the service makes it on
// request, which takes a few seconds, and answers 503 with Retry-After when it is
// busy or cannot make PDFs at all) or as the web page to print. Both are saved
// from a Blob with the token in a header, never in an address.
import { useState } from 'preact/hooks';
import { ApiError } from '../api.js';
import { explain } from '../problems.js';
import { downloadFile } from '../screens/provider/work.js';
import { plural } from '../words.js';

const orPrint = 'Or download the letter to print (web page): you can save it as a PDF from the print window.';

// "30 seconds", "2 minutes": how long to wait, from Retry-After.
const wait = (seconds) => (seconds < 60 ? plural(seconds, 'second') : plural(Math.ceil(seconds / 60), 'minute'));

// Why the PDF could not be made, and what to do instead.
function pdfProblem(error) {
  if (!(error instanceof ApiError && error.status === 503)) return explain(error);
  const after = error.retryAfter;
  // This installation cannot make PDFs (not a busy moment): trying again will not help.
  if (error.kind === 'pdf-unavailable') return `PDFs cannot be made here at the moment. ${orPrint}`;
  return `The PDF could not be made just now. Please try again in ${after ? wait(after) : 'a minute'}. ${orPrint}`;
}

// bidId: whose letter; file: the file's name without its ending, if the service gives
// none (or always, with `named`: the service's name does not say which bidder's letter
// it is, which matters to someone saving every bidder's); about: hidden words that
// tell one bidder’s buttons from another’s (" (the letter to …)").
export function LetterDownloads({ bidId, file, named = false, about = '', small = false }) {
  const [making, setMaking] = useState(false);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState(null);
  const size = small ? ' ds_button--small' : '';
  const path = `/bids/${bidId}/outcome-letter`;
  const save = async (kind) => {
    if (making) return;
    setProblem(null);
    if (kind === 'pdf') {
      setMaking(true);
      setStatus('Making the PDF. This can take a few seconds…');
    } else setStatus('');
    try {
      const ending = kind === 'pdf' ? 'pdf' : 'html';
      const name = await downloadFile(path, `${file}.${ending}`, kind === 'pdf' ? 'application/pdf' : 'text/html',
        named ? `${file}.${ending}` : null);
      setStatus(`The letter is saved as ${name}.`);
    } catch (error) {
      setStatus('');
      setProblem(kind === 'pdf' ? pdfProblem(error) : explain(error));
    } finally {
      setMaking(false);
    }
  };
  return (
    <div class="letter-downloads">
      <div class="button-row">
        <button type="button" class={`ds_button${size}`} aria-disabled={making ? 'true' : undefined}
          onClick={() => save('pdf')}>
          Download as PDF<span class="visually-hidden">{about}</span>
        </button>
        <button type="button" class={`ds_button ds_button--secondary${size}`} onClick={() => save('html')}>
          Download to print (web page)<span class="visually-hidden">{about}</span>
        </button>
      </div>
      <p class="letter-downloads__status" role="status" data-testid="letter-status">
        {status}
      </p>
      {problem && (
        <p class="problem-message" role="alert" data-testid="letter-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
