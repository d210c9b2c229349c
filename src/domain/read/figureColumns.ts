import type { Figure } from "./submission";

/**
 * A sheet's figures by code, in the order they were read, held as columns: Submission.figures of a
 * sheet read by readSubmission. A Map of some seventy figure objects took 7.6 KB a sheet, these
 * columns 1.3 KB, the codes' order being shared by the sheets read with it (2,900 sheets: 22 MB
 * then, 4 MB now, of what a roll-up holds). Each figure asked for is made then: equal, not the
 * same object, from one call to the next.
 */
export class FigureColumns implements ReadonlyMap<string, Figure> {
  private constructor(
    private readonly codes: readonly string[],
    private readonly cells: readonly (string | null)[],
    private readonly readings: readonly (number | string | null)[],
    /** A letter a figure: STATUS_LETTERS. */
    private readonly statuses: string,
  ) {}

  /** The figures of `map`, in its order. */
  static of(map: ReadonlyMap<string, Figure>): FigureColumns {
    const codes: string[] = [];
    const cells: (string | null)[] = [];
    const readings: (number | string | null)[] = [];
    let statuses = "";
    for (const f of map.values()) {
      codes.push(f.code);
      cells.push(f.cell);
      readings.push(f.value);
      statuses += STATUS_LETTERS[f.status];
    }
    return new FigureColumns(sharedOrder(codes), cells, readings, statuses);
  }

  /**
   * The columns again after a structured clone (a worker thread's check), which keeps the fields
   * and loses the class; the order of codes shared again.
   */
  static revive(cloned: ReadonlyMap<string, Figure>): ReadonlyMap<string, Figure> {
    if (cloned instanceof Map || cloned instanceof FigureColumns) return cloned;
    const { codes, cells, readings, statuses } = cloned as unknown as FigureColumns;
    return new FigureColumns(sharedOrder(codes), cells, readings, statuses);
  }

  get size(): number {
    return this.codes.length;
  }

  get(code: string): Figure | undefined {
    const at = indexOf(this.codes).get(code);
    return at === undefined ? undefined : this.at(at);
  }

  has(code: string): boolean {
    return indexOf(this.codes).has(code);
  }

  forEach(
    each: (figure: Figure, code: string, map: ReadonlyMap<string, Figure>) => void,
    self?: unknown,
  ): void {
    for (let i = 0; i < this.codes.length; i++) each.call(self, this.at(i), this.codes[i] as string, this);
  }

  keys(): MapIterator<string> {
    return this.codes.values();
  }

  values(): MapIterator<Figure> {
    return this.codes.map((_, i) => this.at(i)).values();
  }

  entries(): MapIterator<[string, Figure]> {
    return this.codes.map((code, i): [string, Figure] => [code, this.at(i)]).values();
  }

  [Symbol.iterator](): MapIterator<[string, Figure]> {
    return this.entries();
  }

  private at(i: number): Figure {
    return {
      code: this.codes[i] as string,
      cell: this.cells[i] as string | null,
      value: this.readings[i] as number | string | null,
      status: STATUS_OF_LETTER[this.statuses[i] as string] as Figure["status"],
    };
  }
}

const STATUS_LETTERS: Readonly<Record<Figure["status"], string>> = {
  ok: "o",
  blank: "b",
  invalid: "i",
  missing: "m",
};
const STATUS_OF_LETTER: Readonly<Record<string, Figure["status"]>> = Object.fromEntries(
  Object.entries(STATUS_LETTERS).map(([status, letter]) => [letter, status as Figure["status"]]),
);

/**
 * One array of each order of codes met, and its index: a catalogue and a kind of unit give one
 * order, so that a run meets a handful. Forgotten past ORDERS_KEPT (sheets of many templates).
 */
const orders = new Map<string, readonly string[]>();
const indexes = new WeakMap<readonly string[], ReadonlyMap<string, number>>();
const ORDERS_KEPT = 64;

function sharedOrder(codes: readonly string[]): readonly string[] {
  const key = JSON.stringify(codes);
  const known = orders.get(key);
  if (known !== undefined) return known;
  if (orders.size >= ORDERS_KEPT) orders.clear();
  const order = Object.freeze([...codes]);
  orders.set(key, order);
  return order;
}

function indexOf(codes: readonly string[]): ReadonlyMap<string, number> {
  let index = indexes.get(codes);
  if (index === undefined) {
    index = new Map(codes.map((code, i) => [code, i]));
    indexes.set(codes, index);
  }
  return index;
}
