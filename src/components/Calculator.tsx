import { ChangePanel } from './ChangePanel';
import { OrganisationForm } from './OrganisationForm';
import { ProductLines } from './ProductLines';
import { ProjectionChart } from './ProjectionChart';
import { SummaryBar } from './SummaryBar';
import { Totals } from './Totals';

/** The calculator island: inputs on the left, the estimate beside them, then the change and the year ahead. */
export default function Calculator() {
  return (
    <div class="calculator">
      <div class="calc-main">
        <div class="calc-inputs">
          <OrganisationForm />
          <ProductLines />
        </div>
        <aside class="calc-summary">
          <Totals />
        </aside>
      </div>
      <ChangePanel />
      <ProjectionChart />
      <SummaryBar />
    </div>
  );
}
