import v1Data from "./dvcq-ct03-v1.json";
import type { PeriodConfig } from "./types";

/**
 * The built-in catalogue's report period and deadline (version 2 keeps version 1's), for a shell
 * that needs only the dates, e.g. the pane's first screen: without loading and checking the whole
 * catalogue and its formula language, which then stay out of the pane's first download.
 */
export const BUILTIN_PERIOD: PeriodConfig = v1Data.period;
