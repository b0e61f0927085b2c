import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { makePricedOrderForChloe, openStackDatabase, orderLabel } from '../crm/support';
import { DEMO, DEMO_PASSWORD, type DemoRole } from '../support/demo';
import { expect, type Page, test } from '../support/test';

/** Russian pages for a browser that asks for Russian; the rest of the suite runs in en-GB. */
test.use({ locale: 'ru-RU' });
// Each test signs in and renders a whole face (with full-page screenshots) on a busy two-core machine.
test.describe.configure({ timeout: 180_000 });

const OUT = join(import.meta.dirname, '..', '.results');

/** Intl separates thousands and the currency sign with no-break spaces; a reader sees spaces. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

/** «1 заказ», «2 заказа», «5 заказов», «21 заказ», by the Russian plural rules. */
function ordersInRussian(count: number): string {
  const form = new Intl.PluralRules('ru').select(count);
  return `${count} ${form === 'one' ? 'заказ' : form === 'few' ? 'заказа' : 'заказов'}`;
}

async function signInRussian(page: Page, role: DemoRole) {
  await page.goto('/sign-in');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { name: 'С возвращением' })).toBeVisible();
  await page.getByLabel('Электронная почта').fill(DEMO[role].email);
  await page.getByLabel('Пароль').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByTestId('signed-in-as')).toContainText(DEMO[role].name);
}

/** Two priced orders of the demo shopper, for the seller to read and select. */
async function twoPricedOrders() {
  const database = await openStackDatabase();
  try {
    return [await makePricedOrderForChloe(database), await makePricedOrderForChloe(database)] as const;
  } finally {
    await database.close();
  }
}

async function shoot(page: Page, name: string) {
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, `ru-${name}.png`), fullPage: true });
}

