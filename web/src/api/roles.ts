import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { Role } from './types';

export function useRoles() {
  return useQuery({
    queryKey: ['roles'],
    queryFn: () => unwrap(api.GET('/api/v1/roles')),
    staleTime: Infinity,
  });
}

/** The human label of a role, from GET /roles once loaded (the raw name until then). */
export function useRoleLabel(): (role: Role) => string {
  const { data } = useRoles();
  return (role) => data?.roles.find((r) => r.role === role)?.label ?? role;
}
