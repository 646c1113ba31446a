package com.cohelm.action;

import com.cohelm.security.Side;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    /** The filters of the action plan page, written once for its rows and their count. */
    String IN_PLAN = " from ActionItem a where a.programId = :programId"
            + " and (:status is null or a.status = :status)"
            + " and (:side is null or a.assigneeSide = :side)"
            + " and (:assigneeId is null or a.assigneeId = :assigneeId)";

    /** Open items assigned to a person in the programs they may see; questions, actions or both. */
    String ASSIGNED = " from ActionItem a where a.assigneeId = :assigneeId and a.programId in :programIds"
            + " and a.status <> com.cohelm.action.ActionStatus.DONE"
            + " and (:question is null or a.question = :question)";

    Optional<ActionItem> findByIdAndProgramId(long id, long programId);

    List<ActionItem> findByProgramIdAndOriginAndOriginIdOrderByIdAsc(long programId, ActionOrigin origin, long originId);

    /** Open action items (not questions) of every program due in [from, to], for the overdue reminder job. */
    @Query("select a from ActionItem a where a.status <> com.cohelm.action.ActionStatus.DONE and a.question = false"
            + " and a.dueDate >= :from and a.dueDate <= :to order by a.dueDate, a.id")
    List<ActionItem> findOpenActionsDueBetween(LocalDate from, LocalDate to);

    /** An item {@code a} is overdue on {@code :today}: open, and its due date has passed. */
    String OVERDUE = "(a.status <> com.cohelm.action.ActionStatus.DONE and a.dueDate < :today)";

    /** Open items past their due date, the longest overdue first. */
    @Query("select a from ActionItem a where a.programId = :programId and " + OVERDUE + " order by a.dueDate, a.id")
    List<ActionItem> findOverdue(long programId, LocalDate today, Pageable pageable);

    List<ActionItem> findByProgramIdAndIdIn(long programId, Collection<Long> ids);

    @Query("select a" + IN_PLAN)
    List<ActionItem> findInPlan(long programId, ActionStatus status, Side side, Long assigneeId, Pageable pageable);

    /**
     * The plan in the order that asks for attention: the open items by due date (so the overdue come first),
     * then the done ones; the id keeps pages stable. The page passed in must be unsorted.
     */
    @Query("select a" + IN_PLAN
            + " order by case when a.status = com.cohelm.action.ActionStatus.DONE then 1 else 0 end, a.dueDate, a.id")
    List<ActionItem> findInPlanByUrgency(long programId, ActionStatus status, Side side, Long assigneeId,
            Pageable pageable);

    @Query("select count(a)" + IN_PLAN)
    long countInPlan(long programId, ActionStatus status, Side side, Long assigneeId);

    @Query("select a" + ASSIGNED)
    List<ActionItem> findAssigned(long assigneeId, Collection<Long> programIds, Boolean question, Pageable pageable);

    @Query("select count(a)" + ASSIGNED)
    long countAssigned(long assigneeId, Collection<Long> programIds, Boolean question);

    /** Open questions a person asked, and their overdue items, that wait on the other side. */
    @Query("select a from ActionItem a where a.createdBy = :creatorId and a.assigneeSide = :otherSide"
            + " and a.programId in :programIds and a.status <> com.cohelm.action.ActionStatus.DONE"
            + " and (a.question = true or a.dueDate < :today)")
    List<ActionItem> findOwedTo(long creatorId, Side otherSide, Collection<Long> programIds, LocalDate today,
            Pageable pageable);

    /** Per side: open items, how many are overdue, and when the oldest was created. */
    @Query("select new com.cohelm.action.SideLoad(a.assigneeSide, count(a),"
            + " sum(case when a.dueDate < :today then 1 else 0 end), min(a.createdAt))"
            + " from ActionItem a where a.programId = :programId and a.status <> com.cohelm.action.ActionStatus.DONE"
            + " group by a.assigneeSide")
    List<SideLoad> openLoad(long programId, LocalDate today);

    /** Open items per program and side, for many programs in one statement. */
    @Query("select new com.cohelm.action.ProgramSideCount(a.programId, a.assigneeSide, count(a))"
            + " from ActionItem a where a.programId in :programIds"
            + " and a.status <> com.cohelm.action.ActionStatus.DONE group by a.programId, a.assigneeSide")
    List<ProgramSideCount> openCounts(Collection<Long> programIds);

    /**
     * What the responsiveness figures are computed from: items answered or closed since {@code since},
     * and open items whose due date passed in the window (they count as late).
     */
    String RESPONSE_SAMPLES = "(a.closedAt >= :since or a.answeredAt >= :since"
            + " or (a.status <> com.cohelm.action.ActionStatus.DONE and a.dueDate < :today and a.dueDate >= :sinceDay))";

    /** The items of {@link #RESPONSE_SAMPLES} of one program. */
    @Query("select new com.cohelm.action.ResponseSample(a.assigneeSide, a.question, a.createdAt, a.dueDate,"
            + " a.answeredAt, a.closedAt) from ActionItem a where a.programId = :programId and " + RESPONSE_SAMPLES)
    List<ResponseSample> responseSamples(long programId, Instant since, LocalDate sinceDay, LocalDate today);
}
