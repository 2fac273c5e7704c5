import { parseSeats } from '../lib';
import { ParsedField } from './ParsedField';
import { useStrings } from './strings';

interface Props {
  id: string;
  label: string;
  hint?: string;
  value: number;
  onCommit: (seats: number) => void;
}

/** A seat count: a whole number from 0 to 1,000,000, "1,200" allowed. */
export function SeatField(props: Props) {
  const common = useStrings('common');
  return <ParsedField {...props} show={String} parse={parseSeats} explain={(problem) => common.seatProblems[problem]} />;
}
