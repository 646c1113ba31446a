package com.cohelm.review;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReviewRepository extends JpaRepository<Review, Long> {

    /**
     * For a change of the review itself (its agenda, its current item, a sign-off): an exclusive row lock,
     * so a sign-off waits for minutes being written and then sees them.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Review r where r.id = :id")
    Optional<Review> findForUpdate(long id);

    /**
     * For adding to the minutes: a shared row lock, so any number of people write at once while a
     * sign-off (which locks the row exclusively) cannot slip in between reading "not signed" and the insert.
     */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select r from Review r where r.id = :id")
    Optional<Review> findForMinutes(long id);

    @Query("select r from Review r where r.programId = :programId order by r.startsAt desc, r.id desc")
    List<Review> findPage(long programId, Pageable pageable);

    long countByProgramId(long programId);

    /** The review that sets where a new review's agenda starts: the latest one before it. */
    Optional<Review> findFirstByProgramIdAndStartsAtBeforeOrderByStartsAtDescIdDesc(long programId, Instant before);

    /** The next reviews not yet closed, of several programs, soonest first, with their number of attendees. */
    @Query("select r, size(r.attendeeIds) from Review r where r.programId in :programIds and r.closedAt is null"
            + " and r.startsAt >= :from order by r.startsAt, r.id")
    List<Object[]> findUpcomingWithAttendeeCount(Collection<Long> programIds, Instant from, Pageable pageable);

    /** Attendee ids of many reviews in one statement: (review id, user id) pairs. */
    @Query("select r.id, a from Review r join r.attendeeIds a where r.id in :reviewIds")
    List<Object[]> attendeePairs(Collection<Long> reviewIds);

    boolean existsByProgramIdAndTitle(long programId, String title);

    /** Per program, when its latest review that has begun began: one row per program that has one. */
    @Query("select r.programId, max(r.startsAt) from Review r where r.programId in :programIds"
            + " and r.startsAt <= :now group by r.programId")
    List<Object[]> findLastHeld(Collection<Long> programIds, Instant now);

    List<Review> findByStartsAtGreaterThanEqualAndStartsAtLessThanAndClosedAtIsNullOrderByStartsAt(Instant from,
            Instant to);

    /** Unclosed reviews that started in [from, to) and that a side has not signed yet, for the sign-off reminder. */
    @Query("select r from Review r where r.closedAt is null and r.startsAt >= :from and r.startsAt < :to"
            + " and (r.supplierSignedBy is null or r.customerSignedBy is null) order by r.startsAt, r.id")
    List<Review> findUnsignedStartedBetween(Instant from, Instant to);

    /** Started, unclosed reviews that one side has not signed yet, oldest first. */
    @Query("select r from Review r where r.programId in :programIds and r.closedAt is null and r.startsAt < :now"
            + " and ((:supplier = true and r.supplierSignedBy is null) or (:supplier = false and r.customerSignedBy is null))"
            + " order by r.startsAt, r.id")
    List<Review> findUnsignedStarted(Collection<Long> programIds, boolean supplier, Instant now, Pageable pageable);
}
