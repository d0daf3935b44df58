/**
 * Builds the task pane into dist/: taskpane.html + taskpane.js, the icons and the manifest.
 * office.js is NOT bundled: the page loads it from Microsoft's CDN (see README, "office.js").
 *
 *   npm run build           production build (dist/)
 *   npm run dev-server      https://localhost:3000 with the Office dev certificates when available
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_ORIGIN = "https://localhost:3000";
/** Where production is served from; the copied manifest points there. */
const PROD_ORIGIN = (process.env.SIF_ORIGIN || DEV_ORIGIN).replace(/\/$/, "");

async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    // On Linux the CA cannot be trusted without sudo, but the certificates were generated: use them.
    const dir = path.join(require("node:os").homedir(), ".office-addin-dev-certs");
    const fs = require("node:fs");
    if (fs.existsSync(path.join(dir, "localhost.crt")) && fs.existsSync(path.join(dir, "localhost.key"))) {
      console.warn(
        `Office dev CA not trusted on this machine (${String(e.message).split("\n")[0]}); ` +
          `serving https with ${dir} anyway.`,
      );
      return {
        cert: fs.readFileSync(path.join(dir, "localhost.crt")),
        key: fs.readFileSync(path.join(dir, "localhost.key")),
        ca: fs.readFileSync(path.join(dir, "ca.crt")),
      };
    }
    console.warn(`No Office dev certificates (${e.message}); serving over http.`);
    return undefined;
  }
}

module.exports = async (_env, argv) => {
  const production = argv.mode === "production";
  const serving = process.argv.some((a) => a === "serve");
  const https = serving && process.env.SIF_HTTP !== "1" ? await httpsOptions() : undefined;
  return {
    entry: { taskpane: "./src/taskpane/index.ts" },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    devtool: production ? false : "source-map",
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.json", onlyCompileBundledFiles: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? content.toString().split(DEV_ORIGIN).join(PROD_ORIGIN) : content),
          },
        ],
      }),
    ],
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      static: { directory: path.resolve(__dirname, "dist") },
      // No hot reload: its websocket would need a wider Content-Security-Policy.
      hot: false,
      liveReload: false,
      webSocketServer: false,
    },
  };
};