test('a shopper reads the shop in Russian, with prices in the Russian format, and switches language in place', async ({
  page,
}) => {
  await page.goto('/sign-up');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { name: 'Создайте аккаунт' })).toBeVisible();

  // A validation message in Russian next to its field, with the plural the number asks for.
  await page.getByRole('button', { name: 'Создать аккаунт' }).click();
  await expect(page.locator('#password-error')).toHaveText('Не короче 10 символов.');

  const email = `shopper-ru-${Date.now()}@example.test`;
  await page.getByLabel('Ваше имя').fill('Ирина Соколова');
  await page.getByLabel('Электронная почта').fill(email);
  await page.getByLabel('Пароль').fill('пароль для проверки');
  await page.getByRole('button', { name: 'Создать аккаунт' }).click();
  await expect(page.getByTestId('signed-in-as')).toContainText('Покупатель');

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Металлы и цены' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Загрузить' })).toBeVisible();
  // Euros in this installation, written the Russian way: «1,60 €».
  const gramPrice = plain(await page.locator('#metals tbody tr td').nth(2).textContent());
  expect(gramPrice).toMatch(/^\d{1,3}( \d{3})*,\d{2} €$/);
  await shoot(page, 'shop');

  // An order priced in roubles shows roubles, in the Russian format.
  const database = await openStackDatabase();
  try {
    await database.sql`
      insert into orders (id, status, channel, customer_user_id, alloy_code, total_cents, currency, lead_time_days)
      select gen_random_uuid(), 'PRICE_CALCULATED', 'shop', id, 'AG925', 123450, 'RUB', 7
      from users where email = ${email}`;
  } finally {
    await database.close();
  }
  await page.goto('/orders');
  await expect(page.getByRole('heading', { level: 1, name: 'Мои заказы' })).toBeVisible();
  await expect(page.getByText('Рассчитан')).toBeVisible();
  await expect
    .poll(async () => plain(await page.locator('main li').first().textContent()))
    .toContain('1 234,50 ₽');
  await shoot(page, 'shop-orders');

  // The switcher keeps the page and remembers the choice on the account.
  await page.getByTestId('locale-switcher').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'My orders' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(new URL(page.url()).pathname).toBe('/orders');
  await expect
    .poll(async () => plain(await page.locator('main li').first().textContent()))
    .toContain('₽1,234.50');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My orders' })).toBeVisible();
  await page.getByTestId('locale-switcher').selectOption('ru');
  await expect(page.getByRole('heading', { level: 1, name: 'Мои заказы' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/orders');
});

test('a seller reads the CRM in Russian', async ({ page }) => {
  const [first, second] = await twoPricedOrders();
  await signInRussian(page, 'seller');
  await page.goto('/crm');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Клиенты' })).toBeVisible();
  await expect(page.getByTestId('signed-in-as')).toContainText('Продавец');
  await expect(page.getByRole('region', { name: 'Заказы по дням и каналам' })).toBeVisible();
  await expect(page.getByText('Ждут одобрения')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Выгрузить CSV' })).toBeVisible();

  // The order list: its headers, its status filters and its sort buttons in Russian.
  await page.goto('/crm/orders');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Заказы' })).toBeVisible();
  for (const header of ['Заказ', 'Статус', 'Клиент', 'Канал']) {
    await expect(page.getByRole('columnheader', { name: header, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Сортировать по дате оформления' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Сортировать по сумме' })).toHaveText('Сумма');
  await page.getByRole('button', { name: 'Рассчитан', exact: true }).click();
  await expect(page).toHaveURL(/status=PRICE_CALCULATED/);
  const firstRow = page.locator(`[data-testid="order-row"][data-order-id="${first.id}"]`);
  await expect(firstRow).toContainText('Магазин');
  await expect(firstRow.getByRole('button', { name: `Одобрить ${orderLabel(first.number)}` })).toHaveText(
    'Одобрить',
  );

  // A count in the bulk bar takes the noun in the form the number asks for.
  await page.getByRole('checkbox', { name: `Выбрать ${orderLabel(first.number)}` }).check();
  const bulk = page.getByRole('region', { name: 'Действия с выбранными' });
  await expect(bulk).toContainText('Выбран 1 рассчитанный заказ');
  await expect(bulk.getByRole('button', { name: 'Одобрить в производство: 1 заказ' })).toBeVisible();
  await page.getByRole('checkbox', { name: `Выбрать ${orderLabel(second.number)}` }).check();
  await expect(bulk).toContainText('Выбрано 2 рассчитанных заказа');
  await expect(bulk.getByRole('button', { name: 'Одобрить в производство: 2 заказа' })).toBeVisible();
  await shoot(page, 'crm-orders');
  await bulk.getByRole('button', { name: 'Снять выбор' }).click();
  await expect(bulk).toHaveCount(0);

  // An order's page: its decisions, its figures and the hold dialog, in Russian.
  await page.goto(`/crm/orders/${first.id}`);
  const label = orderLabel(first.number);
  await expect(page.getByRole('button', { name: `Одобрить ${label}` })).toHaveText('Одобрить');
  await expect(page.getByText('Срок изготовления')).toBeVisible();
  await expect(page.getByText('7 дней', { exact: true })).toBeVisible();
  expect(plain(await page.getByTestId('order-total').textContent())).toMatch(/^412,00 (€|₽)$/);
  await page.getByRole('button', { name: `Приостановить ${label}` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: `Приостановить заказ ${label}` })).toBeVisible();
  await expect(dialog.getByLabel('Причина')).toBeVisible();
  await dialog.getByRole('button', { name: 'Оставить как есть' }).click();
  await expect(dialog).toBeHidden();
  await shoot(page, 'crm-order');

  await page.goto('/crm');
  await shoot(page, 'crm');
});

test('an operator reads the MES console in Russian', async ({ page }) => {
  await signInRussian(page, 'operator');
  await page.goto('/mes');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Пульт' })).toBeVisible();
  await expect(page.getByTestId('status-tile-MANUFACTURING_APPROVED')).toContainText(
    'Одобрен в производство',
  );
  await expect(page.getByTestId('signed-in-as')).toContainText('Оператор');
  await shoot(page, 'mes');

  // The casting trees and the operator's own earnings speak Russian too.
  await page.goto('/mes/trees');
  await expect(page.getByRole('heading', { name: 'Мои ёлки' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Начать ёлку' })).toBeVisible();
  await page.getByRole('button', { name: 'Начать ёлку' }).click();
  await expect(page.locator('#flaskNumber-error')).toHaveText('Укажите номер опоки (целое число от 1).');
  await shoot(page, 'mes-trees');
  await page.goto('/mes/earnings');
  await expect(page.getByRole('button', { name: 'Этот месяц' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Заказов завершено')).toBeVisible();
  await shoot(page, 'mes-earnings');
});

test('an admin reads the health page in Russian, with counts in the right plural', async ({ page }) => {
  await signInRussian(page, 'admin');
  await page.goto('/admin');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Состояние' })).toBeVisible();
  const figure = page.getByTestId('sla-breaches-figure');
  await expect(figure).toHaveText(/^\d+ заказ(а|ов)?$/);
  const count = Number(plain(await figure.textContent()).split(' ')[0]);
  expect(plain(await figure.textContent())).toBe(ordersInRussian(count));
  // The tiles' own words and the queue table's headers.
  await expect(page.getByTestId('health-overall')).toContainText('В целом:');
  await expect(page.getByRole('columnheader', { name: 'Очередь' })).toBeVisible();
  await shoot(page, 'admin');

  await page.goto('/admin/alloys');
  const silver = page.locator('[data-testid="alloy"][data-code="AG925"]');
  // Russian money and units: «1,60 €/г», the design rules in millimetres.
  await expect
    .poll(async () => plain(await silver.getByTestId('alloy-price').textContent()))
    .toMatch(/^\d+,\d{2} €\/г$/);
  await expect(silver.getByTestId('design-rules')).toContainText('Стенки от');
  await silver.getByRole('button', { name: 'Изменить' }).click();
  await expect(silver.getByLabel('Цена за грамм (€)')).toBeVisible();
  await expect(silver.getByRole('button', { name: 'Сохранить новые цены' })).toBeVisible();
  await shoot(page, 'admin-alloys');
});

test('a shopper builds a ring in Russian, with its size in the Russian system', async ({ page }) => {
  await signInRussian(page, 'customer');
  await page.goto('/build');
  await expect(page.getByRole('heading', { level: 1, name: 'Соберите своё украшение' })).toBeVisible();
  await page.getByRole('button', { name: 'Кольцо-солитер' }).click();
  await expect(page.getByRole('group', { name: '3D-вид вашего изделия' })).toBeVisible();

  // EU 54 is 17.2 mm inside: the hint names the Russian size first, the Russian way.
  const size = page.getByLabel('Размер кольца', { exact: true });
  await expect(size).toHaveValue('54');
  const hint = page.locator('#ring-size-hint');
  await expect(hint).toContainText('Внутренний диаметр 17,2 мм');
  expect(plain(await hint.textContent())).toMatch(/мм · Рос\. 17 · Евр\. 54 · Амер\. /);
  await expect(page.getByTestId('dimensions')).toContainText(/Внутренний диаметр\s*17,2\s*мм/);

  // In the Russian system the field counts millimetres of inner diameter.
  await page.getByRole('group', { name: 'Система размеров' }).getByText('Рос.', { exact: true }).click();
  await expect(size).toHaveValue('17');

  // A size out of range is explained next to the field, in Russian.
  await size.fill('30');
  await expect(page.locator('#ring-size-problem')).toContainText(
    'Размер Рос. 30 мы не делаем: только от Рос. 14 до 24',
  );
  await expect(page.getByTestId('build-blocked')).toContainText('измените 1 параметр');
  await expect(page.getByRole('button', { name: 'Заказать' }).first()).toBeDisabled();
  await page.getByRole('button', { name: 'Отменить' }).click();
  await expect(size).toHaveValue('17');
  await expect(page.getByRole('button', { name: 'Заказать' }).first()).toBeEnabled();
  await shoot(page, 'build');
});
