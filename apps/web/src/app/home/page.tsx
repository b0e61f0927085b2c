import { ROLE_HOME } from '@facet/auth/roles';
import { redirect } from 'next/navigation';
import { getSessionUser } from '@/server/auth';

/** Sends each role to its own home after signing in. */
export default async function HomeRedirect() {
  const user = await getSessionUser();
  redirect(user ? ROLE_HOME[user.role] : '/sign-in');
}
