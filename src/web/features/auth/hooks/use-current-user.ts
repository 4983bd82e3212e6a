import { useSession } from '../api/get-session';

/** For pages behind the sign-in guard, where a signed-in session is certain. */
export function useCurrentUser() {
  const { data } = useSession();
  if (data?.status !== 'signed-in') throw new Error('useCurrentUser used outside the signed-in area');
  return data;
}
