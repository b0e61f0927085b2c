import type { Db } from '@facet/db/client';
import { domainMessage } from '../i18n/domain-messages';
import { DomainError } from '../shared/errors';
import { findUserById } from './find-user';
import { type TUser, toUserDto } from './user-dto';

/** The signed-in person's own account, or NOT_FOUND when it was deleted meanwhile. */
export async function getMyAccount(db: Db, userId: string): Promise<TUser> {
  const user = await findUserById(db, userId);
  if (!user) throw new DomainError('NOT_FOUND', domainMessage('account.not-found'));
  return toUserDto(user);
}
