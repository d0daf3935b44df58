/**
 * The Office dev certificates behind `npm start` / `npm run dev-server` (webpack.config.js): created when
 * missing or unusable, otherwise reused as they are (the same CA a browser may have been told to trust).
 */
import { generateKeyPairSync, X509Certificate } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

interface Pem {
  ca: Buffer;
  cert: Buffer;
  key: Buffer;
}
const config = createRequire(__filename)("../../webpack.config.js") as {
  devCertificates(dir: string, log: (line: string) => void): Promise<Pem>;
  usableCertificates(dir: string): Pem | string;
};

const dir = mkdtempSync(join(tmpdir(), "sif-certs-"));
const files = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => join(dir, f));
const snapshot = () => files.map((f) => ({ bytes: readFileSync(f, "base64"), mtime: statSync(f).mtimeMs }));
const lines: string[] = [];
const make = () => config.devCertificates(dir, (line) => lines.push(line));

beforeAll(() => jest.spyOn(console, "log").mockImplementation(() => undefined)); // office-addin-dev-certs' own line
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => (lines.length = 0));

test("missing: created, for localhost, issued by the CA beside it", async () => {
  const pem = await make();
  expect(lines).toEqual([expect.stringMatching(/^Created the Office dev certificates in .* \(missing ca\.crt/)]);
  const cert = new X509Certificate(pem.cert);
  expect(cert.checkHost("localhost")).toBe("localhost");
  expect(cert.checkIssued(new X509Certificate(readFileSync(files[0]!)))).toBe(true);
  expect(pem.key.equals(readFileSync(files[2]!))).toBe(true);
});

test("present and valid: reused untouched, however often", async () => {
  const before = snapshot();
  for (let i = 0; i < 3; i++) {
    const pem = await make();
    expect(pem.cert.equals(readFileSync(files[1]!))).toBe(true);
  }
  expect(lines).toEqual(Array(3).fill(`Reusing the Office dev certificates in ${dir}.`));
  expect(snapshot()).toEqual(before);
});

test("a key that does not belong to the certificate: made anew", async () => {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  writeFileSync(files[2]!, privateKey.export({ type: "pkcs8", format: "pem" }));
  expect(config.usableCertificates(dir)).toBe("the key does not belong to the certificate");
  await make();
  expect(lines).toEqual([expect.stringContaining("(the key does not belong to the certificate)")]);
  expect(typeof config.usableCertificates(dir)).toBe("object");
});

test("a damaged certificate: made anew", async () => {
  writeFileSync(files[1]!, "-----BEGIN CERTIFICATE-----\nnot one\n-----END CERTIFICATE-----\n");
  expect(config.usableCertificates(dir)).toMatch(/^unreadable/);
  await make();
  expect(lines).toEqual([expect.stringContaining("(unreadable")]);
  expect(typeof config.usableCertificates(dir)).toBe("object");
});

test("one file missing: made anew, all three together", async () => {
  rmSync(files[0]!);
  await make();
  expect(lines).toEqual([expect.stringContaining("(missing ca.crt)")]);
  const pem = config.usableCertificates(dir) as Pem;
  expect(new X509Certificate(pem.cert).checkIssued(new X509Certificate(pem.ca))).toBe(true);
});
