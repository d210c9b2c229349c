const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { normalizeBaseUrl, rewriteManifestUrls } = require("./scripts/build-manifest.cjs");

const OFFICE_JS_DIST = path.join(__dirname, "node_modules/@microsoft/office-js/dist");
const DEV_CERTS_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

/**
 * The certificates `office-addin-dev-certs install` writes, read directly: its own
 * getHttpsServerOptions() throws when the CA is not trusted, which is always so on Linux as root.
 */
function httpsServer() {
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const paths = Object.fromEntries(
    Object.entries(files).map(([k, name]) => [k, path.join(DEV_CERTS_DIR, name)]),
  );
  if (Object.values(paths).every((p) => fs.existsSync(p))) {
    console.log(`[dvcq] https with the certificates in ${DEV_CERTS_DIR}`);
    const options = Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, fs.readFileSync(p)]));
    return { type: "https", options };
  }
  console.warn(
    `[dvcq] no certificates in ${DEV_CERTS_DIR}: webpack-dev-server uses its own self-signed certificate, ` +
      "which Excel will not trust (run `npx office-addin-dev-certs install` to create and trust them).",
  );
  return "https";
}

/**
 * What the pages may load: their own files, and Office.js from Microsoft's CDN (which applies inline
 * styles of its own). No request to any other origin; no eval, so no eval-based source maps either.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

/** The standalone page loads no Office.js: nothing but its own files. */
const PAGE_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  " https://appsforoffice.microsoft.com",
  "",
);

module.exports = (env, argv) => {
  const production = argv.mode !== "development";
  const baseUrl = process.env.DVCQ_BASE_URL ? normalizeBaseUrl(process.env.DVCQ_BASE_URL) : undefined;
  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      app: "./src/page/index.tsx",
    },
    output: {
      path: path.join(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        // Office's webviews cache hard; a query changing with each build makes them fetch the new script.
        hash: production,
        minify: false,
        contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        hash: production,
        minify: false,
        contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      }),
      new HtmlWebpackPlugin({
        filename: "app.html",
        template: "./src/page/app.html",
        chunks: ["app"],
        minify: false,
        contentSecurityPolicy: PAGE_CONTENT_SECURITY_POLICY,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/engine-check.js", to: "engine-check.js" },
          { from: "src/commands/commands-fallback.js", to: "commands-fallback.js" },
          { from: "src/commands/command-unsupported.html", to: "command-unsupported.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              baseUrl ? rewriteManifestUrls(content.toString("utf8"), baseUrl) : content,
          },
          // All that office.js fetches outside an Office host (measured in Chromium): for the standalone
          // page and end-to-end tests. Inside Excel the pane loads Office.js from Microsoft's CDN.
          { from: "office.js", context: OFFICE_JS_DIST, to: "office-js/", info: { minimized: true } },
          {
            from: "o15apptofilemappingtable.js",
            context: OFFICE_JS_DIST,
            to: "office-js/",
            info: { minimized: true },
          },
        ],
      }),
    ],
    performance: {
      hints: production ? "warning" : false,
      maxEntrypointSize: 800 * 1024,
      maxAssetSize: 1024 * 1024,
    },
    devServer: {
      host: "localhost",
      port: 3000,
      server: env && env.WEBPACK_SERVE ? httpsServer() : "https",
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      client: { overlay: { warnings: false } },
    },
  };
};
