import type { PrintStrings, ScenarioBarStrings } from '../i18n/parts';
import { renderSummary } from './PrintSummary';
import type { Strings } from './strings';

/** The print-only region the summary renders into: a child of <body>, which print CSS shows alone. */
function region(): HTMLElement {
  let element = document.getElementById('print-summary');
  if (!element) {
    element = document.createElement('div');
    element.id = 'print-summary';
    element.className = 'print-summary';
    document.body.append(element);
  }
  return element;
}

let render: (() => void) | undefined;

/**
 * Loaded when the page is idle or the button is pressed, never with the page: loads the summary's
 * words, then renders the estimate as it stands on every `beforeprint`, synchronously, so Ctrl+P
 * (or the browser's menu) prints the summary too. Resolves to the function that renders it.
 */
export async function preparePrint(strings: Strings): Promise<() => void> {
  if (!render) {
    // The scenario bar's words name the printed scenario when the estimate holds several.
    const [words, bar] = await Promise.all([strings.later!.print!(), strings.later!.scenarioBar!()]);
    const all = { ...strings, print: words.print as PrintStrings, scenarioBar: bar.scenarioBar as ScenarioBarStrings };
    const target = region();
    render ??= () => renderSummary(target, all);
    addEventListener('beforeprint', render);
  }
  return render;
}

/** The "Print summary" button: renders the summary, then opens the browser's print dialog. */
export async function printSummary(strings: Strings): Promise<void> {
  (await preparePrint(strings))();
  print();
}
