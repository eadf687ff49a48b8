// The header's link to the person's notifications, with how many are unread in
// words: a screen reader says "Notifications, 3 unread" (the label holds the comma;
// a hidden one would be read with a pause before it), the eye sees "Notifications 3 unread".
// The count is read once for the whole header (SiteHeader), which shows it on its menu button too.
import { Link } from '../router.jsx';

export function NotificationsLink({ path, words }) {
  return (
    <Link href="/notifications" class="notifications-link" data-testid="notifications-link"
      aria-label={words ? `Notifications, ${words}` : undefined}
      aria-current={path === '/notifications' ? 'page' : undefined}>
      Notifications{words && <span class="notifications-link__count">{words}</span>}
    </Link>
  );
}
