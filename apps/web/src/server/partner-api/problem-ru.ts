import type { ProblemSlug } from './problem';

/**
 * The partner API's problems in Russian, for callers that send `Accept-Language: ru`: each slug's
 * title and a detail that says what went wrong and what to do. English stays the default, and the
 * exact English detail stays in `detailEn` for support.
 */
export const PROBLEMS_RU: Record<ProblemSlug, { title: string; detail: string }> = {
  'missing-api-key': {
    title: 'Нет API-ключа',
    detail: 'Передайте ключ в заголовке `Authorization: Bearer <ключ>`.',
  },
  'invalid-api-key': { title: 'Недействительный API-ключ', detail: 'Ключ неверного формата или неизвестен.' },
  'revoked-api-key': { title: 'API-ключ отозван', detail: 'Попросите у мастерской новый ключ.' },
  'unknown-api-version': {
    title: 'Неизвестная версия API',
    detail: 'Заголовок `Facet-Version` не называет версию этого API; известные версии — в `knownVersions`.',
  },
  'insufficient-scope': {
    title: 'Недостаточно прав',
    detail: 'У ключа нет права, нужного для этой операции.',
  },
  forbidden: { title: 'Доступ запрещён', detail: 'Этому клиенту это действие недоступно.' },
  'test-key-required': {
    title: 'Нужен тестовый ключ',
    detail:
      'Это операция песочницы: вызывайте её с тестовым ключом (`fct_test_…`). Рабочие заказы движутся по мере работы мастерской.',
  },
  'not-found': {
    title: 'Не найдено',
    detail: 'Среди ваших ресурсов такого нет (ресурсы других партнёров тоже не находятся).',
  },
  'method-not-allowed': {
    title: 'Метод не поддерживается',
    detail: 'Этот путь существует, но не принимает такой метод; допустимые перечислены в заголовке `Allow`.',
  },
  'malformed-json': { title: 'Некорректный JSON', detail: 'Тело запроса — не корректный JSON.' },
  'validation-failed': { title: 'Запрос не прошёл проверку', detail: 'Ошибки по каждому полю — в `errors`.' },
  'invalid-input': {
    title: 'Недопустимое значение',
    detail: 'Значение записано верно, но не подходит, например неизвестный сплав.',
  },
  'idempotency-key-missing': {
    title: 'Нет Idempotency-Key',
    detail: 'Этой операции нужен заголовок `Idempotency-Key`.',
  },
  'idempotency-key-reused': {
    title: 'Idempotency-Key уже использован',
    detail: 'Ключ уже использовался для другого запроса; возьмите новый.',
  },
  'idempotency-request-in-flight': {
    title: 'Запрос ещё выполняется',
    detail: 'Первый запрос с этим ключом ещё не завершён; повторите чуть позже.',
  },
  'payload-too-large': { title: 'Слишком большой запрос', detail: 'Загрузка превышает допустимый размер.' },
  'unsupported-media-type': {
    title: 'Неподдерживаемый тип содержимого',
    detail: 'Передайте Content-Type, указанный в описании операции.',
  },
  conflict: { title: 'Конфликт', detail: 'Ресурс изменился за это время, или запрос столкнулся с другим.' },
  'duplicate-external-ref': {
    title: 'Повтор externalRef',
    detail: 'У вас уже есть заказ с таким externalRef.',
  },
  'model-not-ready': {
    title: 'Модель ещё не проверена',
    detail: 'Опрашивайте GET /models/{id}, пока статус не станет ANALYSED.',
  },
  'webhook-endpoint-disabled': { title: 'Вебхук отключён', detail: 'Сначала снова включите адрес вебхука.' },
  'invalid-transition': {
    title: 'Невозможно в этом статусе',
    detail: 'Статус заказа этого не позволяет, например отмена после начала производства.',
  },
  unprocessable: {
    title: 'Невозможно выполнить',
    detail: 'Запрос понятен, но выполнить его нельзя, например файл модели не читается.',
  },
  'rate-limited': {
    title: 'Слишком много запросов',
    detail: 'Подождите столько секунд, сколько указано в `Retry-After`.',
  },
  'internal-error': {
    title: 'Внутренняя ошибка',
    detail: 'Ошибка на нашей стороне; повторите позже и сообщите requestId.',
  },
  'service-unavailable': {
    title: 'Сервис недоступен',
    detail: 'Одна из систем не отвечает; повторите через `Retry-After` секунд.',
  },
};
