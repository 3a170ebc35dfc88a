/**
 * The running page's language, through @lit/localize's runtime mode: `msg()` anywhere in the app
 * returns the text in the language set here. The language is set once, before the app's modules
 * are evaluated (src/main.ts imports the app only after `startLocale`), so text held in module
 * constants — exercise cards, cues — is in that language too. Changing the language reloads the
 * page (src/ui/settings: never during a set).
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './locale-codes';
import { pickLocale, type LanguageChoice, type Locale } from './languages';
import { setActiveLocale } from './active';

/** Each target language's translations: a lazy chunk, loaded only for that language. */
const TRANSLATIONS = {
  de: () => import('./generated/de'),
} satisfies { readonly [L in (typeof targetLocales)[number]]: () => Promise<unknown> };

const localization = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => TRANSLATIONS[locale as keyof typeof TRANSLATIONS](),
});

/**
 * Sets the page's language from the person's choice and the browser's languages, and tells the
 * document (screen readers and hyphenation read `lang`). Called once at start-up.
 */
export async function startLocale(choice: LanguageChoice, browserLanguages: readonly string[]): Promise<Locale> {
  const locale = pickLocale(choice, browserLanguages);
  await localization.setLocale(locale);
  setActiveLocale(locale);
  document.documentElement.lang = locale;
  return locale;
}
