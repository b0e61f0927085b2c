import { STATUS_NAMES } from '@facet/core/i18n/status-names';
import en from '../../messages/en.json';
import ru from '../../messages/ru.json';

/** The web's messages per language: its own catalogues, and the statuses' names that core keeps. */
export const CATALOGUES = {
  en: { ...en, status: STATUS_NAMES.en },
  ru: { ...ru, status: STATUS_NAMES.ru },
};
