import { useStore } from './use-store';
import { useState } from 'preact/hooks';
import { ACCENTS, DEFAULT_EMBED_OPTIONS, SECTIONS, THEMES, embedSnippets, encodeState, type EmbedOptions } from '../lib';
import type { EmbedStrings } from '../i18n/parts';
import { $laterState } from '../stores/calculator';
import { LANGUAGE_NAMES } from '../i18n/languages';
import { DEFAULT_LOCALE, LOCALES, localePath, type Locale } from '../i18n/locales';
import { copyText } from './clipboard';
import { useLocale } from './strings';

/**
 * Options for a partner's embed, the snippets for the current state, copy buttons and a live preview.
 * Loaded on demand by EmbedSection, when someone opens it.
 */
export function EmbedPanel({ strings }: { strings: EmbedStrings }) {
  const state = useStore($laterState);
  const [options, setOptions] = useState<EmbedOptions>(DEFAULT_EMBED_OPTIONS);
  // The page's own language first: a German page offers a German embed.
  const [lang, setLang] = useState<Locale>(useLocale());
  const [copied, setCopied] = useState('');
  const origin = typeof location === 'undefined' ? '' : location.origin;
  const language = lang === DEFAULT_LOCALE ? undefined : { path: localePath(lang, 'embed'), lang };
  const snippets = embedSnippets(origin, encodeState(state), options, strings.frameTitle, language);
  const copy = async (text: string, label: string) => setCopied((await copyText(text)) ? label : strings.copyFailed);
  const toggleSection = (section: (typeof SECTIONS)[number], on: boolean) => {
    const next = SECTIONS.filter((s) => (s === section ? on : options.sections.includes(s)));
    if (next.length > 0) setOptions({ ...options, sections: next });
  };

  return (
    <>
      <p>{strings.intro}</p>
      <div class="field-row">
        <div class="field">
          <label for="embed-lang">{strings.language}</label>
          <select id="embed-lang" value={lang} onChange={(e) => setLang(e.currentTarget.value as Locale)}>
            {LOCALES.map((locale) => <option key={locale} value={locale} lang={locale}>{LANGUAGE_NAMES[locale]}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="embed-theme">{strings.theme}</label>
          <select id="embed-theme" value={options.theme} onChange={(e) => setOptions({ ...options, theme: e.currentTarget.value as EmbedOptions['theme'] })}>
            {THEMES.map((theme) => <option key={theme} value={theme}>{strings.themes[theme]}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="embed-accent">{strings.accent}</label>
          <select id="embed-accent" value={options.accent} onChange={(e) => setOptions({ ...options, accent: e.currentTarget.value as EmbedOptions['accent'] })}>
            {ACCENTS.map((accent) => <option key={accent} value={accent}>{strings.accents[accent]}</option>)}
          </select>
        </div>
      </div>
      <fieldset class="choices">
        <legend>{strings.sections}</legend>
        {SECTIONS.map((section) => (
          <div class="choice" key={section}>
            <input type="checkbox" id={`embed-section-${section}`} checked={options.sections.includes(section)} onChange={(e) => toggleSection(section, e.currentTarget.checked)} />
            <label for={`embed-section-${section}`}>{strings.sectionNames[section]}</label>
          </div>
        ))}
      </fieldset>

      <label for="embed-snippet" class="snippet-label">{strings.snippet}</label>
      <textarea id="embed-snippet" readOnly rows={4} value={snippets.script} class="snippet" />
      <button type="button" class="button" onClick={() => copy(snippets.script, strings.copied)}>{strings.copy}</button>

      <label for="embed-iframe" class="snippet-label">{strings.iframe}</label>
      <textarea id="embed-iframe" readOnly rows={3} value={snippets.iframe} class="snippet" />
      <button type="button" class="button secondary" onClick={() => copy(snippets.iframe, strings.copied)}>{strings.copyIframe}</button>
      <p role="status" class="hint">{copied}</p>

      <h3>{strings.preview}</h3>
      <iframe class="embed-preview" src={snippets.src} title={`${strings.preview}: ${strings.frameTitle}`} loading="lazy" />
    </>
  );
}
