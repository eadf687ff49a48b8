// How to make the pages easier to use.
import { PageHeading } from '../components/PageHeading.jsx';

export function Accessibility() {
  return (
    <>
      <PageHeading>Accessibility and easy read</PageHeading>
      <p class="ds_leader">We want everyone on a panel to be able to use this website.</p>
      <h2>Easy read</h2>
      <p>
        Use the <strong>Easy read</strong> button at the top of every page to make the text larger and give it more
        space. This device remembers your choice.
      </p>
      <h2>Using a keyboard or screen reader</h2>
      <ul>
        <li>Every page works with a keyboard alone: use Tab to move and Space or Enter to choose.</li>
        <li>Each score is a radio button with its description; use the arrow keys to move between scores.</li>
        <li>When you move to a new page, the focus starts on the page’s title.</li>
        <li>Messages such as “Saved” are read out by screen readers.</li>
      </ul>
      <h2>If your connection drops</h2>
      <p>
        What you write is saved automatically. If the connection drops, it is kept on this device and saved as soon as
        the connection is back. The page tells you when something is not saved yet.
      </p>
    </>
  );
}
