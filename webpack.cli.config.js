const path = require("node:path");
const webpack = require("webpack");

/**
 * The command line's bundle, dist-cli/cli/dvcq.js, made from the compiled modules (`tsc -p
 * tsconfig.cli.json` first): one file beside them, so that what they find by their own folder
 * (package.json, the read pool's worker) is where it was. What a command loads when it runs stays
 * loaded only then; exceljs, large and loaded only when a template is written, is required from
 * node_modules as before.
 */
/**
 * Every character past ASCII written as its \\u escape (in a string, a regular expression, a
 * comment or a name, the same): V8 keeps the bundle's text as long as it runs, in one byte a
 * character only when all are ASCII (1.8 MB otherwise, for some nine thousand Vietnamese letters).
 */
class AsciiOnly {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("AsciiOnly", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "AsciiOnly", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE },
        (assets) => {
          for (const name of Object.keys(assets)) {
            const text = assets[name].source().toString();
            const escaped = text.replace(
              /[^\0-\x7f]/g,
              (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
            );
            compilation.updateAsset(name, new webpack.sources.RawSource(escaped));
          }
        },
      );
    });
  }
}

module.exports = {
  mode: "production",
  target: "node20",
  context: __dirname,
  entry: { dvcq: "./dist-cli/cli/entry.js" },
  output: {
    path: path.join(__dirname, "dist-cli/cli"),
    filename: "[name].js",
    library: { type: "commonjs2" },
  },
  externals: { exceljs: "commonjs exceljs" },
  // `__dirname` is the bundle's folder when it runs, as it was each module's.
  node: { __dirname: false, __filename: false },
  optimization: { minimize: false, splitChunks: false, moduleIds: "named" },
  // Each command's modules in the one file, run when the command is: no chunks to find.
  plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }), new AsciiOnly()],
  devtool: false,
  performance: { hints: false },
  stats: "errors-only",
};
