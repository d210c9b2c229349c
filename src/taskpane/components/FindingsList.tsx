import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  Subtitle2,
  tokens,
  useId,
} from "@fluentui/react-components";
import { ErrorCircleFilled, WarningFilled } from "@fluentui/react-icons";
import type { Section } from "../../domain/catalogue/types";
import type { Finding } from "../../domain/check/finding";
import type { CheckedSheet } from "../../app/paneHost";
import { groupFindings, type SectionGroup, type SheetGroup, sectionHeading } from "../findingGroups";
import { codeLabel } from "../codeLabels";
import { S } from "../strings";
import { useLang, useT } from "../language";
import { useSay } from "../sayInContext";

export interface FindingsListProps {
  findings: readonly Finding[];
  /** The sheets checked, to name each group by its unit and year. */
  sheets: readonly CheckedSheet[];
  /** The catalogue's sections, for their titles. */
  sections: readonly Section[];
  /** Called for a finding that has a sheet and a cell. */
  onSelect(finding: Finding): void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  subheading: {
    margin: 0,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  row: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "flex-start",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    minHeight: "auto",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
  },
  text: { display: "flex", flexDirection: "column" },
  code: { fontFamily: tokens.fontFamilyMonospace },
  icon: { flexShrink: 0, fontSize: "16px", marginTop: "2px" },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
});

type Styles = ReturnType<typeof useStyles>;

export function FindingsList(props: FindingsListProps) {
  const styles = useStyles();
  const idPrefix = useId("dvcq-findings-");
  return (
    <div className={styles.root}>
      {groupFindings(props.findings, props.sheets).map((group, i) => (
        <SheetFindings
          key={group.sheet ?? ""}
          id={`${idPrefix}${i}`}
          group={group}
          {...props}
          styles={styles}
        />
      ))}
    </div>
  );
}

function SheetFindings({
  id,
  group,
  sections,
  onSelect,
  styles,
}: FindingsListProps & { id: string; group: SheetGroup; styles: Styles }) {
  const t = useT();
  return (
    <section className={styles.group} aria-labelledby={id}>
      <Subtitle2 as="h3" id={id} className={styles.heading}>
        {t(group.heading)}
      </Subtitle2>
      <Caption1 className={styles.muted}>
        {[
          group.sheet === null ? "" : t(S.sheetCaption(group.sheet)),
          t(S.findingCounts(group.errors, group.warnings)),
        ]
          .filter((p) => p)
          .join(" · ")}
      </Caption1>
      {group.sections.map((section) => (
        <SectionFindings
          key={section.section ?? ""}
          group={section}
          sections={sections}
          onSelect={onSelect}
          styles={styles}
        />
      ))}
    </section>
  );
}

function SectionFindings({
  group,
  sections,
  onSelect,
  styles,
}: Pick<FindingsListProps, "sections" | "onSelect"> & { group: SectionGroup; styles: Styles }) {
  const t = useT();
  return (
    <div>
      <h4 className={styles.subheading}>
        <Body1Strong>{t(sectionHeading(sections, group.section))}</Body1Strong>{" "}
        <Caption1 className={styles.muted}>({t(S.findingCounts(group.errors, group.warnings))})</Caption1>
      </h4>
      <ul className={styles.list}>
        {group.findings.map((finding, i) => (
          <li key={i}>
            <FindingRow finding={finding} onSelect={onSelect} styles={styles} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The code's short name with the code in its tooltip, or the code itself (a catalogue rule's id). */
function FindingCode({ code, styles }: { code: string; styles: Styles }) {
  const lang = useLang();
  const label = codeLabel(code, lang);
  return label === null ? (
    <span className={styles.code}>{code}</span>
  ) : (
    <span title={code} data-code={code}>
      {label}
    </span>
  );
}

function FindingRow({
  finding,
  onSelect,
  styles,
}: Pick<FindingsListProps, "onSelect"> & { finding: Finding; styles: Styles }) {
  const t = useT();
  const say = useSay();
  const content = (
    <>
      {finding.severity === "error" ? (
        <ErrorCircleFilled
          aria-label={t(S.severityError)}
          className={mergeClasses(styles.icon, styles.error)}
        />
      ) : (
        <WarningFilled
          aria-label={t(S.severityWarning)}
          className={mergeClasses(styles.icon, styles.warning)}
        />
      )}{" "}
      <span className={styles.text}>
        <Caption1 className={styles.muted}>
          <FindingCode code={finding.rule} styles={styles} />
          {finding.cell === null ? "" : ` · ${finding.cell}`}
        </Caption1>{" "}
        <Body1>{say(finding.message)}</Body1>
      </span>
    </>
  );
  return finding.sheet !== null && finding.cell !== null ? (
    <Button appearance="subtle" className={styles.row} onClick={() => onSelect(finding)}>
      {content}
    </Button>
  ) : (
    <div className={styles.row}>{content}</div>
  );
}
