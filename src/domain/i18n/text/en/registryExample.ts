import type { RegistryExampleText } from "../vi/registryExample";

/** The comment lines of `dvcq registry --example`, in English. */
export const en: RegistryExampleText = {
  intro: [
    "A DVCQ registry of reporting units: an EXAMPLE, the units below are not real.",
    "Replace them with your own, then use: dvcq template --units FILE.csv --year YEAR --all --out DIR",
    "Lines starting with # are comments. Save as CSV UTF-8. The columns:",
  ],
  columns: {
    code: "the unit's code: capitals, digits, - (its sheet and file name)",
    name: "the unit's full name",
    kind: "the kind of unit (X = commune, ward; C = agency: indicators for communes or agencies only follow it); office = the office that receives and rolls up the reports; kind = declares a kind of unit (code its code, name its label, parent its column heading in the report)",
    parent: "the body directly above, on the template's first line (office row: the body above the office)",
    gso: "the statistics office's code of the administrative unit (optional)",
    valid_from: "first day in operation, yyyy-mm-dd (blank: open)",
    valid_to: "last day in operation, yyyy-mm-dd (blank: open)",
    aliases: "other names it is written under, separated by ;",
    predecessors:
      "codes of the former units merged into this one, separated by ; (to compare with last year)",
    place: "the place on the date line: “<place>, ngày … tháng … năm …”",
    symbol:
      "the abbreviation after “BC-” in the report's number (kind row: the body before the unit's name on its reports, e.g. UBND)",
    recipients: "office row only: the recipients of the rolled-up report, separated by ;",
    signer:
      "office row: the title of the rolled-up report's signer; kind row: the signature block of that kind's reports, lines separated by ;",
  },
};
