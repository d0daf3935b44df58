/**
 * Builds the task pane into dist/: taskpane.html + taskpane.js, the icons and the manifest.
 * office.js is NOT bundled: the page loads it from Microsoft's CDN (see README, "office.js").
 *
 *   npm run build           production build (dist/)
 *   npm run dev-server      https://localhost:3000 (localhost only; SIF_PORT=… for another port) with the
 *                           Office dev certificates, kept in ~/.office-addin-dev-certs between runs
 * `npm start` (scripts/start.js) runs the same dev server through webpack-dev-server's Node API.
 */
const crypto = require("node:crypto");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_ORIGIN = "https://localhost:3000";
/** Where production is served from; the copied manifest points there. */
const PROD_ORIGIN = (process.env.SIF_ORIGIN || DEV_ORIGIN).replace(/\/$/, "");
/** The dev server's port: SIF_PORT, else package.json's config.dev_server_port, else 3000. */
const devPort = () => Number(process.env.SIF_PORT || process.env.npm_package_config_dev_server_port || 3000);

/** Where office-addin-dev-certs keeps the CA and the localhost certificate (its default). */
const certificateDirectory = () => path.join(os.homedir(), ".office-addin-dev-certs");
const certificateFiles = (dir) => ({
  ca: path.join(dir, "ca.crt"),
  cert: path.join(dir, "localhost.crt"),
  key: path.join(dir, "localhost.key"),
});

/**
 * The certificates in `dir` when they can serve https://localhost for at least another day: all three files
 * present, the key belongs to the certificate, the certificate names localhost and was issued by the CA.
 * Otherwise a string saying what is wrong.
 */
function usableCertificates(dir) {
  const files = certificateFiles(dir);
  const missing = Object.values(files).filter((f) => !fs.existsSync(f));
  if (missing.length) return `missing ${missing.map((f) => path.basename(f)).join(", ")}`;
  const pem = { ca: fs.readFileSync(files.ca), cert: fs.readFileSync(files.cert), key: fs.readFileSync(files.key) };
  try {
    const cert = new crypto.X509Certificate(pem.cert);
    const ca = new crypto.X509Certificate(pem.ca);
    const now = Date.now();
    if (new Date(cert.validFrom).getTime() > now) return "the certificate is not valid yet";
    if (new Date(cert.validTo).getTime() < now + 24 * 3600 * 1000) return `the certificate expires ${cert.validTo}`;
    if (new Date(ca.validTo).getTime() < now + 24 * 3600 * 1000) return `the CA expires ${ca.validTo}`;
    if (!cert.checkHost("localhost")) return "the certificate is not for localhost";
    if (!cert.checkIssued(ca) || !cert.verify(ca.publicKey)) return "the certificate was not issued by ca.crt";
    if (!cert.checkPrivateKey(crypto.createPrivateKey(pem.key))) return "the key does not belong to the certificate";
  } catch (e) {
    return `unreadable (${String(e.message).split("\n")[0]})`;
  }
  return pem;
}

/**
 * https options for the dev server, from the Office dev certificates in `dir`: reused while they are valid,
 * created (office-addin-dev-certs) only when missing or no longer usable. `log` receives one line saying which.
 *
 * On Windows and macOS office-addin-dev-certs also trusts its CA in the system store and reuses certificates
 * it trusts. On Linux it cannot see that trust (the CA needs sudo, or the browser's own store) and would make
 * a new CA on every start, so there we check the files ourselves.
 */
async function devCertificates(dir = certificateDirectory(), log = console.log) {
  const devCerts = () => require("office-addin-dev-certs");
  if ((process.platform === "win32" || process.platform === "darwin") && dir === certificateDirectory()) {
    try {
      return await devCerts().getHttpsServerOptions();
    } catch (e) {
      log(`office-addin-dev-certs could not install its CA (${String(e.message).split("\n")[0]}).`);
    }
  }
  const found = usableCertificates(dir);
  if (typeof found !== "string") {
    log(`Reusing the Office dev certificates in ${dir}.`);
    return found;
  }
  const files = certificateFiles(dir);
  for (const f of Object.values(files)) fs.rmSync(f, { force: true });
  await devCerts().generateCertificates(files.ca, files.cert, files.key);
  const made = usableCertificates(dir);
  if (typeof made === "string") throw new Error(`office-addin-dev-certs made unusable certificates in ${dir}: ${made}`);
  log(`Created the Office dev certificates in ${dir} (${found}); they are reused until they expire.`);
  return made;
}

async function httpsOptions() {
  try {
    return await devCertificates();
  } catch (e) {
    console.warn(`No Office dev certificates (${String(e.message).split("\n")[0]}); serving over http.`);
    return undefined;
  }
}

/** webpack-cli passes env.WEBPACK_SERVE for `webpack serve`; scripts/start.js passes it too. */
module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const https = serving && process.env.SIF_HTTP !== "1" ? await httpsOptions() : undefined;
  return {
    ...(argv.mode ? { mode: argv.mode } : {}),
    entry: { taskpane: "./src/taskpane/index.ts" },
    // `clean` empties dist/ on every build: nothing but the build goes there (npm start writes its example
    // workbooks to workbooks/).
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
      // Loopback only: the pane is for this machine's browser and Excel, not for the network.
      host: "localhost",
      port: devPort(),
      // No CORS headers: Office loads the pane and its icons as a page and images, never cross-origin.
      server: https ? { type: "https", options: https } : { type: "http" },
      // Only the pane compiled in memory is served: no static folder, so no directory listing either.
      static: false,
      // No hot reload: its websocket would need a wider Content-Security-Policy.
      hot: false,
      liveReload: false,
      webSocketServer: false,
    },
  };
};
module.exports.devCertificates = devCertificates;
module.exports.usableCertificates = usableCertificates;
module.exports.certificateDirectory = certificateDirectory;
