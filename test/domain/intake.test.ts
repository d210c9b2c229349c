import { allIndicators } from "../../src/domain/catalogue/load";
import { checkWorkbook } from "../../src/domain/check/checks";
import { differences } from "../../src/domain/intake/differences";
import {
  DECISION_TEXT,
  LOG_HEADER,
  localDateTimeSerial,
  logRows,
  sha256Hex,
} from "../../src/domain/intake/log";
import { isoToExcelSerial } from "../../src/domain/period";
import type { Submission } from "../../src/domain/read/submission";
import { catalogue, CLEAN_COMMUNE, CLEAN_EVIDENCE, filledTemplate, registry } from "../support/filled";

function submission(
  figures: Record<string, string | number | null>,
  evidence: Record<string, string | null> = CLEAN_EVIDENCE,
): Submission {
  const { snapshot } = filledTemplate("XA-XUAN-HOA", 2024, { ...CLEAN_COMMUNE, ...figures }, evidence);
  const found = checkWorkbook(snapshot, catalogue, registry).submissions[0];
  if (found === undefined) throw new Error("no submission");
  return found;
}

describe("differences", () => {
  it("lists what differs, as the clerk reads it: 1.234, 97,4%, dates, (trống) for blank", () => {
    const existing = submission({});
    const incoming = submission(
      {
        "2.2": 1234,
        "4.12": 97.4,
        "7.1": isoToExcelSerial("2024-10-20"),
        "2.3": null,
        "0.8": "Số 46/BC-UBND",
      },
      { ...CLEAN_EVIDENCE, "5": null },
    );

    expect(differences(existing, incoming, catalogue).map((d) => [d.code, d.existing, d.incoming])).toEqual([
      ["0.8", "Số 45/BC-UBND ngày 08/10/2024", "Số 46/BC-UBND"],
      ["2.2", "3.650", "1.234"],
      ["2.3", "126", "(trống)"],
      ["4.12", "98,5%", "97,4%"],
      ["7.1", "10/10/2024", "20/10/2024"],
      ["MC V", CLEAN_EVIDENCE["5"], "(trống)"],
    ]);
  });

  it("finds nothing between two reports that read the same, however a figure was typed", () => {
    expect(differences(submission({}), submission({ "2.2": "3.650" }), catalogue)).toEqual([]);
  });

  it("gives each difference its indicator's label", () => {
    const [first] = differences(submission({}), submission({ "6.20": 1 }), catalogue);
    const label = allIndicators(catalogue).find((i) => i.code === "6.20")?.label;
    expect(first).toMatchObject({ code: "6.20", label, existing: "8", incoming: "1" });
  });
});

describe("intake log rows", () => {
  const entry = {
    fileName: "=cmd.xlsx",
    sizeBytes: 12_345,
    sha256: "ab",
    unitCode: null,
    unitName: null,
    year: null,
    templateVersion: null,
    sentDate: null,
    importedAt: 45575.5,
    decision: "rejected" as const,
    findings: [
      {
        rule: "FILE_UNREADABLE",
        severity: "error" as const,
        unit: null,
        sheet: null,
        cell: null,
        section: null,
        message: { vi: "Tệp rỗng", en: "Empty" },
      },
    ],
  };

  it("writes one row per file, text columns as text and the decision in Vietnamese", () => {
    const { values, formats } = logRows([entry]);
    expect(values).toEqual([
      ["=cmd.xlsx", 12_345, "ab", "", "", "", "", "", 45575.5, "bị từ chối", 1, 0, "Tệp rỗng"],
    ]);
    expect(formats[0]?.[0]).toBe("@");
    expect(formats[0]).toHaveLength(LOG_HEADER.length);
  });

  it("names every decision", () => {
    expect(Object.values(DECISION_TEXT)).toEqual([
      "đã nhận",
      "đã thay bản cũ",
      "bị từ chối",
      "giữ bản cũ",
      "đã dừng",
    ]);
  });

  it("stamps the local clock time as an Excel serial", () => {
    expect(localDateTimeSerial(new Date(2024, 9, 10, 9, 30))).toBeCloseTo(45575 + 9.5 / 24, 8);
  });

  it("hashes bytes with SHA-256", async () => {
    expect(await sha256Hex(new TextEncoder().encode("abc"))).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });
});
