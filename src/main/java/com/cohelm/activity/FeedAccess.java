package com.cohelm.activity;

import java.util.Optional;

/**
 * Who may read a program's feed. The program feature provides it (it owns the access rules; this
 * feature sits below it), so the feed asks the same {@code ProgramAccessPolicy} every other service asks.
 */
public interface FeedAccess {

    /**
     * The reader's view of the program's feed, or {@code ResourceNotFoundException} when they may not see
     * the program.
     */
    FeedReader require(long programId);

    /** The program whose feed a page shows, for its heading, or empty when the reader may not see it. */
    Optional<FeedProgram> find(long programId);

    /** @param supplierInternal whether the reader sees supplier-internal events (supplier staff only) */
    record FeedReader(long programId, boolean supplierInternal) {
    }

    /** The program a feed belongs to, named as its page heads it: its name and each side's organization. */
    record FeedProgram(long id, String name, String supplierName, String customerName) {
    }
}
