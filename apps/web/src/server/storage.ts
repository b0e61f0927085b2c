import 'server-only';
import { createStorage } from '@facet/core/storage/create-storage';
import type { ObjectStorage } from '@facet/core/storage/object-storage';
import { env } from '@/env';

let storage: ObjectStorage | undefined;

/** Local disk or S3, as configured; local download links are signed with the session secret. */
export function getStorage(): ObjectStorage {
  storage ??= createStorage({ ...env(), signingSecret: env().NEXTAUTH_SECRET });
  return storage;
}
