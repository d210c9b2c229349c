import { Body1, Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ArrowUploadRegular } from "@fluentui/react-icons";
import { useRef, useState, type DragEvent, type ReactNode } from "react";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dragging: { backgroundColor: tokens.colorBrandBackground2 },
});

const ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface FileDropProps {
  pickLabel: string;
  dropHint: string;
  disabled: boolean;
  onFiles(files: File[]): void;
  /** The zone's and the file input's test ids. */
  testIds: { zone: string; input: string };
  /** Laid over the zone's own layout (the pane stacks it in a column). */
  className?: string;
  /** More buttons inside the zone. */
  children?: ReactNode;
}

/** Where a clerk picks several .xlsx files or drops them. */
export function FileDrop({
  pickLabel,
  dropHint,
  disabled,
  onFiles,
  testIds,
  className,
  children,
}: FileDropProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    onFiles([...event.dataTransfer.files]);
  };
  return (
    <div
      className={mergeClasses(styles.zone, className, dragging && styles.dragging)}
      data-testid={testIds.zone}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <Button
        appearance="primary"
        icon={<ArrowUploadRegular />}
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {pickLabel}
      </Button>
      <Body1>{dropHint}</Body1>
      {children}
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid={testIds.input}
        onChange={(event) => {
          onFiles([...(event.target.files ?? [])]);
          event.target.value = "";
        }}
      />
    </div>
  );
}
