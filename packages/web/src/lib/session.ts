import { useQuery, useQueryClient } from '@tanstack/react-query';
import { get, setCsrfToken } from './api.ts';

export type Role = 'member' | 'adviser' | 'client_service' | 'payroll' | 'board' | 'admin';

export interface Me {
  id: string;
  email: string;
  displayName: string;
  language: string;
  roles: Role[];
  isStaff: boolean;
  totpEnabled: boolean;
  mustEnrolTotp: boolean;
  hasPersonRecord: boolean;
}

/** The logged-in user (or null); keeps the CSRF token the server hands out. */
export function useSession() {
  const query = useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      const data = await get<{ csrfToken: string; user: Me | null }>('/auth/me');
      setCsrfToken(data.csrfToken);
      return data.user;
    },
    staleTime: 60_000,
  });
  return { user: query.data ?? null, loading: query.isLoading };
}

export function useRefreshSession() {
  const client = useQueryClient();
  return () => client.invalidateQueries();
}

export function hasRole(user: Me | null, ...roles: Role[]): boolean {
  return !!user && user.roles.some((r) => roles.includes(r));
}
