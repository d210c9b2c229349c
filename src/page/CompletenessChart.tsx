import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Message } from "../domain/i18n/lang";
import type { RollupSummary } from "../domain/rollup/summary";
import { P } from "./strings";
import { useT } from "../taskpane/language";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    height: "20px",
    width: "100%",
    maxWidth: "520px",
    borderRadius: tokens.borderRadiusMedium,
    overflow: "hidden",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  legend: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalL, padding: 0, margin: 0 },
  item: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    listStyleType: "none",
  },
  swatch: { width: "12px", height: "12px", borderRadius: tokens.borderRadiusSmall, flexShrink: 0 },
});

/** Completeness as one stacked bar: on time, late, received without a date, unusable, not sent. */
export function CompletenessChart({ units }: { units: RollupSummary["units"] }) {
  const t = useT();
  const styles = useStyles();
  const late = units.late.length;
  const parts: { label: Message; count: number; color: string }[] = [
    { label: P.onTime, count: units.onTime, color: tokens.colorPaletteGreenBackground3 },
    { label: P.late, count: late, color: tokens.colorPaletteMarigoldBackground3 },
    {
      label: P.noDate,
      count: units.received - units.onTime - late,
      color: tokens.colorPaletteBlueBorderActive,
    },
    { label: P.unusable, count: units.unusable.length, color: tokens.colorPaletteRedBackground3 },
    { label: P.missing, count: units.missing.length, color: tokens.colorNeutralBackground5 },
  ];
  const total = Math.max(1, units.expected);
  return (
    <figure style={{ margin: 0 }}>
      <div className={styles.bar} role="img" aria-label={t(P.completenessText(parts, units.expected))}>
        {parts.map((p) =>
          p.count > 0 ? (
            <div
              key={p.label.en}
              style={{ width: `${(100 * p.count) / total}%`, backgroundColor: p.color }}
            />
          ) : null,
        )}
      </div>
      <figcaption>
        <ul className={styles.legend} aria-label={t(P.completenessLabel)}>
          {parts.map((p) => (
            <li key={p.label.en} className={styles.item}>
              <span className={styles.swatch} style={{ backgroundColor: p.color }} aria-hidden />
              <Caption1>
                {t(p.label)}: {p.count}
              </Caption1>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
