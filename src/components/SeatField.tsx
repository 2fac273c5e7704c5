import { parseSeats } from '../lib';
import { t } from '../i18n';
import { ParsedField } from './ParsedField';

interface Props {
  id: string;
  label: string;
  hint?: string;
  value: number;
  onCommit: (seats: number) => void;
}

/** A seat count: a whole number from 0 to 1,000,000, "1,200" allowed. */
export function SeatField(props: Props) {
  return <ParsedField {...props} show={String} parse={parseSeats} explain={(problem) => t.fields.seatProblems[problem]} />;
}
