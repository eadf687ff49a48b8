// The header's link to the person's notifications, with how many are unread in
// words: a screen reader says "Notifications, 3 unread" (the label holds the comma;
// a hidden one would be read with a pause before it), the eye sees "Notifications 3 unread".
import { Link, usePath } from '../router.jsx';
import { unreadWords, useUnreadCount } from '../notifications.js';

export function NotificationsLink({ me }) {
  const path = usePath();
  const count = useUnreadCount(me, path);
  const words = unreadWords(count);
  return (
    <Link href="/notifications" class="notifications-link" data-testid="notifications-link"
      aria-label={words ? `Notifications, ${words}` : undefined}
      aria-current={path === '/notifications' ? 'page' : undefined}>
      Notifications{words && <span class="notifications-link__count">{words}</span>}
    </Link>
  );
}
