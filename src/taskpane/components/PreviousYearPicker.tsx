import { Body1, Button, Field, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular, DocumentArrowUpRegular } from "@fluentui/react-icons";
import { useRef } from "react";
import { useLang } from "../language";
import { previousChosen, previousHint, PV } from "../previousStrings";
import { t } from "../strings";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
});

const ACCEPT = ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv";

export interface PreviousYearPickerProps {
  /** The report year, for the hint's "năm trước"; null while the year typed is not valid. */
  year: number | null;
  /** The name of the file chosen, or null. */
  chosen: string | null;
  disabled: boolean;
  onPick(file: File): void;
  onRemove(): void;
}

/** Where the district clerk gives last year's district report or facts CSV for the roll-up to compare with. */
export function PreviousYearPicker({ year, chosen, disabled, onPick, onRemove }: PreviousYearPickerProps) {
  const lang = useLang();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <Field label={t(PV.label, lang)} hint={t(previousHint(year), lang)}>
      <div className={styles.row}>
        <Button icon={<DocumentArrowUpRegular />} disabled={disabled} onClick={() => input.current?.click()}>
          {t(PV.pick, lang)}
        </Button>
        {chosen !== null && (
          <>
            <Body1>{t(previousChosen(chosen), lang)}</Body1>
            <Button
              appearance="subtle"
              icon={<DismissRegular />}
              aria-label={t(PV.remove, lang)}
              title={t(PV.remove, lang)}
              disabled={disabled}
              onClick={onRemove}
            />
          </>
        )}
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          hidden
          aria-label={t(PV.pick, lang)}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onPick(file);
            event.target.value = "";
          }}
        />
      </div>
    </Field>
  );
}
