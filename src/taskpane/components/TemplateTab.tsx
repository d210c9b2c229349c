import {
  Button,
  Caption1,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { TableAddRegular } from "@fluentui/react-icons";
import type { PaneActions } from "../../app/paneHost";
import { S } from "../strings";
import { ChoiceDialog, type Question } from "./ChoiceDialog";
import { NoticeBar } from "./NoticeBar";
import { UnitPicker } from "./UnitPicker";
import { YearField } from "./YearField";
import { type PendingExists, type TemplateTabState, useTemplateTab } from "./useTemplateTab";
import { type Translate, useT } from "../language";

export interface TemplateTabProps {
  actions: PaneActions;
  /** The day that decides the default report year. */
  today?: Date;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  registry: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  placeRow: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM },
});

export function TemplateTab({ actions, today }: TemplateTabProps) {
  return renderTemplateTab(useTemplateTab(actions, today), useStyles(), useT());
}

function renderTemplateTab(state: TemplateTabState, styles: ReturnType<typeof useStyles>, t: Translate) {
  const { registry, emptyPeriod } = state;
  const offerRegistrySheet = registry.status === "loaded" && registry.load.source === "builtin";
  return (
    <div className={styles.root}>
      <YearField
        required
        value={state.year}
        invalid={state.yearInvalid}
        disabled={state.busy !== null}
        onChange={state.setYear}
      />

      <UnitPicker
        units={state.units}
        kinds={registry.status === "loaded" ? registry.load.kinds : []}
        query={state.query}
        unitCode={state.unitCode}
        missing={state.unitMissing}
        disabled={state.busy !== null || registry.status !== "loaded" || emptyPeriod !== null}
        onQueryChange={state.typeQuery}
        onSelect={state.selectUnit}
      />

      <div className={styles.registry}>
        {registry.status === "loading" && <Spinner size="extra-tiny" label={t(S.registryLoading)} />}
        {registry.status === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{t(S.registryLoadFailed)}</MessageBarTitle>
              {registry.detail}{" "}
              <Link as="button" onClick={state.reloadRegistry}>
                {t(S.retry)}
              </Link>
            </MessageBarBody>
          </MessageBar>
        )}
        {registry.status === "loaded" && (
          <>
            <Caption1>{t(S.registrySource(registry.load.source, registry.load.units.length))}</Caption1>
            {emptyPeriod && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  {t(S.noUnitsInPeriod(emptyPeriod.year, emptyPeriod.from, emptyPeriod.to))}
                  {offerRegistrySheet && (
                    <>
                      {" "}
                      <Link as="button" disabled={state.busy !== null} onClick={state.createRegistrySheet}>
                        {t(S.createRegistryDraft(emptyPeriod.year))}
                      </Link>
                    </>
                  )}
                </MessageBarBody>
              </MessageBar>
            )}
            {offerRegistrySheet && emptyPeriod === null && (
              <Link as="button" disabled={state.busy !== null} onClick={state.createRegistrySheet}>
                {t(S.createRegistrySheet)}
              </Link>
            )}
            {state.busy === "creatingRegistry" && <Spinner size="extra-tiny" label={t(S.creatingRegistry)} />}
            {registry.load.problems.length > 0 && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{t(S.registryProblemsTitle)}</MessageBarTitle>
                  <ul>
                    {registry.load.problems.map((p, i) => (
                      <li key={i}>{t(p)}</li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            )}
          </>
        )}
      </div>

      <div className={styles.placeRow}>
        <Button
          appearance="primary"
          icon={<TableAddRegular />}
          disabled={state.busy !== null}
          onClick={state.place}
        >
          {t(S.place)}
        </Button>
        {state.busy === "placing" && <Spinner size="tiny" label={t(S.placing)} />}
      </div>

      {state.notice && <NoticeBar notice={state.notice} />}

      <ChoiceDialog
        question={state.pending && existsQuestion(state.pending)}
        onChoose={state.resolveExists}
        onCancel={state.cancelExists}
      />
    </div>
  );
}

/** The sheet is there already: a new sheet beside it, or replacing it and what was typed in it. */
function existsQuestion(pending: PendingExists): Question<"newSheet" | "replace"> {
  return {
    title: S.existsTitle(pending.sheetName),
    body: S.existsBody(pending.unitName, pending.request.year, pending.typedCells),
    choices: [
      { value: "newSheet", label: S.existsNewSheet },
      { value: "replace", label: S.existsReplace(pending.typedCells), destructive: true },
    ],
  };
}
