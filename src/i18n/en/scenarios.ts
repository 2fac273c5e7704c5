/** English strings of the scenarios' first paint: one button; the bar's own words load with it (scenario-bar.ts). */
export const scenarios = {
  region: 'Scenarios of this estimate',
  open: 'Compare another way of buying',
  openHint: 'Keep this estimate as it is and try another beside it: other suites, channel, term or date.',
};
