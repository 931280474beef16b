import * as api from '../../api.js';
import { useLoad } from '../../hooks.js';

/** The people I stand in for today (代理): their tasks are mine to act on. */
export function usePrincipals() {
  const loaded = useLoad(() => api.substitute(), []);
  return loaded.data ? loaded.data.standingInFor.filter((s) => s.activeToday).map((s) => s.username) : [];
}
