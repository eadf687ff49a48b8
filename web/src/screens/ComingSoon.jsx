// The home of a role with no screens: every role has its pages now, so only a role
// the client does not know yet lands here. It says so plainly rather than pretending.
import { PageHeading } from '../components/PageHeading.jsx';
import { Link } from '../router.jsx';

export function ComingSoon({ me }) {
  return (
    <>
      <PageHeading caption={me.organisation?.name}>Welcome, {me.display_name}</PageHeading>
      <div class="ds_notification-panel ds_notification-panel--neutral coming-soon" data-testid="coming-soon">
        <p>
          <strong class="ds_tag ds_tag--orange">Coming soon</strong>
        </p>
        <h2 class="ds_notification-panel__title">Screens for your role come in a later release</h2>
        <div class="ds_notification-panel__content">
          <p>
            Meanwhile, <Link href="/notifications">your notifications</Link> and{' '}
            <Link href="/account">your account</Link> work here.
          </p>
        </div>
      </div>
    </>
  );
}
