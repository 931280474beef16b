// The signed-in person, shared with every page.
import { createContext, useContext } from './html.js';

export const SessionContext = createContext(null);

export function useSession() {
  return useContext(SessionContext);
}

export function hasRole(me, role) {
  return !!me && Array.isArray(me.roles) && me.roles.includes(role);
}

export function isDonorProposer(me) {
  return !!me && me.union && me.union.level === 'DONOR' && hasRole(me, 'proposer');
}
