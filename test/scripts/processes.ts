/**
 * Helpers for the tests that run `npm start` as a user does: child processes in their own process group (so
 * that a test can always kill what it started), their output, the process tree and listening sockets (from
 * /proc: these tests run on Linux), and requests to the dev server.
 */
import { ChildProcess, spawn } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { join } from "node:path";
import type { TLSSocket } from "node:tls";

export const root = join(__dirname, "../..");

export interface Run {
  readonly child: ChildProcess;
  readonly pid: number;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  stdout(): string;
  stderr(): string;
  /** Resolves when the output matches `pattern`; rejects after `ms` or when the process ends first. */
  waitFor(pattern: RegExp, ms: number): Promise<void>;
  /** Resolves with the exit code and signal; rejects after `ms`. */
  exit(ms: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const started = new Set<ChildProcess>();

/** Starts `command` in a new process group with `env` added to (or, for `undefined`, removed from) ours. */
export function start(command: string, args: string[], env: Record<string, string | undefined> = {}): Run {
  const fullEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete fullEnv[name];
    else fullEnv[name] = value;
  }
  const child = spawn(command, args, { cwd: root, env: fullEnv, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  started.add(child);
  let out = "";
  let err = "";
  let ended: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  child.stdout.on("data", (b: Buffer) => (out += b.toString()));
  child.stderr.on("data", (b: Buffer) => (err += b.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => {
      started.delete(child);
      ended = { code, signal };
      resolve(ended);
    }),
  );
  const run: Run = {
    child,
    pid: child.pid!,
    output: () => out + err,
    stdout: () => out,
    stderr: () => err,
    waitFor: async (pattern, ms) => {
      const until = Date.now() + ms;
      while (!pattern.test(out + err)) {
        if (ended) throw new Error(`exited (${JSON.stringify(ended)}) before ${pattern}:\n${out}${err}`);
        if (Date.now() > until) throw new Error(`no ${pattern} within ${ms} ms:\n${out}${err}`);
        await sleep(50);
      }
    },
    exit: async (ms) => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`still running after ${ms} ms:\n${out}${err}`)), ms);
      });
      try {
        return await Promise.race([exited, late]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
  return run;
}

/** Kills every process group a test started and that is still running. */
export function killAll(): void {
  for (const child of started) {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // gone
    }
  }
  started.clear();
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A port that is free on localhost right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "localhost", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** True when a TCP connection to `host`:`port` is accepted. */
export function connects(port: number, host = "localhost"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.setTimeout(2000, () => (socket.destroy(), resolve(false)));
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

/** Every process below `pid` (by parent pid), read from /proc. */
export function descendants(pid: number): { pid: number; cmdline: string }[] {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // ended meanwhile
    }
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const parent = queue.shift()!;
    for (const [p, pp] of parentOf) {
      if (pp !== parent || found.includes(p)) continue;
      found.push(p);
      queue.push(p);
    }
  }
  return found.map((p) => ({ pid: p, cmdline: cmdline(p) }));
}

/** `pid` and every process below it. */
export function processTree(pid: number): { pid: number; cmdline: string }[] {
  return [{ pid, cmdline: cmdline(pid) }, ...descendants(pid)];
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
  } catch {
    return "";
  }
}

/**
 * True while `pid` runs: a zombie (ended, not yet reaped by its parent) does not count, unless other threads of
 * it are still ending (they hold its sockets until they are done).
 */
export function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z" || readdirSync(`/proc/${pid}/task`).length > 1;
  } catch {
    return false;
  }
}

/** The local addresses of the TCP sockets listening on `port` (IPv4 and IPv6), as /proc/net/tcp* writes them. */
export function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  return ["/proc/net/tcp", "/proc/net/tcp6"].flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((f) => f.length > 3 && f[3] === "0A" && f[1]!.endsWith(`:${hexPort}`))
      .map((f) => f[1]!.split(":")[0]!),
  );
}

/** 127.0.0.0/8, ::1 or ::ffff:127.x.x.x, in /proc/net's byte order. */
export function isLoopback(hexAddress: string): boolean {
  if (hexAddress.length === 8) return hexAddress.endsWith("7F");
  if (hexAddress === "00000000000000000000000001000000") return true;
  return hexAddress.startsWith("0000000000000000FFFF0000") && hexAddress.endsWith("7F");
}

export interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The server's certificate (https only). */
  certificate?: X509Certificate;
}

/** GET `url`; for https, trusting only `ca`. */
export function get(url: string, headers: Record<string, string> = {}, ca?: Buffer): Promise<Response> {
  return new Promise((resolve, reject) => {
    const done = (res: http.IncomingMessage) => {
      const socket = res.socket as TLSSocket;
      const raw = typeof socket.getPeerCertificate === "function" ? socket.getPeerCertificate().raw : undefined;
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => {
        resolve({
          status: res.statusCode!,
          headers: res.headers,
          body,
          ...(raw ? { certificate: new X509Certificate(raw) } : {}),
        });
      });
    };
    const req = url.startsWith("https:")
      ? https.get(url, { headers, ...(ca ? { ca } : {}), agent: false }, done)
      : http.get(url, { headers, agent: false }, done);
    req.on("error", reject);
  });
}
