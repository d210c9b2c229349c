import { Body1, Button, Field, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular, DocumentArrowUpRegular } from "@fluentui/react-icons";
import { useRef } from "react";
import { useT } from "../language";
import { previousChosen, previousHint, PV } from "../previousStrings";

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
  const t = useT();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <Field label={t(PV.label)} hint={t(previousHint(year))}>
      <div className={styles.row}>
        <Button icon={<DocumentArrowUpRegular />} disabled={disabled} onClick={() => input.current?.click()}>
          {t(PV.pick)}
        </Button>
        {chosen !== null && (
          <>
            <Body1>{t(previousChosen(chosen))}</Body1>
            <Button
              appearance="subtle"
              icon={<DismissRegular />}
              aria-label={t(PV.remove)}
              title={t(PV.remove)}
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
          aria-label={t(PV.pick)}
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
