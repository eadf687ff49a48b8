// The frame of every page: skip link, the site header (SiteHeader.jsx), the main
// content, and the footer. The easy-read setting lives here: it changes the whole page.
import { useState } from 'preact/hooks';
import { easyRead, setEasyRead } from '../settings.js';
import { Link } from '../router.jsx';
import { Announcer } from './Announcer.jsx';
import { SiteHeader } from './SiteHeader.jsx';

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
        <SiteHeader me={me} easy={easy} onEasyRead={toggle} onSignOut={onSignOut} />
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
