/** Whether an estimate's date lies before today: its prices may be out of date ("use today's prices?"). */
export function isPastEstimate(asOf: string, today: string): boolean {
  return asOf < today;
}
