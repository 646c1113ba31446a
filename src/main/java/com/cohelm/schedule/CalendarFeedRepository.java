package com.cohelm.schedule;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    Optional<CalendarFeed> findByTokenHash(String tokenHash);

    Optional<CalendarFeed> findByUserIdAndProgramId(long userId, long programId);

    @Modifying
    @Query("delete from CalendarFeed f where f.userId = :userId and f.programId = :programId")
    int deleteByUserAndProgram(@Param("userId") long userId, @Param("programId") long programId);
}
