import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RATE_LIMIT_TIERS } from '@facet/core/partners/rate-limit-tiers';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../i18n/catalogues';

type Tree = { [key: string]: string | Tree };

const SOURCES = [join(import.meta.dirname), join(import.meta.dirname, '..', '..', 'app', 'crm')];

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

function nodeAt(tree: Tree, path: string): string | Tree | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return node;
}

/**
 * Every key the CRM's components and pages ask for by name: `t('a.b')`, `t.rich('a.b', …)`, and the
 * fixed part of `t(\`a.${x}\`)` (which must name a group of messages), each under the namespace of
 * the nearest translator of that name declared before it (`const t = useTranslations('crmUi')`).
 */
function requestedKeys(): Array<{ file: string; key: string; group: boolean }> {
  const found: Array<{ file: string; key: string; group: boolean }> = [];
  for (const file of SOURCES.flatMap(filesUnder)) {
    const source = readFileSync(file, 'utf8');
    const translators = [
      ...source.matchAll(/const (\w+) = (?:await )?(?:useTranslations|getTranslations)\((?:'([\w.]*)')?\)/g),
    ].map((match) => ({ name: match[1]!, namespace: match[2] ?? '', at: match.index }));
    const calls = source.matchAll(/\b(\w+)(?:\.rich)?\(\s*(?:'([\w.]+)'|`([\w.]+)\.\$\{)/g);
    for (const call of calls) {
      const translator = translators.findLast(({ name, at }) => name === call[1] && at < call.index);
      if (!translator) continue;
      const prefix = translator.namespace ? `${translator.namespace}.` : '';
      found.push({ file, key: `${prefix}${call[2] ?? call[3]}`, group: call[2] === undefined });
    }
  }
  return found;
}

describe('the CRM’s messages', () => {
  const keys = requestedKeys();

  it('are found in the CRM’s sources', () => {
    expect(keys.length).toBeGreaterThan(200);
    expect(keys.some(({ key }) => key === 'crmUi.ordersTable.order')).toBe(true);
  });

  it.each([
    ['en', CATALOGUES.en as Tree],
    ['ru', CATALOGUES.ru as Tree],
  ])('%s: every message the CRM asks for exists', (_locale, catalogue) => {
    const missing = keys
      .filter(({ key, group }) => {
        const node = nodeAt(catalogue, key);
        return group ? typeof node !== 'object' : typeof node !== 'string';
      })
      .map(({ file, key }) => `${key} (${file.split('/').slice(-2).join('/')})`);
    expect(missing).toEqual([]);
  });

  it.each([
    ['en', CATALOGUES.en as Tree],
    ['ru', CATALOGUES.ru as Tree],
  ])('%s: name every rate-limit tier a partner can be on, the load-test one too', (_locale, catalogue) => {
    const unnamed = Object.keys(RATE_LIMIT_TIERS).filter(
      (tier) => typeof nodeAt(catalogue, `crmUi.tier.${tier}`) !== 'string',
    );
    expect(unnamed).toEqual([]);
  });

  it('say counts in Russian with the noun in the right form', () => {
    const t = createTranslator({ locale: 'ru', messages: CATALOGUES.ru, namespace: 'crmUi' });
    const selected = (count: number) => t('orders.selected', { count });
    expect(selected(1)).toBe('Выбран 1 рассчитанный заказ');
    expect(selected(3)).toBe('Выбрано 3 рассчитанных заказа');
    expect(selected(5)).toBe('Выбрано 5 рассчитанных заказов');
    expect(selected(11)).toBe('Выбрано 11 рассчитанных заказов');
    expect(selected(21)).toBe('Выбран 21 рассчитанный заказ');
    expect(t('late.needAttention', { count: 2 })).toBe('2 заказа требуют внимания');
    expect(t('clients.found', { count: 25 })).toBe('Найдено 25 клиентов');
    expect(t('clients.foundOrMore', { count: 25 })).toBe('Найдено не меньше 25 клиентов');
    expect(t('orders.approveCount', { count: 2 })).toBe('Одобрить в производство: 2 заказа');
    const approved = (count: number) => t('orders.approved', { count });
    expect(approved(1)).toBe('1 заказ одобрен в производство.');
    expect(approved(2)).toBe('2 заказа одобрены в производство.');
    expect(approved(5)).toBe('5 заказов одобрено в производство.');
    expect(approved(21)).toBe('21 заказ одобрен в производство.');
    expect(t('order.leadTimeDays', { days: 14 })).toBe('14 дней');
  });

  it('keep the English the end-to-end specs read', () => {
    const t = createTranslator({ locale: 'en', messages: CATALOGUES.en, namespace: 'crmUi' });
    expect(t('orders.approved', { count: 1 })).toBe('1 order approved for production.');
    expect(t('orders.approved', { count: 2 })).toBe('2 orders approved for production.');
    expect(t('orders.approveCount', { count: 2 })).toBe('Approve 2 for production');
    expect(t('dashboard.bookedHint', { count: 3 })).toBe('3 orders approved or further');
    expect(t('decisions.labelFor', { decision: t('decisions.label.approve'), number: 'FCT-000042' })).toBe(
      'Approve FCT-000042',
    );
    expect(t('late.stuckIn', { status: 'Priced', duration: '2 d' })).toBe('in Priced beyond 2 d');
    expect(t('rules.amountError', { currency: 'EUR' })).toBe('Enter an amount in euros, e.g. 250.');
  });
});
