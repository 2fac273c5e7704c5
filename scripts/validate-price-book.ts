/** Fails the build and the tests when the price book has a broken entry, naming each one. */
import { priceBook } from '../src/data';
import { findPriceBookProblems } from '../src/lib';

const problems = findPriceBookProblems(priceBook);
if (problems.length > 0) {
  console.error(`The price book is broken (${problems.length} problem${problems.length === 1 ? '' : 's'}):`);
  for (const problem of problems) console.error(`- ${problem.entry}: ${problem.message}`);
  process.exit(1);
}
const entries = priceBook.products.reduce((n, p) => n + p.nonprofit.length + p.commercial.length, 0);
console.log(`price book: ${priceBook.products.length} products, ${entries} dated entries, ${priceBook.sources.length} sources, no problems`);
