// The site header: the service's name, the easy-read switch and, for a signed-in
// person, their notifications, name (a link to their account page, where they can also
// sign out everywhere) and sign-out; signed out, the published notices, which need no
// sign-in. On small screens the signed-in person's three fold
// behind a "Menu" button (a disclosure: aria-expanded, Escape folds it again), so
// the header takes two short rows instead of half a phone's screen. The easy-read
// switch always shows: the people who need it should not have to look for it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { Link, usePath } from '../router.jsx';
import { unreadWords, useUnreadCount } from '../notifications.js';
import { NotificationsLink } from './NotificationsLink.jsx';
import { mustEnrol } from '../session.js';

export function SiteHeader({ me, easy, onEasyRead, onSignOut }) {
  const path = usePath();
  const count = useUnreadCount(mustEnrol(me) ? null : me, path); // nothing else to read until they enrol
  const words = unreadWords(count);
  const [open, setOpen] = useState(false);
  const menuButton = useRef(null);
  useEffect(() => setOpen(false), [path]); // each page starts with the menu folded
  const onKeyDown = (event) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    menuButton.current?.focus();
  };
  return (
    <header class="ds_site-header site-header" role="banner">
      <div class="ds_wrapper">
        <div class="site-header__bar">
          <Link href="/" class="site-header__name">
            Collabtender
            <span class="site-header__strapline">Scoring care and support bids together</span>
          </Link>
          <div class="site-header__tools" onKeyDown={onKeyDown}>
            <button
              type="button"
              class="ds_button ds_button--secondary ds_button--small easy-read-switch"
              aria-pressed={easy ? 'true' : 'false'}
              onClick={onEasyRead}
              data-testid="easy-read"
            >
              Easy read{' '}
              <span class="switch-state" aria-hidden="true">
                {easy ? 'on' : 'off'}
              </span>
            </button>
            {!me && (
              <Link href="/opportunities" aria-current={path === '/opportunities' ? 'page' : undefined}>
                Find opportunities
              </Link>
            )}
            {me && (
              <>
                {/* Small screens only. The unread count shows on it as a number (its name says "Menu, 3
                    unread"), short enough for the switch and the button to share a row in easy read too. */}
                <button
                  type="button"
                  ref={menuButton}
                  class="ds_button ds_button--secondary ds_button--small site-header__menu-button"
                  aria-expanded={open ? 'true' : 'false'}
                  aria-controls="site-menu"
                  aria-label={words ? `Menu, ${words}` : undefined}
                  onClick={() => setOpen(!open)}
                  data-testid="menu-button"
                >
                  Menu{count > 0 && <span class="notifications-link__count">{count}</span>}
                </button>
                <div id="site-menu" class={open ? 'site-header__menu site-header__menu--open' : 'site-header__menu'}>
                  <NotificationsLink path={path} words={words} />
                  <span class="site-header__user">
                    Signed in as{' '}
                    <Link href="/account" aria-label={`${me.display_name}, your account`}
                      aria-current={path === '/account' ? 'page' : undefined}>
                      <strong>{me.display_name}</strong>
                    </Link>
                  </span>
                  <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={onSignOut}>
                    Sign out
                  </button>
                </div>
              </>
            )}
          </div>
        </div>
      </div>
    </header>
  );
}
