/**
 * `sif freeze FILE`: the approved plan frozen into the file's baseline (domain.md Part 2), the file
 * patched in place (only the parts the baseline needs; see src/xlsx/freeze-file.ts) and replaced
 * atomically. Refused — the file untouched, exit code 2 — when it has no follow-up sheets, its baseline
 * is already frozen, there is nothing to freeze or the baseline's cells are gone.
 */
import { readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join, basename } from "node:path";
import type { Lang } from "../domain/vocabulary";
import { readApplicationBytes } from "../xlsx/file-reader";
import { freezeBytes } from "../xlsx/freeze-file";

export async function freezeFile(file: string, lang: Lang, today: Date): Promise<number> {
  const bytes = await readFile(file);
  const result = await freezeBytes(bytes, readApplicationBytes(bytes, file).grids, today);
  if (!result.ok) {
    process.stderr.write(`${file}: ${result.message[lang]}\n`);
    return 2;
  }
  const temp = join(dirname(file), `.${basename(file)}.sif-${process.pid}.tmp`);
  await writeFile(temp, result.bytes, { flag: "wx" });
  await rename(temp, file);
  const { plan } = result;
  const date = plan.date.toLocaleDateString("sv-SE");
  process.stdout.write(
    lang === "sv"
      ? `${file}: baslinjen frystes ${date}: ${plan.rows.length} värden, fingeravtryck ${plan.fingerprint}.\n`
      : `${file}: baseline frozen on ${date}: ${plan.rows.length} values, fingerprint ${plan.fingerprint}.\n`,
  );
  return 0;
}
