package com.cohelm.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    /** A person's notifications in the programs they still see, newest first; unread only when asked. */
    String MINE = " from Notification n where n.recipientId = :recipientId and n.programId in :programIds"
            + " and (:unreadOnly = false or n.readAt is null)"
            + " and (:supplier = true or n.supplierOnly = false)";

    @Query("select n" + MINE + " order by n.createdAt desc, n.id desc")
    List<Notification> findMine(long recipientId, Collection<Long> programIds, boolean unreadOnly, boolean supplier,
            Pageable pageable);

    @Query("select count(n)" + MINE)
    long countMine(long recipientId, Collection<Long> programIds, boolean unreadOnly, boolean supplier);

    /** The bell's figure, on the recipient index alone. */
    long countByRecipientIdAndReadAtIsNull(long recipientId);

    Optional<Notification> findByIdAndRecipientId(long id, long recipientId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.readAt = :at where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(long recipientId, Instant at);

    /** What a digest lists: a person's unread notifications of some kinds made since an instant, oldest first. */
    @Query("select n from Notification n where n.recipientId = :recipientId and n.kind in :kinds"
            + " and n.createdAt >= :since and n.readAt is null order by n.id")
    List<Notification> findForDigest(long recipientId, Collection<NotificationKind> kinds, Instant since,
            Pageable pageable);

    boolean existsByRecipientIdAndKindAndDedupeKey(long recipientId, NotificationKind kind, String dedupeKey);
}
