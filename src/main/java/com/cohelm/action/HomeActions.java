package com.cohelm.action;

import java.util.List;
import java.util.Map;

/**
 * The home page's share of the action plan.
 *
 * @param myActions       my open actions (questions excluded), overdue first, at most the limit asked for
 * @param myActionsTotal  how many there are in all
 * @param myQuestions     open questions assigned to me: waiting for my answer, oldest due first
 * @param myQuestionsTotal how many there are in all
 * @param openByProgram   open items per side of each program asked about; a program without open items is absent
 */
public record HomeActions(List<ActionItemView> myActions, long myActionsTotal, List<ActionItemView> myQuestions,
        long myQuestionsTotal, Map<Long, OpenCounts> openByProgram) {

    public OpenCounts open(long programId) {
        return openByProgram.getOrDefault(programId, OpenCounts.NONE);
    }
}
