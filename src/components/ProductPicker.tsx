import { useState } from 'preact/hooks';
import { hasNonprofitOffer, productsByFamily } from '../lib';
import { useStrings } from './strings';

const groups = productsByFamily();

interface Props {
  added: ReadonlySet<string>;
  onAdd: (product: string) => void;
}

/** A grouped list of every product in the price book and an Add button; added products are marked. */
export function ProductPicker({ added, onAdd }: Props) {
  const t = useStrings('calculator');
  const firstFree = groups.flatMap((g) => g.products).find((p) => !added.has(p.id))?.id ?? '';
  const [chosen, setChosen] = useState('');
  const selected = chosen && !added.has(chosen) ? chosen : firstFree;

  return (
    <form
      class="picker"
      onSubmit={(event) => {
        event.preventDefault();
        if (selected) onAdd(selected);
      }}
    >
      <label for="add-product">{t.products.add}</label>
      <div class="picker-row">
        <select id="add-product" value={selected} onChange={(event) => setChosen(event.currentTarget.value)}>
          {groups.map((group) => (
            <optgroup key={group.family} label={t.families[group.family]}>
              {group.products.map((product) => (
                <option key={product.id} value={product.id} disabled={added.has(product.id)}>
                  {product.name}
                  {!hasNonprofitOffer(product) ? ` (${t.products.unpricedOption})` : ''}
                  {added.has(product.id) ? ` (${t.products.added})` : ''}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <button type="submit" class="button" disabled={!selected}>
          {t.products.addButton}
        </button>
      </div>
    </form>
  );
}
