import { Link } from '../router.jsx';
import '../styles/checks.css';

// The Design System's pieces of a "check before you confirm" step: warning text
// (a thing that cannot be undone, said before it is done) and a summary list of
// what will happen, each row with an optional "Change" action.

export function WarningText({ children, testId }) {
  return (
    <div class="ds_warning-text" data-testid={testId}>
      <strong class="ds_warning-text__icon" aria-hidden="true" />
      <strong class="visually-hidden">Warning</strong>
      <div class="ds_warning-text__text">{children}</div>
    </div>
  );
}

// rows: [{ key, value, change?: { onClick | href, hidden } }]; value may be any content.
export function SummaryList({ rows, testId }) {
  return (
    <dl class="ds_summary-list" data-testid={testId}>
      {rows.map((row) => (
        <div class="ds_summary-list__item" key={row.key}>
          <dt class="ds_summary-list__key">{row.key}</dt>
          <dd class="ds_summary-list__value">
            {typeof row.value === 'string' ? <span class="ds_summary-list__answer">{row.value}</span> : row.value}
          </dd>
          {row.change && (
            <dd class="ds_summary-list__actions">
              <ul class="ds_summary-list__actions-list">
                <li class="ds_summary-list__actions-list-item">
                  {row.change.href ? (
                    <Link href={row.change.href}>
                      Change<span class="visually-hidden"> {row.change.hidden}</span>
                    </Link>
                  ) : (
                    <button type="button" class="link-button" onClick={row.change.onClick}>
                      Change<span class="visually-hidden"> {row.change.hidden}</span>
                    </button>
                  )}
                </li>
              </ul>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}

// The step's two answers: do it (busy while it is sent), or cancel without a change.
// Cancel is a button (onCancel) or a link back (cancelHref).
export function ConfirmButtons({ label, busy, onConfirm, onCancel, cancelHref, busyLabel = 'Working…' }) {
  return (
    <div class="ds_button-group">
      <button type="button" class="ds_button" disabled={busy} onClick={onConfirm}>
        {busy ? busyLabel : label}
      </button>
      {cancelHref ? (
        <Link href={cancelHref} class="ds_button ds_button--secondary">Cancel</Link>
      ) : (
        <button type="button" class="ds_button ds_button--secondary" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
