// One error summary for the whole settings page: each form hands it the
// service's refusal (or its own finding) and says which input a pointer belongs to.
import { useState } from 'preact/hooks';
import { ApiError } from '../../api.js';
import { explain, sentence } from '../../problems.js';

export function usePageProblems() {
  const [state, setState] = useState({ errors: {}, summary: [], message: null });
  const show = (errors, summary, message) => {
    setState({ errors, summary, message });
    requestAnimationFrame(() => document.querySelector('.ds_error-summary')?.focus());
  };
  return {
    ...state,
    // `errors`: {inputId: sentence} found here.
    found: (errors) =>
      show(errors, Object.entries(errors).map(([id, text]) => ({ href: `#${id}`, text })),
        'Please check what you typed.'),
    // The service's refusal; `place(pointer)` names the input a pointer belongs to,
    // or null; `label(pointer)` what the field is called, so the message says it.
    fail: (error, place, label = () => null) => {
      const errors = {};
      const summary = [];
      const listed = error instanceof ApiError ? error.problem.errors ?? [] : [];
      for (const e of listed) {
        const id = place(e.pointer ?? '');
        const name = label(e.pointer ?? '');
        const detail = sentence(e.detail);
        const text = name ? `${name}: ${detail[0]?.toLowerCase() ?? ''}${detail.slice(1)}` : detail;
        if (id) errors[id] ??= text;
        summary.push({ href: id ? `#${id}` : '#page-heading', text });
      }
      show(errors, summary, explain(error));
    },
    clear: () => setState({ errors: {}, summary: [], message: null }),
  };
}
