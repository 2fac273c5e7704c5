import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../i18n/locales';

/** One page per locale: English at the root (`locale` undefined), the others under their folder. */
export function localePaths(): { params: { locale: string | undefined }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { locale: locale === DEFAULT_LOCALE ? undefined : locale }, props: { locale } }));
}
