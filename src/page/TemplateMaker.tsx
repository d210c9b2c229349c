import { Button, makeStyles, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { UnitPicker } from "../taskpane/components/UnitPicker";
import { YearField } from "../taskpane/components/YearField";
import { parseYear } from "../taskpane/components/useTemplateTab";
import { errorDetail } from "../taskpane/strings";
import { exactUnit } from "../taskpane/unitFilter";
import { NoticeBar, type Notice } from "../taskpane/components/NoticeBar";
import { download, XLSX_TYPE } from "../app/download";
import { builtinKinds, noUnitsIn, templateBytes, unitsOfYear } from "./engine";
import { P } from "./strings";
import { useT } from "../taskpane/language";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, maxWidth: "420px" },
  heading: { margin: 0 },
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM },
});

/** A unit's template for a year, made in the page and downloaded as `dvcq template` writes it. */
export function TemplateMaker({ initialYear }: { initialYear: number }) {
  const t = useT();
  const styles = useStyles();
  const [year, setYear] = useState(String(initialYear));
  const [query, setQuery] = useState("");
  const [unitCode, setUnitCode] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const parsed = parseYear(year);
  const units = parsed === null ? [] : unitsOfYear(parsed);
  const unit = units.find((u) => u.code === unitCode) ?? null;

  const make = (): void => {
    setMissing(unit === null);
    if (unit === null || parsed === null) return;
    setBusy(true);
    setNotice(null);
    templateBytes(unit, parsed)
      .then((bytes) => download(bytes, `DVCQ_${parsed}_${unit.code}.xlsx`, XLSX_TYPE))
      .catch((error: unknown) =>
        setNotice({ intent: "error", message: P.failed, detail: errorDetail(error) }),
      )
      .finally(() => setBusy(false));
  };

  return (
    <section className={styles.root} aria-labelledby="dvcq-template-heading">
      <Subtitle2 as="h2" id="dvcq-template-heading" className={styles.heading}>
        {t(P.templateHeading)}
      </Subtitle2>
      <YearField required value={year} invalid={parsed === null} disabled={busy} onChange={setYear} />
      <UnitPicker
        units={units}
        kinds={builtinKinds()}
        query={query}
        unitCode={unit?.code ?? null}
        missing={missing}
        disabled={busy || units.length === 0}
        onQueryChange={(text) => {
          setQuery(text);
          const exact = exactUnit(units, text);
          setUnitCode(exact?.code ?? null);
          if (exact) setMissing(false);
        }}
        onSelect={(code) => {
          setUnitCode(code);
          setQuery(units.find((u) => u.code === code)?.name ?? code);
          setMissing(false);
        }}
      />
      {parsed !== null && units.length === 0 && (
        <NoticeBar notice={{ intent: "warning", message: noUnitsIn(parsed) }} />
      )}
      <div className={styles.row}>
        <Button icon={<ArrowDownloadRegular />} disabled={busy} onClick={make}>
          {t(P.downloadTemplate)}
        </Button>
        {busy && <Spinner size="tiny" label={t(P.preparingDownload)} />}
      </div>
      {notice && <NoticeBar notice={notice} />}
    </section>
  );
}
