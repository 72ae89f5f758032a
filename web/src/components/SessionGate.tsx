import { Center, Loader } from '@mantine/core';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../api/session';
import { ForcedPasswordChange } from '../pages/ForcedPasswordChangePage';
import { AppLayout } from './AppLayout';
import { QueryError } from './QueryError';
import { SessionContext } from './session-context';

/**
 * The door to the app: nobody signed in goes to /login (coming back here afterwards); someone who
 * must change their password can do only that; everyone else gets the shell.
 */
export function SessionGate() {
  const { data: me, isPending, error, refetch } = useMe();
  const location = useLocation();

  if (isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (error) return <QueryError error={error} retry={refetch} title="Quartermaster is not answering" />;
  if (!me) {
    const here = location.pathname + location.search;
    const next = here === '/' ? '' : `?next=${encodeURIComponent(here)}`;
    return <Navigate to={`/login${next}`} replace />;
  }
  if (me.user.mustChangePassword) return <ForcedPasswordChange me={me} />;
  return (
    <SessionContext.Provider value={me}>
      <AppLayout />
    </SessionContext.Provider>
  );
}
