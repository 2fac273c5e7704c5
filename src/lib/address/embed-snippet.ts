import { embedOptionPairs, type EmbedOptions } from './embed-options';
import { writeQuery } from './query';

/** The code a partner pastes: the self-sizing loader snippet and the plain iframe alternative. */
export interface EmbedSnippets {
  /** The embed page's address for this state and these options. */
  src: string;
  script: string;
  iframe: string;
}

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The embed page in another language than the default: its address (`/nb/embed/`) and the loader's `data-lang` for it (`nb`). */
export interface EmbedLanguage {
  path: string;
  lang: string;
}

/**
 * Builds both snippets for a calculator served from `origin`, a state query and embed options; in
 * the default language unless `language` names another, which the loader then reads from `data-lang`.
 */
export function embedSnippets(origin: string, stateQuery: string, options: EmbedOptions, title: string, language?: EmbedLanguage): EmbedSnippets {
  const optionQuery = writeQuery(embedOptionPairs(options));
  const query = [stateQuery, optionQuery].filter(Boolean).join('&');
  const src = `${origin}${language?.path ?? '/embed/'}?${query}`;
  const lang = language ? ` data-lang="${escapeAttribute(language.lang)}"` : '';
  return {
    src,
    script: `<div data-npmcc-embed="${escapeAttribute(query)}"${lang} data-title="${escapeAttribute(title)}"></div>\n<script src="${escapeAttribute(origin)}/embed.js" async></script>`,
    iframe: `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="1200" style="border:0" loading="lazy"></iframe>`,
  };
}
