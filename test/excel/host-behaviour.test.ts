/**
 * Excel's behaviour around the user, through Microsoft's client library and the fake host: cell-edit mode
 * (a batch while the user types waits, with delayForCellEdit, instead of failing) and an Excel that does not
 * answer (the shell gives up after its time-out with a clear error, instead of hanging the pane).
 */
import { ExcelTimeoutError, setExcelTimeout } from "../../src/excel/host";
import { insertTemplates } from "../../src/excel/insert";
import { readWorkbookGrids } from "../../src/excel/office-reader";
import { installExcelHost } from "../host/install";

let env: ReturnType<typeof installExcelHost>;
beforeEach(async () => {
  env = installExcelHost();
  await insertTemplates("sv");
});
afterEach(() => {
  env.host.endCellEdit();
  setExcelTimeout(45_000);
  env.uninstall();
});

const settled = async (p: Promise<unknown>, ms: number): Promise<boolean> => {
  let done = false;
  void p.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((r) => setTimeout(r, ms));
  return done;
};

test("while the user types in a cell, a plain batch fails as in Excel; the shell's waits, then reads", async () => {
  env.host.beginCellEdit();
  const plain = Excel.run(async (context) => {
    context.workbook.worksheets.load("items/name");
    await context.sync();
  });
  await expect(plain).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });

  const read = readWorkbookGrids();
  expect(await settled(read, 100)).toBe(false); // waiting, not failed
  env.host.endCellEdit(); // Enter
  const { grids } = await read;
  expect(Object.keys(grids.tables)).toContain("Kostnader");
});

test("an Excel that does not answer: the shell gives up after its time-out with a clear message", async () => {
  setExcelTimeout(200);
  env.host.hang = true;
  const read = readWorkbookGrids();
  await expect(read).rejects.toBeInstanceOf(ExcelTimeoutError);
  await expect(read).rejects.toThrow("Excel svarade inte på 0 s / Excel did not answer in 0 s.");
});
