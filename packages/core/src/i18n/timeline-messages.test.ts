import { describe, expect, it } from 'vitest';
import { describeApprovalRule } from '../orders/apply-approval-rules';
import { slaBreachMessage, slaBreachReason } from '../sla/sla-breach-reason';
import { domainMessage, renderDomainMessage, renderStoredMessage } from './domain-messages';

const NBSP = '\u00a0';
const ru = (message: Parameters<typeof renderDomainMessage>[0]) => renderDomainMessage(message, 'ru');
const en = (message: Parameters<typeof renderDomainMessage>[0]) => renderDomainMessage(message, 'en');
/** English words the system's timeline lines carry, which a Russian line never does. */
const ENGLISH =
  /\b(the|tree|flask|cast|wax|weigh|stuck|longer|orders?|cancelled|released|approved|emptied|cart)\b/i;

describe('the timelines’ lines in Russian', () => {
  it('says how long an order was stuck, with the Russian forms after «дольше»', () => {
    expect(ru(slaBreachMessage('PRICE_CALCULATED', 2 * 86_400))).toBe(
      'Заказ задержался в статусе «Рассчитан» дольше 2 дней',
    );
    expect(ru(slaBreachMessage('SUBMITTED', 86_400))).toBe(
      'Заказ задержался в статусе «Отправлен» дольше 1 дня',
    );
    expect(ru(slaBreachMessage('SUBMITTED', 21 * 86_400))).toMatch(/дольше 21 дня$/);
    expect(ru(slaBreachMessage('SUBMITTED', 36 * 3_600))).toMatch(/дольше 36 часов$/);
    expect(ru(slaBreachMessage('SUBMITTED', 3_600))).toMatch(/дольше 1 часа$/);
    expect(ru(slaBreachMessage('SUBMITTED', 90 * 60))).toMatch(/дольше 90 минут$/);
    expect(slaBreachReason('PRICE_CALCULATED', 2 * 86_400)).toBe('Stuck in Priced longer than 2 days');
  });

  it('names the approval rule that approved an order, the limit in Russian money', () => {
    const belowPrice = describeApprovalRule({
      kind: 'below_price',
      maxTotalCents: 123_450,
      partnerName: null,
    });
    expect(ru(belowPrice)).toBe(`Заказы на сумму не больше 1${NBSP}234,50${NBSP}€ одобряются автоматически.`);
    expect(en(belowPrice)).toBe('Orders of at most €1,234.50 are approved.');
    const partner = describeApprovalRule({
      kind: 'partner',
      maxTotalCents: null,
      partnerName: 'Yakutia Gold',
    });
    expect(ru(partner)).toBe('Каждый рассчитанный заказ партнёра Yakutia Gold одобряется автоматически.');
    expect(en(partner)).toBe('Every priced order of Yakutia Gold is approved.');
  });

  it('tells a tree’s casting in Russian grams, with the right form for 1, 3 and 5 orders', () => {
    const cast = (orders: number) =>
      domainMessage('tree.event.cast', {
        issuedG: 150,
        returnedG: 147,
        piecesG: 98.2,
        buttonG: 45.1,
        scrapG: 3.7,
        lossG: 3,
        lossPct: 2,
        orders,
      });
    expect(ru(cast(1))).toBe(
      'Отлито: выдано 150 г, возвращено 147 г (изделия 98,2 г, литник 45,1 г, лом 3,7 г), потери 3 г (2 %); дальше переведён 1 заказ',
    );
    expect(ru(cast(3))).toMatch(/дальше переведены 3 заказа$/);
    expect(ru(cast(5))).toMatch(/дальше переведено 5 заказов$/);
    expect(en(cast(1))).toBe(
      'Cast: 150 g issued, 147 g returned (pieces 98.2 g, button 45.1 g, scrap 3.7 g), 3 g lost (2 %); 1 order moved on',
    );
    expect(en(cast(3))).toMatch(/; 3 orders moved on$/);
  });

  it('quotes a person’s reason as they typed it, and says nothing when there is none', () => {
    const left = (why: string) =>
      domainMessage('tree.event.order-cancelled', { number: 'FCT-001042', actor: 'Sam Moreau', why });
    expect(ru(left('Client withdrew'))).toBe(
      'Sam Moreau отменил(а) FCT-001042 («Client withdrew»), заказ снят с ёлки; перед литьём взвесьте воск заново.',
    );
    expect(ru(left(''))).toBe(
      'Sam Moreau отменил(а) FCT-001042, заказ снят с ёлки; перед литьём взвесьте воск заново.',
    );
    expect(en(left(''))).toBe(
      'FCT-001042 was cancelled by Sam Moreau and is off the tree; weigh the wax again before casting.',
    );
  });

  it('says every system line of the timelines in Russian, never the English sentence', () => {
    const lines = [
      domainMessage('timeline.cart-emptied'),
      domainMessage('timeline.on-tree', { flask: 12 }),
      domainMessage('timeline.cast-in-tree', { flask: 12 }),
      domainMessage('timeline.taken-off-tree', { flask: 12, actor: 'Olga Brandt' }),
      domainMessage('timeline.canary-arrived'),
      domainMessage('tree.removed.released', { actor: 'Olga Brandt', why: '' }),
      domainMessage('tree.event.built', { flask: 12, alloy: 'Sterling silver 925' }),
      domainMessage('tree.event.order-added', { number: 'FCT-001042' }),
      domainMessage('tree.event.order-removed', { number: 'FCT-001042' }),
      domainMessage('tree.event.wax-weighed', { waxG: 12.5, toIssueG: 149.5, ratio: 10.36, sprueG: 20 }),
      domainMessage('tree.event.cancelled-after-cast', {
        number: 'FCT-001042',
        actor: 'Sam Moreau',
        why: '',
      }),
    ];
    for (const line of lines) {
      const russian = ru(line);
      expect(russian, line.key).toMatch(/[а-яё]{3,}/i);
      expect(russian.replaceAll(/Olga Brandt|Sam Moreau|Sterling silver 925/g, ''), line.key).not.toMatch(
        ENGLISH,
      );
      expect(russian, line.key).not.toBe(en(line));
    }
  });

  it('says the problems of each piece one after another, each in Russian', () => {
    const problems = domainMessage('timeline.items', {
      items: [
        domainMessage('timeline.item', {
          model: 'ring.stl',
          text: { key: 'mesh.stl.no-triangles', params: {} },
        }),
        domainMessage('timeline.item-unreadable', { model: 'bail.obj' }),
      ],
    });
    expect(ru(problems)).toBe(
      'ring.stl: В файле STL нет ни одного треугольника. bail.obj: файл не удалось прочитать.',
    );
    expect(en(problems)).toBe(
      'ring.stl: The STL file contains no triangles. bail.obj: the file could not be read.',
    );
  });
});

