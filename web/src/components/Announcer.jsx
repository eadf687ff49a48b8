// One polite live region for the whole page: "Saved", "Not saved: offline" and
// errors are read out by screen readers without moving the focus.
import { useEffect, useState } from 'preact/hooks';

const listeners = new Set();

export function announce(message) {
  for (const listener of listeners) listener(message);
}

export function Announcer() {
  const [message, setMessage] = useState('');
  useEffect(() => {
    let timer;
    const listener = (text) => {
      // Clear first so that the same words twice are announced twice.
      setMessage('');
      clearTimeout(timer);
      timer = setTimeout(() => setMessage(text), 100);
    };
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, []);
  return (
    <div class="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {message}
    </div>
  );
}
