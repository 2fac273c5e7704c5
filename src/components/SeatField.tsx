import { parseSeats } from '../lib';
import { ParsedField } from './ParsedField';
import { useNumberStyle, useStrings } from './strings';

interface Props {
  id: string;
  label: string;
  hint?: string;
  value: number;
  onCommit: (seats: number) => void;
}

/** A seat count: a whole number from 0 to 1,000,000, grouped as the page's language groups thousands. */
export function SeatField(props: Props) {
  const common = useStrings('common');
  const style = useNumberStyle();
  return <ParsedField {...props} show={String} parse={(text) => parseSeats(text, style)} explain={(problem) => common.seatProblems[problem]} />;
}
