// Tests that run `sif` as a process need lib/ compiled from the current sources.
const { spawnSync } = require("node:child_process");
const { join } = require("node:path");

module.exports = async () => {
  const root = join(__dirname, "..");
  const r = spawnSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", join(root, "tsconfig.cli.json")],
    { stdio: "inherit" },
  );
  if (r.status !== 0) throw new Error("Compiling the CLI (tsconfig.cli.json) failed");
};
