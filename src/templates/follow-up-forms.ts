/**
 * The follow-up's named cells (`shared/domain.md` Part 2): the decision block, filled by the fund's
 * officer after the board's decision, and the baseline's date and fingerprint, written by "freeze".
 */
import { EARLIEST_YEAR, LATEST_YEAR } from "../domain/years";
import type { SettingField } from "./forms";

export const DECISION_FORM: readonly SettingField[] = [
  {
    name: "Beslutsdatum",
    field: "decision.decisionDate",
    label: { sv: "Beslutsdatum", en: "Decision date" },
    format: "date",
    rule: { type: "date", minYear: EARLIEST_YEAR },
  },
  {
    name: "Diarienummer",
    field: "decision.reference",
    label: { sv: "Diarienummer", en: "Case reference" },
    format: "text",
    rule: "none",
  },
  {
    name: "Beviljat_belopp",
    field: "decision.grantedAmount",
    label: { sv: "Beviljat belopp (tom = sökt belopp, K03)", en: "Granted amount (blank = amount asked, K03)" },
    format: "kr",
    rule: { type: "decimal", min: 0 },
  },
  {
    name: "Beslutsstatus",
    field: "decision.status",
    label: { sv: "Status", en: "Status" },
    format: "text",
    rule: "decisionStatus",
  },
  {
    name: "Uppfoljningsar",
    field: "decision.followUpYear",
    label: {
      sv: "Uppföljningsår: utfall redovisade till och med (tom = i år)",
      en: "Follow-up year: actuals reported up to (blank = this year)",
    },
    format: "year",
    rule: { type: "whole", min: EARLIEST_YEAR, max: LATEST_YEAR },
  },
  {
    name: "Slutrapport_klar",
    field: "decision.finalReportDone",
    label: { sv: "Slutrapporten inlämnad (Ja/Nej)", en: "Final report submitted (Yes/No)" },
    format: "text",
    rule: "yesNo",
  },
];

/** Written by "freeze baseline" (the pane or `sif freeze`), never by hand. */
export const BASELINE_FORM: readonly SettingField[] = [
  {
    name: "Baslinje_fryst",
    field: "baseline.frozenOn",
    label: { sv: "Baslinjen frystes", en: "Baseline frozen on" },
    format: "date",
    rule: { type: "date", minYear: EARLIEST_YEAR },
  },
  {
    name: "Baslinje_fingeravtryck",
    field: "baseline.fingerprint",
    label: { sv: "Fingeravtryck (SHA-256 av värdena)", en: "Fingerprint (SHA-256 of the values)" },
    format: "text",
    rule: "none",
  },
];

export const FOLLOW_UP_NAMES: readonly string[] = [...DECISION_FORM, ...BASELINE_FORM].map((f) => f.name);
