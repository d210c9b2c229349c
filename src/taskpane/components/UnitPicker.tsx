import {
  Caption1,
  Combobox,
  Field,
  makeStyles,
  Option,
  OptionGroup,
  tokens,
} from "@fluentui/react-components";
import { kindLabel, type Unit, type UnitKindInfo } from "../../domain/units/registry";
import { S } from "../strings";
import { filterUnits } from "../unitFilter";
import { useT } from "../language";

export interface UnitPickerProps {
  units: readonly Unit[];
  /** The registry's kinds: the list's groups, in their order, under their labels. */
  kinds: readonly UnitKindInfo[];
  query: string;
  unitCode: string | null;
  missing: boolean;
  disabled: boolean;
  onQueryChange(text: string): void;
  onSelect(code: string): void;
}

const useStyles = makeStyles({
  code: { color: tokens.colorNeutralForeground3 },
});

export function UnitPicker(props: UnitPickerProps) {
  const { units, kinds, query, unitCode } = props;
  const t = useT();
  const styles = useStyles();
  const selected = units.find((u) => u.code === unitCode);
  // Once a unit is chosen the box shows its name; the list then offers every unit again.
  const groups = filterUnits(units, selected !== undefined && selected.name === query ? "" : query, kinds);
  return (
    <Field
      label={t(S.unitLabel)}
      required
      {...(props.missing ? { validationMessage: t(S.unitRequired) } : {})}
      {...(selected ? { hint: selected.code } : {})}
    >
      <Combobox
        freeform
        disabled={props.disabled}
        placeholder={t(S.unitPlaceholder)}
        value={query}
        selectedOptions={unitCode === null ? [] : [unitCode]}
        onChange={(e) => props.onQueryChange(e.target.value)}
        onOptionSelect={(_, data) => {
          if (data.optionValue !== undefined) props.onSelect(data.optionValue);
        }}
      >
        {groups.map((g) => (
          <OptionGroup key={g.kind} label={kindLabel(kinds, g.kind)}>
            {g.units.map((u) => (
              <Option key={u.code} value={u.code} text={u.name}>
                {u.name} <Caption1 className={styles.code}>{u.code}</Caption1>
              </Option>
            ))}
          </OptionGroup>
        ))}
        {groups.length === 0 ? (
          <Option disabled value="" text="">
            {t(S.unitNoMatch)}
          </Option>
        ) : null}
      </Combobox>
    </Field>
  );
}
