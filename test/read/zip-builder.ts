/**
 * Builds zip files byte by byte for the hostile-file tests: entries whose compressed data the test
 * chooses (a deflate bomb), sizes that lie, directory entries that overlap. Real tools never write
 * these, which is why no library does.
 */
import { crc32, deflateRawSync } from "node:zlib";

export interface RawEntry {
  readonly name: string;
  /** Deflate-compressed data (method 8), or stored bytes with `stored`. */
  readonly data: Buffer;
  readonly stored?: boolean;
  /** What the headers claim the entry inflates to. */
  readonly declaredSize: number;
  readonly crc?: number;
}

export const deflated = (name: string, content: Buffer | string): RawEntry => {
  const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content, "utf8");
  return { name, data: deflateRawSync(bytes), declaredSize: bytes.length, crc: crc32(bytes) };
};

/** A deflate stream that inflates to `times` × `chunkMb` MiB of zeros, made without inflating anything. */
export function zeroBomb(chunkMb: number, times: number): Buffer {
  const chunk = deflateRawSync(Buffer.alloc(chunkMb * 1024 * 1024), { finishFlush: 3 /* Z_FULL_FLUSH */ });
  return Buffer.concat([...Array.from({ length: times }, () => chunk), deflateRawSync(Buffer.alloc(0))]);
}

function localHeader(e: RawEntry): Buffer {
  const name = Buffer.from(e.name, "utf8");
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(0x0800, 6); // UTF-8 names
  h.writeUInt16LE(e.stored ? 0 : 8, 8);
  h.writeUInt32LE(e.crc ?? 0, 14);
  h.writeUInt32LE(e.data.length, 18);
  h.writeUInt32LE(Math.min(e.declaredSize, 0xfffffffe), 22);
  h.writeUInt16LE(name.length, 26);
  return Buffer.concat([h, name]);
}

function centralHeader(e: RawEntry, offset: number): Buffer {
  const name = Buffer.from(e.name, "utf8");
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(0x0800, 8);
  h.writeUInt16LE(e.stored ? 0 : 8, 10);
  h.writeUInt32LE(e.crc ?? 0, 16);
  h.writeUInt32LE(e.data.length, 20);
  h.writeUInt32LE(Math.min(e.declaredSize, 0xfffffffe), 24);
  h.writeUInt16LE(name.length, 28);
  h.writeUInt32LE(offset, 42);
  return Buffer.concat([h, name]);
}

/**
 * The zip of `entries`; `aliases` adds directory entries that point at an existing entry's data
 * (overlapping entries: the same bytes inflated again and again).
 */
export function buildZip(entries: readonly RawEntry[], aliases: readonly { name: string; of: string }[] = []): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  const offsets = new Map<string, number>();
  let offset = 0;
  for (const e of entries) {
    const head = localHeader(e);
    offsets.set(e.name, offset);
    central.push(centralHeader(e, offset));
    parts.push(head, e.data);
    offset += head.length + e.data.length;
  }
  for (const a of aliases) {
    const target = entries.find((e) => e.name === a.of)!;
    central.push(centralHeader({ ...target, name: a.name }, offsets.get(a.of)!));
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length, 8);
  end.writeUInt16LE(central.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, dir, end]);
}
