/**
 * The first steps of opening an application file defensively: a file of sane size, and a zip
 * package rather than an encrypted workbook or an old .xls. The zip itself is read by zip.ts, within
 * the inflated-size limit. Each refusal is a FileProblem with a clear message.
 */
import { readFileSync, statSync } from "node:fs";

export class FileProblem extends Error {
  constructor(
    readonly file: string,
    readonly sv: string,
    readonly en: string,
  ) {
    super(en);
    this.name = "FileProblem";
  }
}

export interface LoadLimits {
  readonly maxFileBytes: number;
  readonly maxUnpackedBytes: number;
  readonly maxEntries: number;
}

const MB = 1024 * 1024;

/** Defaults: far above any real application (≈ 50 kB), far below what hurts a reviewer's laptop. */
export function defaultLimits(env: NodeJS.ProcessEnv = process.env): LoadLimits {
  const unpacked = Number(env.SIF_MAX_UNPACKED_BYTES);
  return {
    maxFileBytes: 50 * MB,
    maxUnpackedBytes: Number.isFinite(unpacked) && unpacked > 0 ? unpacked : 200 * MB,
    maxEntries: 2000,
  };
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, sig: readonly number[]): boolean => sig.every((b, i) => bytes[i] === b);

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The file's bytes, within the size limit; a folder, a missing or unreadable file is a clear problem. */
export function readBytes(file: string, limits: LoadLimits): Buffer {
  try {
    const info = statSync(file);
    if (info.isDirectory()) throw new FileProblem(file, "Det är en mapp, inte en fil.", "It is a folder, not a file.");
    if (info.size > limits.maxFileBytes) {
      throw new FileProblem(
        file,
        `Filen är ${Math.round(info.size / MB)} MB, mer än gränsen ${Math.round(limits.maxFileBytes / MB)} MB.`,
        `The file is ${Math.round(info.size / MB)} MB, ` +
          `more than the limit of ${Math.round(limits.maxFileBytes / MB)} MB.`,
      );
    }
    return readFileSync(file); // sync: files are checked one by one, and a thread-pool hop costs more than the read
  } catch (e) {
    if (e instanceof FileProblem) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? reason(e);
    throw code === "ENOENT"
      ? new FileProblem(file, "Filen finns inte.", "The file does not exist.")
      : new FileProblem(file, `Filen kan inte läsas (${code}).`, `The file cannot be read (${code}).`);
  }
}

/** An encrypted workbook or an old .xls is a compound file, not a zip: say which, before unzipping. */
export function checkSignature(file: string, bytes: Buffer): void {
  if (startsWith(bytes, CFB)) {
    throw new FileProblem(
      file,
      "Arbetsboken är lösenordsskyddad (krypterad) eller i det gamla .xls-formatet. Spara den som .xlsx utan lösenord.",
      "The workbook is password-protected (encrypted) or in the old .xls format. Save it as .xlsx without a password.",
    );
  }
  if (!startsWith(bytes, ZIP))
    throw new FileProblem(
      file,
      "Filen är inte en Excel-arbetsbok (.xlsx).",
      "The file is not an Excel workbook (.xlsx).",
    );
}
