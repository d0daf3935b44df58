/**
 * Opens an application file defensively. Before ExcelJS sees a byte, the file must be a zip package
 * of sane size whose entries inflate — counted as they stream, whatever their headers claim — to
 * less than a limit (a zip bomb stops there). Each refusal is a FileProblem with a clear message.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFile, stat } from "node:fs/promises";

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

/** Inflates every entry, counting bytes as they come, and stops at the limit. */
async function checkInflatedSize(file: string, zip: JSZip, limits: LoadLimits): Promise<void> {
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    await new Promise<void>((resolve, reject) => {
      const stream = entry.nodeStream("nodebuffer");
      stream
        .on("data", (chunk: Buffer) => {
          total += chunk.length;
          if (total > limits.maxUnpackedBytes) {
            stream.pause();
            reject(
              new FileProblem(
                file,
                `Filen packas upp till mer än ${Math.round(limits.maxUnpackedBytes / MB)} MB ` +
                  `och öppnas inte (en s.k. zip-bomb eller en skadad fil).`,
                `The file unpacks to more than ${Math.round(limits.maxUnpackedBytes / MB)} MB ` +
                  `and is not opened (a zip bomb or a damaged file).`,
              ),
            );
          }
        })
        .on("error", (e: Error) =>
          reject(new FileProblem(file, `Filen är skadad: ${e.message}.`, `The file is damaged: ${e.message}.`)),
        )
        .on("end", () => resolve());
    });
  }
}

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The file's bytes, within the size limit; a folder, a missing or unreadable file is a clear problem. */
async function readBytes(file: string, limits: LoadLimits): Promise<Buffer> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new FileProblem(file, "Det är en mapp, inte en fil.", "It is a folder, not a file.");
    if (info.size > limits.maxFileBytes) {
      throw new FileProblem(
        file,
        `Filen är ${Math.round(info.size / MB)} MB, mer än gränsen ${Math.round(limits.maxFileBytes / MB)} MB.`,
        `The file is ${Math.round(info.size / MB)} MB, ` +
          `more than the limit of ${Math.round(limits.maxFileBytes / MB)} MB.`,
      );
    }
    return await readFile(file);
  } catch (e) {
    if (e instanceof FileProblem) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? reason(e);
    throw code === "ENOENT"
      ? new FileProblem(file, "Filen finns inte.", "The file does not exist.")
      : new FileProblem(file, `Filen kan inte läsas (${code}).`, `The file cannot be read (${code}).`);
  }
}

/** An encrypted workbook or an old .xls is a compound file, not a zip: say which, before unzipping. */
function checkSignature(file: string, bytes: Buffer): void {
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

/** The zip, within the part limit and unpacking to at most the size limit, holding a workbook. */
async function openZip(file: string, bytes: Buffer, limits: LoadLimits): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch (e) {
    throw new FileProblem(
      file,
      `Filen är skadad eller avkortad (${reason(e)}).`,
      `The file is damaged or truncated (${reason(e)}).`,
    );
  }
  const entries = Object.keys(zip.files).length;
  if (entries > limits.maxEntries) {
    throw new FileProblem(
      file,
      `Filen innehåller ${entries} delar, mer än gränsen ${limits.maxEntries}.`,
      `The file holds ${entries} parts, more than the limit of ${limits.maxEntries}.`,
    );
  }
  if (!zip.file("xl/workbook.xml")) {
    throw new FileProblem(
      file,
      "Filen är ett zip-arkiv men ingen Excel-arbetsbok (xl/workbook.xml saknas).",
      "The file is a zip archive but not an Excel workbook (xl/workbook.xml is missing).",
    );
  }
  await checkInflatedSize(file, zip, limits);
}

export async function loadWorkbook(file: string, limits: LoadLimits = defaultLimits()): Promise<ExcelJS.Workbook> {
  const bytes = await readBytes(file, limits);
  checkSignature(file, bytes);
  await openZip(file, bytes, limits);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new FileProblem(
      file,
      `Arbetsboken kan inte läsas (${reason(e)}).`,
      `The workbook cannot be read (${reason(e)}).`,
    );
  }
  return wb;
}
