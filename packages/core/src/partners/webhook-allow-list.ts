import type { DbOrTx } from '@facet/db/client';
import { people } from '@facet/db/schema/identity';
import { webhookAllowLists } from '@facet/db/schema/partners';
import { desc, eq } from 'drizzle-orm';
import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { assertAdmin } from '../admin/assert-admin';
import { type DomainMessage, domainMessage, renderDomainMessage } from '../i18n/domain-messages';
import { fieldMessage } from '../i18n/field-messages';
import type { Actor } from '../shared/actor';
import { parseWebhookAllowList, type WebhookAllowList } from './webhook-target';

/** At most this many networks on the list: it is for a handful of on-premises receivers. */
export const MAX_ALLOWED_NETWORKS = 50;
const HISTORY_LENGTH = 20;

/**
 * Why a network may not go on the admin's list, quoting the entry as typed, or null when it may.
 * Public addresses need no allowance; link-local ranges hold cloud metadata services; very wide
 * networks are a typo's risk.
 */
export function allowanceRefusal(entry: string, cidr: string): DomainMessage | null {
  const [network, bits] = ipaddr.parseCIDR(cidr);
  const minBits = network.kind() === 'ipv4' ? 8 : 16;
  if (bits < minBits) return domainMessage('webhook.network-too-wide', { entry, minBits });
  const range = network.range();
  if (range === 'unicast') return domainMessage('webhook.network-public', { entry });
  if (range === 'linkLocal') return domainMessage('webhook.network-link-local', { entry });
  return null;
}

/** An issue for the entry at `index`: English as its message, the catalogue message for other languages. */
function refuseEntry(context: z.RefinementCtx, index: number, message: DomainMessage): void {
  context.addIssue({
    code: 'custom',
    path: [index],
    message: renderDomainMessage(message, 'en'),
    params: { localized: message },
  });
}

export const ZSetWebhookAllowListInput = z.object({
  networks: z
    .array(z.string().trim().min(1).max(64))
    .max(MAX_ALLOWED_NETWORKS, fieldMessage('webhook.networks-too-many'))
    .superRefine((entries, context) => {
      entries.forEach((entry, index) => {
        let cidr: string | undefined;
        if (entry.includes(',')) {
          context.addIssue({
            code: 'custom',
            path: [index],
            message: fieldMessage('webhook.network-one-per-entry'),
          });
          return;
        }
        try {
          cidr = parseWebhookAllowList(entry)[0];
        } catch {
          refuseEntry(context, index, domainMessage('webhook.network-unreadable', { entry }));
          return;
        }
        const refusal = cidr && allowanceRefusal(entry, cidr);
        if (refusal) refuseEntry(context, index, refusal);
      });
    }),
});
export type TSetWebhookAllowListInput = z.input<typeof ZSetWebhookAllowListInput>;

export const ZWebhookAllowListVersion = z.object({
  id: z.string(),
  networks: z.array(z.string()),
  setAt: z.date(),
  setByName: z.string().nullable(),
});

export const ZWebhookAllowList = z.object({
  /** The networks an admin allowed, in force now (empty before any was saved). */
  networks: z.array(z.string()),
  /** `WEBHOOK_ALLOWED_NETWORKS` of this server: always allowed, whatever the admin's list says. */
  floor: z.array(z.string()),
  /** Every saved list, newest first (the first is the one in force). */
  history: z.array(ZWebhookAllowListVersion),
});
export type TWebhookAllowList = z.infer<typeof ZWebhookAllowList>;

/** The networks an admin allowed, in force now: the newest saved list. */
export async function findAdminAllowedNetworks(db: DbOrTx): Promise<string[]> {
  const [row] = await db
    .select({ networks: webhookAllowLists.networks })
    .from(webhookAllowLists)
    .orderBy(desc(webhookAllowLists.createdAt), desc(webhookAllowLists.id))
    .limit(1);
  return row?.networks ?? [];
}

/** What webhooks may reach beside public addresses: the environment's floor and the admin's list. */
export async function effectiveWebhookAllowList(
  db: DbOrTx,
  floor: WebhookAllowList = [],
): Promise<WebhookAllowList> {
  const allowed = await findAdminAllowedNetworks(db);
  return [...new Set([...floor, ...allowed])];
}

export async function getWebhookAllowList(
  db: DbOrTx,
  actor: Actor,
  floor: WebhookAllowList = [],
): Promise<TWebhookAllowList> {
  assertAdmin(actor);
  const rows = await db
    .select({ list: webhookAllowLists, setByName: people.name })
    .from(webhookAllowLists)
    .leftJoin(people, eq(people.id, webhookAllowLists.setById))
    .orderBy(desc(webhookAllowLists.createdAt), desc(webhookAllowLists.id))
    .limit(HISTORY_LENGTH);
  return {
    networks: rows[0]?.list.networks ?? [],
    floor: [...floor],
    history: rows.map((row) => ({
      id: row.list.id,
      networks: row.list.networks,
      setAt: row.list.createdAt,
      setByName: row.setByName,
    })),
  };
}

/** An admin replaces the list; the earlier lists stay as history. Entries are stored as normalised CIDRs. */
export async function setWebhookAllowList(
  db: DbOrTx,
  actor: Actor,
  input: TSetWebhookAllowListInput,
  floor: WebhookAllowList = [],
): Promise<TWebhookAllowList> {
  assertAdmin(actor);
  const { networks } = ZSetWebhookAllowListInput.parse(input);
  const normalised = [...new Set(networks.flatMap((entry) => parseWebhookAllowList(entry)))];
  await db.insert(webhookAllowLists).values({ networks: normalised, setById: actor.userId });
  return getWebhookAllowList(db, actor, floor);
}
