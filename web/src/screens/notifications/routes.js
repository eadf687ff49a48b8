// The notification pages. Every signed-in person has the list and the settings;
// the unsubscribe page is open, as an email's link must work signed out.
import '../../styles/notifications.css';
import { Notifications } from './Notifications.jsx';
import { NotificationSettings } from './NotificationSettings.jsx';
import { Unsubscribe } from './Unsubscribe.jsx';

export const notificationRoutes = [
  ['/notifications', Notifications],
  ['/notifications/settings', NotificationSettings],
];

export const openNotificationRoutes = [['/unsubscribe', Unsubscribe]];
