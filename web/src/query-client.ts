import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api/client';
import { meKey } from './api/session';

/**
 * When the session ends behind the app's back (expired, signed out elsewhere, password reset by an
 * administrator), any call answers 401: forget who was signed in, and the session gate sends the
 * user to /login. A 403 password_change_required means /me is stale: read it again.
 */
function onApiError(error: unknown) {
  if (!(error instanceof ApiError)) return;
  if (error.status === 401 && queryClient.getQueryData(meKey)) queryClient.setQueryData(meKey, null);
  if (error.code === 'password_change_required') void queryClient.invalidateQueries({ queryKey: meKey });
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      // Problems the server meant (4xx) are not retried; network trouble and 5xx are, once.
      retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 1,
      refetchOnWindowFocus: true,
    },
  },
});
