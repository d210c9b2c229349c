import type { PreviousText } from "../vi/previous";

/** The roll-up's "last year's figures" control in English (pane and page). */
export const en: PreviousText = {
  label: "Last year's figures (optional)",
  pick: "Choose last year's file…",
  remove: "Remove last year's file",
  previousHint(year) {
    const of = year === null ? "last year" : `${year - 1}`;
    return `The district report of ${of} (.xlsx) or the facts CSV DVCQ wrote: adds the sheet “So với cùng kỳ”, the comparisons in the draft report and checks each unit's 4.2 and 3.3 against last year.`;
  },
  previousChosen(name) {
    return `Last year's file: ${name}`;
  },
  comparedLine(p, year, units) {
    return `Compared with ${p.year}: the figures of ${p.counted} units of ${p.year} counted for ${p.compared}/${units} units of ${year}; sheet “So với cùng kỳ”.`;
  },
};
