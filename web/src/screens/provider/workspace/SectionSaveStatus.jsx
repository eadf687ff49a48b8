// "Saved at 10:42" / "Saving…" / "Not saved yet: offline" for one section, as the
// panellist's SaveStatus does; changes are also read out through the live region.
import { useEffect, useRef } from 'preact/hooks';
import { announce } from '../../../components/Announcer.jsx';
import { explain } from './problems.js';

const time = (date) => date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

function words(e) {
  switch (e.status) {
    case 'waiting':
    case 'saving':
      return ['saving', 'Saving…'];
    case 'offline':
      return ['offline', 'Not saved yet. We cannot reach the service just now. What you wrote is kept on this device, and we will keep trying to save it. You can carry on.'];
    case 'signed-out':
      return ['offline', 'Not saved yet, because you have been signed out. What you wrote is kept on this device. Sign in again and it will be saved.'];
    case 'conflict':
      return ['error', 'Not saved: someone else saved this section meanwhile. Choose which version to keep (see above).'];
    case 'error':
      return ['error', `Not saved. ${explain(e.error)}`];
    default:
      return ['saved', e.savedAt ? `Saved at ${time(e.savedAt)}` : 'Your changes are saved automatically as you go.'];
  }
}

export function SectionSaveStatus({ entry }) {
  const [kind, text] = words(entry);
  const previous = useRef(kind);
  useEffect(() => {
    if (kind !== previous.current) {
      if (kind === 'saved' && entry.savedAt) announce('Saved');
      if (kind === 'offline' || kind === 'error') announce(text);
    }
    previous.current = kind;
  }, [kind]);
  return (
    <p class={`save-status save-status--${kind}`} data-testid="save-status" data-status={entry.status}>
      {text}
    </p>
  );
}
