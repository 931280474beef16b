// Tells the notification bell that the unread count may have changed (a notification was read).
const EVENT = 'aidflow:notifications-changed';

export function notificationsChanged() {
  window.dispatchEvent(new Event(EVENT));
}

export function onNotificationsChanged(fn) {
  window.addEventListener(EVENT, fn);
  return () => window.removeEventListener(EVENT, fn);
}
