// "Saved" / "Saving…" / "Not saved yet: offline" for a draft being autosaved, shown
// beside the form; changes of state are also read out through the live region.
import { useEffect, useRef } from 'preact/hooks';
import { criterionStatus, useDrafts } from '../drafts.js';
import { explain } from '../problems.js';
import { announce } from './Announcer.jsx';

const time = (date) => date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

function words(e, idle, explainError) {
  switch (e.status) {
    case 'waiting':
    case 'saving':
      return ['saving', 'Saving…'];
    case 'offline':
      return ['offline', 'Not saved yet. We cannot reach the service just now. What you wrote is kept on this device, and we will keep trying to save it. You can carry on.'];
    case 'signed-out':
      return ['offline', 'Not saved yet, because you have been signed out. What you wrote is kept on this device. Sign in again and it will be saved.'];
    case 'conflict':
      return ['error', 'Not saved: someone else saved this meanwhile. Choose which version to keep (see above).'];
    case 'error':
      return ['error', `Not saved. ${explainError(e.error)}`];
    default:
      return ['saved', e.savedAt ? `Saved at ${time(e.savedAt)}` : idle];
  }
}

// One draft's state ({status, savedAt, error}); `explainError` words its failures.
export function SaveStatusLine({ entry: e, idle = 'Your changes are saved automatically as you go.', explainError = explain }) {
  const [kind, text] = words(e, idle, explainError);
  const previous = useRef(kind);
  useEffect(() => {
    if (kind !== previous.current) {
      if (kind === 'saved' && e.savedAt) announce('Saved');
      if (kind === 'offline' || kind === 'error') announce(text);
    }
    previous.current = kind;
  }, [kind]);
  return (
    <p class={`save-status save-status--${kind}`} data-testid="save-status" data-status={e.status}>
      {text}
    </p>
  );
}

// A panellist's draft score for one criterion.
export function SaveStatus({ user, bid, criterion }) {
  useDrafts();
  return <SaveStatusLine entry={criterionStatus(user, bid, criterion)} idle="Your answers are saved automatically as you go." />;
}
