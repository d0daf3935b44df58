/**
 * Builds the browser-test page: the real task pane with the Excel test double installed as
 * `Office`/`Excel` instead of office.js (which is not loaded). Output: .e2e-build/
 */
const path = require("node:path");
const fs = require("node:fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const template = fs
  .readFileSync(path.join(__dirname, "src/taskpane/taskpane.html"), "utf8")
  .replace(/\s*<!-- Microsoft's CDN[^>]*-->\s*<script src="https:\/\/appsforoffice[^"]*"><\/script>/, "");

module.exports = {
  mode: "development",
  devtool: false,
  entry: { e2e: "./test/e2e/page.ts" },
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
      templateContent: template,
      chunks: ["e2e"],
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