describe('a stored message', () => {
  it('is said when the catalogue knows it and every message inside it, else left to the stored text', () => {
    expect(renderStoredMessage({ key: 'timeline.cart-emptied', params: {} }, 'ru')).toBe('Корзина очищена.');
    expect(renderStoredMessage(null, 'ru')).toBeNull();
    expect(renderStoredMessage(undefined, 'ru')).toBeNull();
    expect(renderStoredMessage('Emptied the cart.', 'ru')).toBeNull();
    expect(renderStoredMessage({ key: 'timeline.no-such-line', params: {} }, 'ru')).toBeNull();
    expect(renderStoredMessage({ key: 'timeline.cart-emptied' }, 'ru')).toBeNull();
    expect(renderStoredMessage({ key: 'castability.point', params: { x: 'one' } }, 'ru')).toBeNull();
    expect(
      renderStoredMessage(
        { key: 'timeline.item', params: { model: 'ring.stl', text: { key: 'mesh.gone', params: {} } } },
        'ru',
      ),
    ).toBeNull();
    expect(
      renderStoredMessage(
        {
          key: 'timeline.items',
          params: {
            items: [
              { key: 'timeline.cart-emptied', params: {} },
              { key: 'x', params: {} },
            ],
          },
        },
        'ru',
      ),
    ).toBeNull();
  });
});
