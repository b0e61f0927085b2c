import { findUserByEmail, recordSignIn } from '@facet/core/identity/find-user';
import type { Db } from '@facet/db/client';
import type { Role } from '@facet/db/enums';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { verifyAgainstDummy, verifyPassword } from './password';
import { signInLockedMessage } from './sign-in-lock';
import { clientAddress, type SignInThrottle } from './sign-in-throttle';

declare module 'next-auth' {
  interface Session {
    user: { id: string; name: string; email: string; role: Role; sv: number };
  }
  interface User {
    role: Role;
    sessionVersion: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role?: Role;
    sv?: number;
  }
}

const ZCredentials = z.object({ email: z.string().trim().min(1), password: z.string().min(1) });

export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

export function createAuthOptions(
  db: Db,
  secret: string,
  options: { throttle?: SignInThrottle } = {},
): NextAuthOptions {
  const { throttle } = options;
  return {
    secret,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: '/sign-in' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: {
          email: { label: 'Email', type: 'email' },
          password: { label: 'Password', type: 'password' },
        },
        async authorize(raw, request) {
          const credentials = ZCredentials.safeParse(raw);
          if (!credentials.success) return null;
          const attempt = { email: credentials.data.email, address: clientAddress(request?.headers) };
          const lockedForS = (await throttle?.lockedForS(attempt)) ?? 0;
          // next-auth hands this message to the sign-in form, which says how long to wait.
          if (lockedForS > 0) throw new Error(signInLockedMessage(lockedForS));
          const user = await findUserByEmail(db, credentials.data.email);
          const passwordOk =
            user && !user.disabledAt
              ? await verifyPassword(user.passwordHash, credentials.data.password)
              : await verifyAgainstDummy(credentials.data.password).then(() => false);
          if (!user || !passwordOk) {
            await throttle?.recordFailure(attempt);
            return null;
          }
          await throttle?.recordSuccess(attempt);
          await recordSignIn(db, user.id);
          return {
            id: user.id,
            name: user.name,
            email: user.email,
            role: user.role,
            sessionVersion: user.sessionVersion,
          };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.role = user.role;
          token.sv = user.sessionVersion;
        }
        return token;
      },
      session({ session, token }) {
        session.user = {
          id: token.sub ?? '',
          name: token.name ?? '',
          email: token.email ?? '',
          role: token.role ?? 'customer',
          sv: token.sv ?? 0,
        };
        return session;
      },
    },
  };
}
