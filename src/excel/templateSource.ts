import { loadBuiltinCatalogue } from "../domain/catalogue/builtin";
import type { Catalogue } from "../domain/catalogue/types";
import { buildTemplatePlan, templateSheetName, type TemplateLayout } from "../domain/layout/template";
import type { Unit } from "../domain/units/registry";

/** Where templates and their rules come from: the built-in catalogue in the product, any catalogue in tests. */
export interface TemplateSource {
  catalogue(): Catalogue;
  sheetName(unitCode: string, year: number): string;
  build(unit: Unit, year: number, sheetName: string): TemplateLayout;
}

/** Loads the catalogue once, when first needed. */
export function catalogueTemplates(load: () => Catalogue = loadBuiltinCatalogue): TemplateSource {
  let catalogue: Catalogue | undefined;
  const get = (): Catalogue => (catalogue ??= load());
  return {
    catalogue: get,
    sheetName: templateSheetName,
    build: (unit, year, sheetName) => buildTemplatePlan(get(), unit, year, sheetName),
  };
}
