// A form's unsaved words kept on this device (localStorage, per user), so that a
// dropped connection, a closed tab or a reload loses nothing. Cleared once the
// service has saved them; the page says when it shows words kept from before.
import { useState } from 'preact/hooks';
import { useSession } from '../../session.js';

const PREFIX = 'collabtender.form.';

export function useKept(name, initial) {
  const { me } = useSession();
  const key = `${PREFIX}${me.id}.${name}`;
  const [state, setState] = useState(() => {
    try {
      const text = localStorage.getItem(key);
      if (text) return { value: JSON.parse(text), restored: true };
    } catch {
      // Unreadable storage: start from the service's words.
    }
    return { value: typeof initial === 'function' ? initial() : initial, restored: false };
  });
  const set = (value) => {
    setState((s) => ({ ...s, value }));
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Storage full or refused: the words still live in the page.
    }
  };
  const forget = () => {
    try {
      localStorage.removeItem(key);
    } catch {
      // Nothing to do.
    }
    setState((s) => ({ ...s, restored: false }));
  };
  const discard = () => {
    forget();
    setState({ value: typeof initial === 'function' ? initial() : initial, restored: false });
  };
  return [state.value, set, { restored: state.restored, forget, discard }];
}

// "These are your unsaved changes from before", with a way back to the saved words.
export function KeptNotice({ kept }) {
  if (!kept.restored) return null;
  return (
    <div class="ds_notification-panel ds_notification-panel--neutral kept-notice" data-testid="kept">
      <p>
        This shows changes you made on this device that are <strong>not saved yet</strong>. Save them, or{' '}
        <button type="button" class="link-button" onClick={kept.discard}>
          go back to the saved version
        </button>
        .
      </p>
    </div>
  );
}
