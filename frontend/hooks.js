// Small hooks shared by the pages.
import { useState, useEffect, useCallback, useRef } from './html.js';
import * as api from './api.js';

/** Loads data for a page: {data, error, loading, reload}. Reloads when deps change. */
export function useLoad(load, deps) {
  const [state, setState] = useState({ data: null, error: null, loading: true });
  const generation = useRef(0);
  const run = useCallback(() => {
    const mine = ++generation.current;
    setState((s) => ({ data: s.data, error: null, loading: true }));
    Promise.resolve()
      .then(load)
      .then((data) => {
        if (mine === generation.current) {
          setState({ data, error: null, loading: false });
        }
      })
      .catch((error) => {
        if (mine === generation.current) {
          setState({ data: null, error, loading: false });
        }
      });
  }, deps); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    run();
    return () => {
      generation.current++;
    };
  }, [run]);
  return { ...state, reload: run };
}

let unionsPromise = null;

/** Every union, loaded once per page load; {byCode, list} or null while loading. */
export function useUnions() {
  const [unions, setUnions] = useState(null);
  useEffect(() => {
    let live = true;
    if (!unionsPromise) {
      unionsPromise = api.unions().then((list) => ({ list, byCode: Object.fromEntries(list.map((u) => [u.code, u])) }))
        .catch((e) => {
          unionsPromise = null;
          throw e;
        });
    }
    unionsPromise.then((u) => live && setUnions(u)).catch(() => live && setUnions({ list: [], byCode: {} }));
    return () => {
      live = false;
    };
  }, []);
  return unions;
}

export function forgetUnions() {
  unionsPromise = null;
}
