import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';
import { $quote, $state, addLine } from '../stores/calculator';
import { LineCard } from './LineCard';
import { ProductPicker } from './ProductPicker';

/** The product lines with their results, and the picker that adds more. */
export function ProductLines() {
  const { organisation, lines } = useStore($state);
  const outcome = useStore($quote);
  const quote = outcome.ok ? outcome.value : undefined;
  const focusNext = useRef<string | null>(null);
  const count = useRef(lines.length);

  // Keyboard users land somewhere useful: on the new line's first field, or back on the picker.
  useEffect(() => {
    if (focusNext.current) document.getElementById(focusNext.current)?.focus();
    else if (lines.length < count.current) document.getElementById('add-product')?.focus();
    focusNext.current = null;
    count.current = lines.length;
  }, [lines.length]);

  return (
    <section class="panel" aria-labelledby="products-heading">
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
              issues={quote?.issues.filter((issue) => issue.line === i) ?? []}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
