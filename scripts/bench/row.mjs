/**
 * One row of the bench table: `value` rounded to `decimals` places for the table; the row holds
 * when it has no budget or the measured value is ≤ the budget.
 */
export function benchRow(measure, size, value, unit, budget = null, decimals = 2) {
  const scale = 10 ** decimals;
  return {
    measure,
    size,
    value: Math.round(value * scale) / scale,
    unit,
    budget,
    holds: budget === null || value <= budget,
  };
}
