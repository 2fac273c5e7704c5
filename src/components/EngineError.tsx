import { useEffect, useState } from 'preact/hooks';
import type { QuoteInputError } from '../lib';
import { errorText, type ErrorStrings } from '../i18n/messages';
import { useLater } from './strings';

/**
 * An input error the engine raised, in words. Fields let only valid values through, so this is
 * rare: its strings load the first time one is shown.
 */
export function EngineError({ error }: { error: QuoteInputError }) {
  const load = useLater('errors');
  const [strings, setStrings] = useState<ErrorStrings | null>(null);
  useEffect(() => void load().then(setStrings), []);
  return <p class="issue error">{strings && errorText(strings, error)}</p>;
}
