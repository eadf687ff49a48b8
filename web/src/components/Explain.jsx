// "What does … mean?": a procurement word explained in place, closed by default.
import { glossary } from '../glossary.js';

export function Explain({ term, question, children }) {
  const [title, meaning] = glossary[term] ?? ['', ''];
  return (
    <details class="ds_details explain">
      <summary class="ds_details__summary">{question ?? `What does “${title}” mean?`}</summary>
      <div class="ds_details__text">{children ?? meaning}</div>
    </details>
  );
}
