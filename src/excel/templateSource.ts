import { catalogueOfTemplate, loadBuiltinCatalogue } from "../domain/catalogue/builtin";
import type { Catalogue } from "../domain/catalogue/types";
import { buildTemplatePlan, templateSheetName, type TemplateLayout } from "../domain/layout/template";
import type { Unit } from "../domain/units/registry";

/** Where templates and their rules come from: the built-in catalogue in the product, any catalogue in tests. */
export interface TemplateSource {
  /** The catalogue of a report year (the built-in one: version 2 from 2025); without a year, version 1. */
  catalogue(year?: number): Catalogue;
  sheetName(unitCode: string, year: number): string;
  /** The year's template, or the version `templateId` names when rebuilding a sheet of that version. */
  build(unit: Unit, year: number, sheetName: string, templateId?: string | null): TemplateLayout;
}

/** Loads each year's catalogue once, when first needed. */
export function catalogueTemplates(
  load: (year?: number) => Catalogue = loadBuiltinCatalogue,
): TemplateSource {
  const loaded = new Map<number | undefined, Catalogue>();
  const get = (year?: number): Catalogue => {
    const cached = loaded.get(year);
    if (cached) return cached;
    const catalogue = load(year);
    loaded.set(year, catalogue);
    return catalogue;
  };
  return {
    catalogue: get,
    sheetName: templateSheetName,
    build: (unit, year, sheetName, templateId = null) =>
      buildTemplatePlan(catalogueOfTemplate(get(year), templateId), unit, year, sheetName),
  };
}
