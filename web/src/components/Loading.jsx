// Shown while a page's data arrives; it does not take the heading's focus.
export function Loading({ what = 'this page' }) {
  return (
    <p class="loading" role="status">
      Loading {what}…
    </p>
  );
}
