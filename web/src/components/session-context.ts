import { createContext, useContext } from 'react';
import { hasPermission } from '../api/session';
import type { Me } from '../api/types';

/** The signed-in user inside the app shell (the shell renders only once /me has answered). */
export const SessionContext = createContext<Me | null>(null);

export function useSession() {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession() is only available inside the signed-in app shell');
  return { me, can: (permission: string) => hasPermission(me, permission) };
}
