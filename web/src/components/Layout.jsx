// The frame of every page: skip link, header with the easy-read switch, the
// notifications link and sign-out, the main content, and the footer.
import { useState } from 'preact/hooks';
import { easyRead, setEasyRead } from '../settings.js';
import { Link } from '../router.jsx';
import { Announcer } from './Announcer.jsx';
import { NotificationsLink } from './NotificationsLink.jsx';

export function Layout({ me, onSignOut, children }) {
  const [easy, setEasy] = useState(easyRead());
  const toggle = () => {
    setEasyRead(!easy);
    setEasy(!easy);
  };
  return (
    <div class="ds_page">
      <div class="ds_page__top">
        <nav class="ds_skip-links" aria-label="Skip link">
          <ul class="ds_skip-links__list">
            <li class="ds_skip-links__item">
              <a class="ds_skip-links__link" href="#main-content">
                Skip to main content
              </a>
            </li>
          </ul>
        </nav>
        <header class="ds_site-header site-header" role="banner">
          <div class="ds_wrapper">
            <div class="site-header__bar">
              <Link href="/" class="site-header__name">
                Collabtender
                <span class="site-header__strapline">Scoring care and support bids together</span>
              </Link>
              <div class="site-header__tools">
                <button
                  type="button"
                  class="ds_button ds_button--secondary ds_button--small easy-read-switch"
                  aria-pressed={easy ? 'true' : 'false'}
                  onClick={toggle}
                  data-testid="easy-read"
                >
                  Easy read{' '}
                  <span class="switch-state" aria-hidden="true">
                    {easy ? 'on' : 'off'}
                  </span>
                </button>
                {me && (
                  <>
                    <NotificationsLink me={me} />
                    <span class="site-header__user">
                      Signed in as <strong>{me.display_name}</strong>
                    </span>
                    <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={onSignOut}>
                      Sign out
                    </button>
                  </>
                )}
              </div>
            </div>
          </div>
        </header>
      </div>
      <div class="ds_page__middle">
        <div class="ds_wrapper">
          <main class="page-main" id="main-content" tabIndex={-1}>
            {children}
          </main>
        </div>
      </div>
      <div class="ds_page__bottom">
        <footer class="ds_site-footer">
          <div class="ds_wrapper">
            <div class="ds_site-footer__content">
              <ul class="ds_site-footer__site-items">
                <li class="ds_site-items__item">
                  <Link href="/help/words">What the words mean</Link>
                </li>
                <li class="ds_site-items__item">
                  <Link href="/help/accessibility">Accessibility and easy read</Link>
                </li>
              </ul>
            </div>
          </div>
        </footer>
      </div>
      <Announcer />
    </div>
  );
}
