// "Previous page" and "Next page" under a long list, in the Design System's pagination; nothing
// when everything fits on one page. onPage(offset) shows the page starting there.
export function Pager({ label, total, offset, size, onPage, previous = 'Previous page', next = 'Next page' }) {
  if (total <= size) return null;
  const button = (text, to) => (
    <li class="ds_pagination__item">
      <button type="button" class="ds_button ds_button--secondary ds_button--small" onClick={() => onPage(to)}>
        {text}
      </button>
    </li>
  );
  return (
    <nav class="ds_pagination" aria-label={label}>
      <ul class="ds_pagination__list">
        {offset > 0 && button(previous, Math.max(0, offset - size))}
        {offset + size < total && button(next, offset + size)}
      </ul>
    </nav>
  );
}
