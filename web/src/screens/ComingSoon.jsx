// Providers, commissioners and admins: their screens are not built yet, and the
// page says so rather than pretending.
import { PageHeading } from '../components/PageHeading.jsx';

const who = {
  provider: 'care providers (bids, partnerships, feedback)',
  commissioner: 'commissioners (tenders, panels, moderation, awards)',
  admin: 'administrators (organisations and accounts)',
};

export function ComingSoon({ me }) {
  return (
    <>
      <PageHeading caption={me.organisation?.name}>Welcome, {me.display_name}</PageHeading>
      <div class="ds_notification-panel ds_notification-panel--neutral coming-soon" data-testid="coming-soon">
        <p>
          <strong class="ds_tag ds_tag--orange">Coming soon</strong>
        </p>
        <h2 class="ds_notification-panel__title">The screens for {who[me.role] ?? 'your role'} are not ready yet</h2>
        <div class="ds_notification-panel__content">
          <p>
            This web client so far has the screens for evaluation panel members. The service itself already does
            everything for your role through its API, and these screens are being built next.
          </p>
        </div>
      </div>
    </>
  );
}
