// The signed-in person's notifications, newest first, 20 to a page: each opens
// the page it is about and is marked read; all can be marked read at once.
import { useState } from 'preact/hooks';
import { post } from '../../api.js';
import { PageHeading } from '../../components/PageHeading.jsx';
import { Loading } from '../../components/Loading.jsx';
import { ErrorPage } from '../../components/ErrorMessage.jsx';
import { announce } from '../../components/Announcer.jsx';
import { useLoad } from '../../load.js';
import { explain } from '../../problems.js';
import { Link, navigate } from '../../router.jsx';
import { PAGE, listNotifications, notificationsChanged, paragraphs, safeLink, when } from '../../notifications.js';

function NotificationCard({ notification: n }) {
  const unread = !n.read_at;
  const link = safeLink(n.link);
  const open = async (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (unread) {
      try {
        await post(`/notifications/${n.id}/read`);
        notificationsChanged();
      } catch {
        // Still read: the page it is about matters more than the mark.
      }
    }
    navigate(link);
  };
  return (
    <li class={`notification${unread ? ' notification--unread' : ''}`} data-testid={`notification-${n.id}`}>
      <h2 class="notification__title">
        {unread && (
          <>
            <strong class="ds_tag ds_tag--blue notification__tag">New</strong>
            <span class="visually-hidden">, not read yet: </span>{' '}
          </>
        )}
        <a href={link} onClick={open}>
          {n.title}
        </a>
      </h2>
      <p class="notification__when">
        <time dateTime={n.created_at}>{when(n.created_at)}</time>
        {n.emailed ? '. Also sent to you by email' : ''}
        {unread ? '.' : '. You have read this.'}
      </p>
      {paragraphs(n).map((text, i) => (
        <p key={i}>{text}</p>
      ))}
      {n.link_text && (
        <p>
          <a href={link} onClick={open}>
            {n.link_text}
          </a>
        </p>
      )}
    </li>
  );
}

export function Notifications() {
  const [offset, setOffset] = useState(0);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const { data, error, reload } = useLoad(() => listNotifications(offset), [offset]);
  if (error) return <ErrorPage error={error} />;
  if (!data) return <Loading what="your notifications" />;

  const go = (to) => {
    setOffset(to);
    document.getElementById('page-heading')?.focus();
  };
  const readAll = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await post('/notifications/read-all');
      notificationsChanged();
      announce('All your notifications are marked as read.');
      reload();
      document.getElementById('page-heading')?.focus(); // the button goes; the focus is not lost
    } catch (e) {
      setProblem(explain(e));
    } finally {
      setBusy(false);
    }
  };
  const first = data.total === 0 ? 0 : offset + 1;
  const last = Math.min(offset + data.items.length, data.total);
  return (
    <>
      <PageHeading>Notifications</PageHeading>
      <p class="ds_leader" data-testid="notifications-summary">
        {data.total === 0
          ? 'You have no notifications yet.'
          : data.unread === 0
            ? 'You have read all your notifications.'
            : `You have ${data.unread} ${data.unread === 1 ? 'notification' : 'notifications'} you have not read yet.`}
      </p>
      {data.total === 0 ? (
        <p>
          When something needs you, such as an invitation, an answer to a question or a part of a bid to write, we tell
          you here.
        </p>
      ) : (
        <>
          {problem && (
            <p class="problem-message" role="alert">
              {problem}
            </p>
          )}
          {data.unread > 0 && (
            <div class="button-row">
              <button type="button" class="ds_button ds_button--secondary" disabled={busy} onClick={readAll}>
                Mark all as read
              </button>
            </div>
          )}
          <p data-testid="notifications-range">
            Showing {first} to {last} of {data.total}, newest first.
          </p>
          <ul class="notification-list">
            {data.items.map((n) => (
              <NotificationCard key={n.id} notification={n} />
            ))}
          </ul>
          {data.total > PAGE && (
            <nav class="ds_pagination" aria-label="Notification pages">
              <ul class="ds_pagination__list">
                {offset > 0 && (
                  <li class="ds_pagination__item">
                    <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={() => go(Math.max(0, offset - PAGE))}>
                      Newer notifications
                    </button>
                  </li>
                )}
                {offset + PAGE < data.total && (
                  <li class="ds_pagination__item">
                    <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={() => go(offset + PAGE)}>
                      Older notifications
                    </button>
                  </li>
                )}
              </ul>
            </nav>
          )}
        </>
      )}
      <h2>Emails</h2>
      <p>
        Everything here can also come to you by email.{' '}
        <Link href="/notifications/settings">Choose which notifications also come by email</Link>.
      </p>
    </>
  );
}
