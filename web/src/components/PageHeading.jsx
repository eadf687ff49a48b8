// The page's one h1. After a navigation it takes the focus (so a screen reader
// starts reading the new page from its title) and names the browser tab.
import { useEffect, useRef } from 'preact/hooks';
import { takeFocusRequest } from '../router.jsx';

export function PageHeading({ children, caption, title }) {
  const ref = useRef(null);
  const text = title ?? (typeof children === 'string' ? children : null);
  useEffect(() => {
    document.title = `${text ?? ref.current?.textContent ?? ''} – Collabtender`;
  }, [text]);
  useEffect(() => {
    if (takeFocusRequest()) ref.current?.focus();
  });
  return (
    <header class="ds_page-header">
      {caption && <span class="ds_page-header__label ds_content-label">{caption}</span>}
      <h1 class="ds_page-header__title" tabIndex={-1} ref={ref} id="page-heading">
        {children}
      </h1>
    </header>
  );
}
