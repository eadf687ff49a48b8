// A problem that stops the page from showing, with a way back.
import { explain } from '../problems.js';
import { Link, navigate } from '../router.jsx';
import { PageHeading } from './PageHeading.jsx';

export function ErrorPage({ error, message, back = '/', backText = 'Go back to the start' }) {
  return (
    <>
      <PageHeading>Sorry, we cannot show this page</PageHeading>
      <div class="ds_notification-panel ds_notification-panel--neutral" role="alert">
        <p>{message ?? explain(error)}</p>
      </div>
      <p>
        <Link href={back}>{backText}</Link>
      </p>
    </>
  );
}

// In-page links move the focus to the field itself, as a reader expects.
function jump(event, href) {
  if (!href.startsWith('#')) {
    event.preventDefault();
    navigate(href);
    return;
  }
  const target = document.getElementById(href.slice(1));
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'center' });
  target.focus();
}

// The error summary at the top of a form: every problem, each linking to its field.
export function ErrorSummary({ message, errors = [] }) {
  if (!message && errors.length === 0) return null;
  return (
    <div class="ds_error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1}>
      <h2 class="ds_error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      {message && <p>{message}</p>}
      {errors.length > 0 && (
        <ul class="ds_error-summary__list">
          {errors.map((e) => (
            <li key={e.href + e.text}>
              <a href={e.href} onClick={(event) => jump(event, e.href)}>
                {e.text}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
