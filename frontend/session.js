// The signed-in person, shared with every page.
import { createContext, useContext } from './html.js';

export const SessionContext = createContext(null);

export function useSession() {
  return useContext(SessionContext);
}

export function hasRole(me, role) {
  return !!me && Array.isArray(me.roles) && me.roles.includes(role);
}

/** Auditors read everything and change nothing (processes.md): no reminders, uploads or other writes. */
export function isAuditorOnly(me) {
  return !!me && Array.isArray(me.roles) && me.roles.length > 0 && me.roles.every((r) => r === 'auditor');
}

export function isDonorProposer(me) {
  return !!me && me.union && me.union.level === 'DONOR' && hasRole(me, 'proposer');
}
