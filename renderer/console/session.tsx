// Who is signed in, for every screen: useSession().account.
import { createContext, useContext } from 'react';
import type { ConsoleSession } from '../../shared/console';

export const SessionContext = createContext<ConsoleSession | null>(null);

/** The signed-in account; only screens inside the shell (always signed in) call it. */
export function useSession(): ConsoleSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside the signed-in console');
  return session;
}
