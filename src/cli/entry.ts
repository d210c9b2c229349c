/**
 * The command line as bin/dvcq.js runs it: one bundle of this module and all it imports
 * (webpack.cli.config.js), so that a start reads one file, compiled from the code cache the build
 * made (bin/loadCli.js), not some eighty modules found and compiled one by one.
 */
export { main } from "./main";
export { removeLiveTemporariesSync } from "../files/atomicWrite";

/** The modules run so far (in the bundle, by the bundler's names: the paths they were built from). */
export function loadedModules(): string[] {
  return Object.keys(require.cache);
}
