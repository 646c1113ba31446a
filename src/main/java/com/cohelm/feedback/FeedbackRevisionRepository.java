package com.cohelm.feedback;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Revisions are written once and never changed or deleted. */
interface FeedbackRevisionRepository extends Repository<FeedbackRevision, Long> {

    FeedbackRevision save(FeedbackRevision revision);

    List<FeedbackRevision> findByItemIdOrderByEditedAtDescIdDesc(long itemId);

    /** How many earlier wordings each item has, for a page of items in one statement. */
    @Query("select r.itemId, count(r) from FeedbackRevision r where r.itemId in :itemIds group by r.itemId")
    List<Object[]> countByItem(Collection<Long> itemIds);
}
