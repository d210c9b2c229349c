import { readFile } from "node:fs/promises";
import type { PreviousYear } from "../domain/report/previousYear";
import { readPreviousFile } from "../files/previousFile";
import { resolved, type Context } from "./context";
import { fsReason } from "./fsText";
import { M } from "./messages";

/**
 * Last year's figures from `--previous FILE`: a district workbook DVCQ wrote or a facts CSV (see
 * readPreviousFile). `year` is the year they must be of ("latest": the latest the file holds).
 * Undefined without the option; a file that cannot be used stops the command (exit 2) before
 * anything is written, saying why.
 */
export async function previousOf(ctx: Context, year: number | "latest"): Promise<PreviousYear | undefined> {
  const shown = ctx.args.values.get("previous");
  if (shown === undefined) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolved(ctx, shown));
  } catch (e) {
    return ctx.fail(M.previousProblem(shown, fsReason(e)));
  }
  const read = await readPreviousFile(shown, bytes, year);
  if (!read.ok) return ctx.fail(M.previousProblem(shown, read.message));
  return read.previous;
}
