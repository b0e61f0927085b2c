import { encode } from 'next-auth/jwt';

/** A `Cookie` header carrying a next-auth session for the user, as the web app would have set it. */
export async function sessionCookieFor(
  user: { id: string; name: string; email: string; sessionVersion: number },
  secret: string,
): Promise<string> {
  const token = await encode({
    token: { sub: user.id, name: user.name, email: user.email, sv: user.sessionVersion },
    secret,
  });
  return `next-auth.session-token=${token}`;
}
