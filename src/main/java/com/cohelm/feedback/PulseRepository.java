package com.cohelm.feedback;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Pulses are a record of what both sides said: never deleted. */
interface PulseRepository extends Repository<Pulse, Long> {

    Pulse save(Pulse pulse);

    Pulse saveAndFlush(Pulse pulse);

    Optional<Pulse> findByIdAndProgramId(long id, long programId);

    /** The pulse, locked until the transaction ends: answers to one pulse are taken one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Pulse p where p.id = :id and p.programId = :programId")
    Optional<Pulse> findForUpdate(long id, long programId);

    List<Pulse> findByProgramIdOrderByOpenedAtDescIdDesc(long programId);

    boolean existsByProgramIdAndClosedAtIsNull(long programId);

    boolean existsByProgramIdAndPeriodKey(long programId, String periodKey);

    /** Open pulses whose closing day has passed, for the scheduled job. */
    List<Pulse> findByClosedAtIsNullAndClosesOnBefore(LocalDate day);

    /** Each program's latest revealed pulse (ties on the instant are resolved by the caller by id). */
    @Query("select p from Pulse p where p.programId in :programIds and p.revealedAt = (select max(q.revealedAt)"
            + " from Pulse q where q.programId = p.programId and q.revealedAt is not null)")
    List<Pulse> findLatestRevealed(Collection<Long> programIds);

    List<Pulse> findByProgramIdAndRevealedAtAfterOrderByRevealedAtAscIdAsc(long programId, Instant since);
}
