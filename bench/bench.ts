/**
 * `npm run bench`: prints `name: value` lines. Figures, not pass/fail: compare them across commits.
 */
import { insertTemplates } from "../src/excel/insert";
import { fillFromApplication } from "../src/templates";
import { installExcelDouble } from "../test/double/excel-double";
import { bigApplication } from "../test/support/big-application";

async function templateInsert(): Promise<void> {
  const env = installExcelDouble();
  await insertTemplates("sv", undefined, fillFromApplication(bigApplication(10, 50), "sv"));
  const trips = env.contexts.reduce((n, c) => n + c.syncCount, 0);
  const bytes = env.contexts.flatMap((c) => c.payloads).reduce((a, b) => a + b, 0);
  env.uninstall();
  console.log(`template_insert_round_trips: ${trips}`);
  console.log(`template_insert_payload_bytes: ${bytes}`);
  const blank = installExcelDouble();
  await insertTemplates("sv");
  console.log(`template_insert_blank_payload_bytes: ${blank.contexts.flatMap((c) => c.payloads).reduce((a, b) => a + b, 0)}`);
  blank.uninstall();
}

async function main(): Promise<void> {
  await templateInsert();
}

void main();
