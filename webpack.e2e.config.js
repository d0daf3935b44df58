/**
 * Builds the browser-test pages into .e2e-build/:
 * - taskpane.html + taskpane.js: the real task pane from its own HTML, unchanged (it loads office.js from
 *   Microsoft's CDN URL; the test routes that URL to the pinned @microsoft/office-js package);
 * - excel.html + excel.js: a fake Excel on the web (test/e2e/excel-web.ts) that opens the pane in an iframe
 *   and answers office.js from the workbook store.
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

module.exports = {
  mode: "development",
  devtool: false,
  entry: { taskpane: "./src/taskpane/index.ts", excel: "./test/e2e/excel-web.ts" },
  output: { path: path.resolve(__dirname, ".e2e-build"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { configFile: "tsconfig.json", onlyCompileBundledFiles: true, transpileOnly: true },
        },
      },
    ],
  },
  performance: { hints: false },
  plugins: [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "src/taskpane/taskpane.html",
      chunks: ["taskpane"],
      scriptLoading: "defer",
    }),
    new HtmlWebpackPlugin({
      filename: "excel.html",
      templateContent:
        '<!doctype html><html lang="sv"><head><meta charset="utf-8" /><title>Excel</title><style>' +
        "html,body{margin:0;height:100%;overflow:hidden}iframe{border:0;width:100%;height:100%;display:block}" +
        "#excel-grid{position:fixed;left:0;bottom:0;width:1px;height:1px;opacity:0}" +
        "</style></head><body></body></html>",
      chunks: ["excel"],
      scriptLoading: "defer",
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*.png", to: "assets/[name][ext]" },
        { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
      ],
    }),
  ],
};
