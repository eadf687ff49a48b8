// A bid that did not meet a minimum requirement in stage 1 is out of the tender
// once its partnership has been told (the stage-1 feedback released). Every page
// of the bid says so first, naming each requirement and the reason, so nobody
// looks for a way to change, sign or send it.
import { Link } from '../../../router.jsx';
import { sentence } from '../../../problems.js';
import './workspace.css';

export const isOut = (bid) => bid?.status === 'excluded';

// headingLevel: 2 on a bid's pages. A bid read without its reasons links to its page for them.
export function ExcludedNotice({ bid, lotName, headingLevel = 2, feedbackLink = true }) {
  if (!isOut(bid)) return null;
  const H = `h${headingLevel}`;
  const failed = bid.exclusion?.failed ?? [];
  const id = `excluded-${bid.id}`;
  return (
    <section class="ds_notification-panel ds_notification-panel--neutral bid-notice bid-notice--out"
      aria-labelledby={id} data-testid="excluded-notice">
      <H class="bid-notice__title" id={id}>
        This bid is out of this tender
      </H>
      <p>
        {lotName ? `The bid for ${lotName}` : 'It'} did not meet{' '}
        {failed.length > 1 ? `${failed.length} of the minimum requirements` : 'a minimum requirement'} in the first stage.
        A bid must meet every minimum requirement, so this one is not scored and cannot win.
      </p>
      {failed.length > 0 && (
        <ul class="ds_bulleted-list" data-testid="excluded-requirements">
          {failed.map((f) => (
            <li key={f.gate}>
              <strong>{f.title}</strong>: {sentence(f.reason)}
            </li>
          ))}
        </ul>
      )}
      <p>
        The bid can no longer be changed, signed off or sent again. You do not need to do anything.{' '}
        {failed.length === 0 ? (
          <Link href={`/bids/${bid.id}`}>See which requirement, and why</Link>
        ) : (
          feedbackLink && <Link href={`/bids/${bid.id}/feedback`}>Read the panel’s feedback</Link>
        )}
      </p>
    </section>
  );
}
