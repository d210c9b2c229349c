import { Field, type FieldProps, Input } from "@fluentui/react-components";
import { S } from "../strings";
import { useT } from "../language";

export type YearFieldProps = Pick<FieldProps, "className" | "required"> & {
  /** The year as typed. */
  value: string;
  invalid: boolean;
  disabled: boolean;
  onChange(text: string): void;
};

/** The report year, typed; says so while it is not a year. */
export function YearField({ value, invalid, disabled, onChange, ...field }: YearFieldProps) {
  const t = useT();
  return (
    <Field
      {...field}
      label={t(S.yearLabel)}
      hint={t(S.yearHint)}
      {...(invalid ? { validationMessage: t(S.yearInvalid) } : {})}
    >
      <Input
        inputMode="numeric"
        value={value}
        disabled={disabled}
        onChange={(_, data) => onChange(data.value)}
      />
    </Field>
  );
}
