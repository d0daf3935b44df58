import { evaluate } from "../../src/domain";
import { earlyInterventionExample } from "../../src/examples/early-intervention";

test("the shipped example passes every rule of blekinge-2016", () => {
  const e = evaluate(earlyInterventionExample());
  expect(e.profile.id).toBe("blekinge-2016");
  expect(e.findings).toEqual([]);
});
