import { findUserByEmail, recordSignIn } from '@facet/core/identity/find-user';
import type { Db } from '@facet/db/client';
import type { Role } from '@facet/db/enums';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { verifyAgainstDummy, verifyPassword } from './password';

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

export function createAuthOptions(db: Db, secret: string): NextAuthOptions {
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
        async authorize(raw) {
          const credentials = ZCredentials.safeParse(raw);
          if (!credentials.success) return null;
          const user = await findUserByEmail(db, credentials.data.email);
          if (!user || user.disabledAt) return verifyAgainstDummy(credentials.data.password).then(() => null);
          if (!(await verifyPassword(user.passwordHash, credentials.data.password))) return null;
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
