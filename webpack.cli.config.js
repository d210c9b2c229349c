const path = require("node:path");
const webpack = require("webpack");

/**
 * The command line's bundle, dist-cli/cli/dvcq.js, made from the compiled modules (`tsc -p
 * tsconfig.cli.json` first): one file beside them, so that what they find by their own folder
 * (package.json, the read pool's worker) is where it was. What a command loads when it runs stays
 * loaded only then; exceljs, large and loaded only when a template is written, is required from
 * node_modules as before.
 */
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
  plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
  devtool: false,
  performance: { hints: false },
  stats: "errors-only",
};
