// The languages answers are given in. Here, at the bottom of the import order, so that the rule engine, the dialog,
// i18n and every channel can name a locale without importing anything above them.
export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
