// Loading a page's data: {data, error, reload}, re-run when `deps` change.
import { useCallback, useEffect, useState } from 'preact/hooks';

export function useLoad(load, deps) {
  const [state, setState] = useState({ data: null, error: null });
  const run = useCallback(() => {
    let live = true;
    load().then(
      (data) => live && setState({ data, error: null }),
      (error) => live && setState({ data: null, error }),
    );
    return () => {
      live = false;
    };
  }, deps);
  useEffect(run, [run]);
  return { ...state, reload: run };
}
