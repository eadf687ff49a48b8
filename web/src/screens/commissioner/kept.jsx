// A form's unsaved words kept on this device (localStorage, per user), so that a
// dropped connection, a closed tab or a reload loses nothing. Cleared once the
// service has saved them; the page says when it shows words kept from before.
// Flat forms only: each field is kept or taken from the service as a whole.
import { useState } from 'preact/hooks';
import { useSession } from '../../session.js';

const PREFIX = 'collabtender.form.';

// What the person changed (against the words they started from) over what the
// service holds now: a colleague's change to another field is not overwritten.
function merge(fresh, kept) {
  if (!kept || typeof kept !== 'object' || !('value' in kept)) return null;
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  const out = { ...fresh };
  let changed = false;
  for (const key of Object.keys(kept.value)) {
    if (!same(kept.value[key], kept.base?.[key]) && !same(kept.value[key], fresh[key])) {
      out[key] = kept.value[key];
      changed = true;
    }
  }
  return changed ? out : null;
}

export function useKept(name, initial) {
  const { me } = useSession();
  const key = `${PREFIX}${me.id}.${name}`;
  const start = () => (typeof initial === 'function' ? initial() : initial);
  const [state, setState] = useState(() => {
    const fresh = start();
    try {
      const merged = merge(fresh, JSON.parse(localStorage.getItem(key) ?? 'null'));
      if (merged) return { value: merged, base: fresh, restored: true };
      localStorage.removeItem(key); // nothing in it differs from the service's words
    } catch {
      // Unreadable storage: start from the service's words.
    }
    return { value: fresh, base: fresh, restored: false };
  });
  const set = (value) => {
    setState((s) => ({ ...s, value }));
    try {
      localStorage.setItem(key, JSON.stringify({ base: state.base, value }));
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
    const fresh = start();
    setState({ value: fresh, base: fresh, restored: false });
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
