import type { AdvisedParts, GroupAdvice, UncertainFigure } from '../lib';
import type { AdvisorStrings } from '../i18n/parts';
import { productName } from '../i18n/product-names';

/** One group's reason in one line, from the engine's code and the group's own needs and parts. */
export function reasonText(t: AdvisorStrings, advice: GroupAdvice): string {
  const { reason, needs } = advice;
  switch (reason.code) {
    case 'no-licence-needed':
      return t.reasons['no-licence-needed']();
    case 'cheapest-meeting-needs':
      return t.reasons['cheapest-meeting-needs']({ granted: reason.granted, needs }, { suite: productName(reason.suite), then: '', askPartner: [] });
    case 'split-at-limit': {
      const rest = advice.parts.slice(1).reduce((n, part) => n + part.seats, 0);
      return t.reasons['split-at-limit'](
        { seats: reason.seats, rest, granted: reason.granted, limit: reason.limit, needs },
        { suite: productName(reason.suite), then: productName(reason.then), askPartner: [] },
      );
    }
    case 'no-priced-plan':
      return t.reasons['no-priced-plan']({ people: reason.people, needs }, { suite: '', then: '', askPartner: reason.askPartner.map(productName) });
  }
}

const suitesOf = (parts: AdvisedParts): string => JSON.stringify([parts.guest, parts.parts.map((p) => p.suite)]);

/**
 * What an alternative changes against the advice, group by group ("Volunteers on Business
 * Standard"), for the runner-up and the advice without uncertain figures.
 */
export function changeText(t: AdvisorStrings, names: ReadonlyMap<string, string>, advice: readonly AdvisedParts[], other: readonly AdvisedParts[]): string {
  return other
    .filter((group, i) => suitesOf(group) !== suitesOf(advice[i]!))
    .map((group) => t.runnerUpChange({
      name: names.get(group.group) ?? group.group,
      suites: group.guest ? [t.guests] : group.parts.length > 0 ? group.parts.map((p) => productName(p.suite)) : [t.noLicence],
    }))
    .join('; ');
}

/** An uncertain figure in words: "the nonprofit price of Microsoft 365 E5". */
export function figureText(t: AdvisorStrings, figure: UncertainFigure): string {
  return figure.figure === 'surcharge' ? t.figures.surcharge() : t.figures[figure.figure]({ product: productName(figure.product ?? '') });
}
