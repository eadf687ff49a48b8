// An emailed link that no longer works: used, expired, replaced by a newer one or withdrawn.
import { PageHeading } from '../../components/PageHeading.jsx';
import { Link } from '../../router.jsx';

export function DeadLink({ children }) {
  return (
    <>
      <PageHeading>This link has expired or has been used</PageHeading>
      <div class="ds_inset-text" data-testid="dead-link">
        <div class="ds_inset-text__text">{children}</div>
      </div>
      <p>
        <Link href="/">Go to the sign-in page</Link>
      </p>
    </>
  );
}
