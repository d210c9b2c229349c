import { ClientObject, Props, defineProps } from "./clientObject";
import { FakeOfficeError, invalidArgument } from "./errors";
import { FakeSheet } from "./model";

const PROTECTION_OPTIONS = new Set([
  "allowAutoFilter",
  "allowDeleteColumns",
  "allowDeleteRows",
  "allowEditObjects",
  "allowEditScenarios",
  "allowFormatCells",
  "allowFormatColumns",
  "allowFormatRows",
  "allowInsertColumns",
  "allowInsertHyperlinks",
  "allowInsertRows",
  "allowPivotTables",
  "allowSort",
  "selectionMode",
]);

const PROTECTION_PROPS: Props<FakeSheet> = {
  protected: { get: (s) => s.protection.protected },
  options: { get: (s) => s.protection.options },
};

export class WorksheetProtectionProxy extends ClientObject<FakeSheet> {
  get _entity(): string {
    return "WorksheetProtection";
  }
  protected get _props(): Props<FakeSheet> {
    return PROTECTION_PROPS;
  }
  protect(options?: Record<string, unknown>, password?: string): void {
    this._call(
      "protect",
      { options, password: password === undefined ? undefined : "***" },
      (sheet) => {
        const where = "WorksheetProtection.protect";
        if (sheet.protection.protected)
          throw new FakeOfficeError("InvalidOperation", "The sheet is already protected.", where);
        for (const key of Object.keys(options ?? {})) {
          if (!PROTECTION_OPTIONS.has(key))
            throw invalidArgument(`Unknown protection option '${key}'.`, where);
        }
        sheet.protection = { protected: true, options: { ...options }, password: password ?? null };
      },
      password === undefined ? "1.2" : "1.7",
    );
  }
  unprotect(password?: string): void {
    this._call(
      "unprotect",
      { password: password === undefined ? undefined : "***" },
      (sheet) => {
        if (sheet.protection.protected && sheet.protection.password !== (password ?? null))
          throw new FakeOfficeError(
            "BadPassword",
            "The password is incorrect.",
            "WorksheetProtection.unprotect",
          );
        sheet.protection = { protected: false, options: {}, password: null };
      },
      password === undefined ? "1.2" : "1.7",
    );
  }
}
defineProps(WorksheetProtectionProxy, PROTECTION_PROPS);

export class FreezePanesProxy extends ClientObject<FakeSheet> {
  get _entity(): string {
    return "WorksheetFreezePanes";
  }
  protected get _props(): Props<FakeSheet> {
    return {};
  }
  freezeRows(count = 1): void {
    this._call("freezeRows", count, (sheet) => {
      if (!Number.isInteger(count) || count < 0)
        throw invalidArgument(`Cannot freeze ${count} rows.`, "WorksheetFreezePanes.freezeRows");
      sheet.frozenRows = count;
    });
  }
}

export function refuseOnProtected(sheet: FakeSheet, where: string): void {
  if (sheet.protection.protected) throw new FakeOfficeError("AccessDenied", "The sheet is protected.", where);
}
