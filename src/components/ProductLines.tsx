import { useStore } from './use-store';
import { useEffect, useRef } from 'preact/hooks';
import { $quote, $state, addLine } from '../stores/calculator';
import { LineCard } from './LineCard';
import { ProductPicker } from './ProductPicker';
import { useStrings } from './strings';

/** The product lines with their results, and the picker that adds more. */
export function ProductLines() {
  const t = useStrings('calculator');
  const { organisation, lines } = useStore($state);
  const outcome = useStore($quote);
  const quote = outcome.ok ? outcome.value : undefined;
  const focusNext = useRef<string | null>(null);

  // After the user adds or removes a line, focus lands somewhere useful: the new line's first field,
  // or back on the picker. Lines restored from a link move no focus.
  useEffect(() => {
    if (focusNext.current) document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  }, [lines.length]);

  return (
    <section data-section="products" class="panel" aria-labelledby="products-heading">
      <h2 id="products-heading">{t.products.heading}</h2>
      <ProductPicker
        added={new Set(lines.map((line) => line.product))}
        onAdd={(product) => {
          focusNext.current = `line-${product}-staff`;
          addLine(product);
        }}
      />
      {lines.length === 0 ? (
        <p class="empty">{t.products.none}</p>
      ) : (
        <ul class="lines">
          {lines.map((choice, i) => (
            <LineCard
              key={choice.product}
              choice={choice}
              organisation={organisation}
              line={quote?.lines[i]}
              onRemove={() => (focusNext.current = 'add-product')}
              issues={quote?.issues.filter((issue) => issue.line === i) ?? []}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
