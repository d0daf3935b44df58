/**
 * Just enough of the zip format to read the parts of a workbook that `sif` needs, safely: the
 * central directory is read (no entry is inflated to list them), and a part is inflated only when
 * asked for, by Node's zlib with `maxOutputLength` set to what is left of the budget. Every byte
 * inflated counts against one budget for the whole file, so a bomb of one huge entry, of many
 * entries or of overlapping entries stops at the limit, within a fraction of a second, in bounded
 * memory. (JSZip and ExcelJS inflate every entry before any limit can apply; no zip library offers
 * random access with a bounded inflate, so this small reader does it.)
 */
import { inflateRawSync } from "node:zlib";

/** Why a zip cannot be read, in both languages; the loader turns it into a FileProblem. */
export class ZipProblem extends Error {
  constructor(
    readonly sv: string,
    readonly en: string,
  ) {
    super(en);
    this.name = "ZipProblem";
  }
}

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly headerOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MB = 1024 * 1024;

/** The cause in each language (a part's name and zlib's words stay as they are). */
const damaged = (sv: string, en: string = sv): ZipProblem =>
  new ZipProblem(`Filen är skadad eller avkortad (${sv}).`, `The file is damaged or truncated (${en}).`);

/** The end-of-central-directory record: within the last 64 KiB + 22 bytes (a comment may follow it). */
function findEnd(bytes: Buffer): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (bytes.readUInt32LE(i) === EOCD) return i;
  }
  throw damaged("zip-katalogen saknas", "no zip directory");
}

function readDirectory(bytes: Buffer, maxEntries: number): Entry[] {
  const end = findEnd(bytes);
  const count = bytes.readUInt16LE(end + 10);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    throw new ZipProblem(
      "Filen är ett zip64-arkiv, för stort för en ansökan.",
      "The file is a zip64 archive, too large for an application.",
    );
  }
  if (count > maxEntries) {
    throw new ZipProblem(
      `Filen innehåller ${count} delar, mer än gränsen ${maxEntries}.`,
      `The file holds ${count} parts, more than the limit of ${maxEntries}.`,
    );
  }
  const entries: Entry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL)
      throw damaged("zip-katalogen är trasig", "broken zip directory");
    const nameLength = bytes.readUInt16LE(p + 28);
    const extra = bytes.readUInt16LE(p + 30);
    const comment = bytes.readUInt16LE(p + 32);
    entries.push({
      name: bytes.toString("utf8", p + 46, p + 46 + nameLength),
      method: bytes.readUInt16LE(p + 10),
      compressedSize: bytes.readUInt32LE(p + 20),
      size: bytes.readUInt32LE(p + 24),
      headerOffset: bytes.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** A workbook package: its part names, and the text of a part, inflated within the budget. */
export class ZipArchive {
  private readonly entries = new Map<string, Entry>();
  private budget: number;
  private readonly limitMb: number;

  constructor(
    private readonly bytes: Buffer,
    limits: { readonly maxEntries: number; readonly maxUnpackedBytes: number },
  ) {
    this.budget = limits.maxUnpackedBytes;
    this.limitMb = Math.round(limits.maxUnpackedBytes / MB);
    // Part names are case-insensitive in OPC; some writers differ in case from their own relationships.
    for (const e of readDirectory(bytes, limits.maxEntries)) this.entries.set(e.name.toLowerCase(), e);
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** The part as UTF-8 text; undefined when the package has no such part. */
  text(name: string): string | undefined {
    const e = this.entries.get(name.toLowerCase());
    if (!e) return undefined;
    const data = this.rawData(e);
    let out: Buffer;
    if (e.method === 0) out = data;
    else if (e.method === 8) out = this.inflate(data, e.name);
    else throw damaged(`${e.name}: okänd komprimering ${e.method}`, `${e.name}: unknown compression ${e.method}`);
    this.spend(out.length);
    return out.toString("utf8");
  }

  private rawData(e: Entry): Buffer {
    const p = e.headerOffset;
    if (p + 30 > this.bytes.length || this.bytes.readUInt32LE(p) !== LOCAL)
      throw damaged(`${e.name}: lokalt huvud saknas`, `${e.name}: no local header`);
    const start = p + 30 + this.bytes.readUInt16LE(p + 26) + this.bytes.readUInt16LE(p + 28);
    if (start + e.compressedSize > this.bytes.length) throw damaged(`${e.name} är avkortad`, `${e.name} is cut short`);
    return this.bytes.subarray(start, start + e.compressedSize);
  }

  private inflate(data: Buffer, name: string): Buffer {
    try {
      return inflateRawSync(data, { maxOutputLength: Math.max(1, this.budget) });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || e instanceof RangeError)
        throw this.tooLarge();
      throw damaged(`${name}: ${(e as Error).message}`);
    }
  }

  private spend(n: number): void {
    this.budget -= n;
    if (this.budget < 0) throw this.tooLarge();
  }

  private tooLarge(): ZipProblem {
    return new ZipProblem(
      `Filen packas upp till mer än ${this.limitMb} MB och öppnas inte (en s.k. zip-bomb eller en skadad fil).`,
      `The file unpacks to more than ${this.limitMb} MB and is not opened (a zip bomb or a damaged file).`,
    );
  }
}
