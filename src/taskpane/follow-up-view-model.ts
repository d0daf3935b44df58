/**
 * "Uppföljning" / "Follow-up" as plain data (tested in Node; follow-up-view.ts only renders it): the
 * follow-up's state in the words `sif follow-up` uses too (src/templates/follow-up-state.ts), and the
 * other findings grouped as the pane shows them.
 */
import type { Lang } from "../domain/vocabulary";
import { followUpState, type FollowUpInputs, type FollowUpState } from "../templates/follow-up-state";
import { groupFindings, type GroupView } from "./view-model";

export type { FollowUpLine, FollowUpTone, UnitView } from "../templates/follow-up-state";

export interface FollowUpView extends FollowUpState {
  /** The other findings (F02–F07, R17/R18 on the follow-up's cells), grouped: F01's are the `due` lines. */
  readonly groups: readonly GroupView[];
}

export function followUpView(review: FollowUpInputs, lang: Lang): FollowUpView {
  const groups = groupFindings(
    review.findings.filter((f) => f.id !== "F01"),
    lang,
  );
  return { ...followUpState(review, lang), groups };
}
