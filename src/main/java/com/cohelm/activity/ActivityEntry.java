package com.cohelm.activity;

import com.cohelm.security.Side;

/**
 * One change to record, built fluently by the service that makes the change:
 * {@code ActivityEntry.of(PROGRAM_CREATED).program(id).subject("program", id, name).change(null, after)}.
 */
public final class ActivityEntry {

    private static final int LABEL_LIMIT = 500;
    private static final int STATE_LIMIT = 4000;

    final ActivityKind kind;
    boolean actorGiven;
    Long actorId;
    String actorLabel;
    Side actorSide;
    Long organizationId;
    Long programId;
    String subjectType;
    Long subjectId;
    String subjectLabel;
    String before;
    String after;
    boolean supplierInternal;

    private ActivityEntry(ActivityKind kind) {
        this.kind = kind;
    }

    public static ActivityEntry of(ActivityKind kind) {
        return new ActivityEntry(kind);
    }

    /** Names the actor explicitly; otherwise the signed-in user is the actor. */
    public ActivityEntry actor(Long id, String label) {
        this.actorGiven = true;
        this.actorId = id;
        this.actorLabel = truncate(label, 320);
        return this;
    }

    /** Names the actor and their side explicitly, for work done without a signed-in user. */
    public ActivityEntry actor(Long id, String label, Side side) {
        actor(id, label);
        this.actorSide = side;
        return this;
    }

    public ActivityEntry organization(Long id) {
        this.organizationId = id;
        return this;
    }

    public ActivityEntry program(Long id) {
        this.programId = id;
        return this;
    }

    public ActivityEntry subject(String type, Long id, String label) {
        this.subjectType = type;
        this.subjectId = id;
        this.subjectLabel = truncate(label, LABEL_LIMIT);
        return this;
    }

    public ActivityEntry change(String before, String after) {
        this.before = truncate(before, STATE_LIMIT);
        this.after = truncate(after, STATE_LIMIT);
        return this;
    }

    /** Records only the fields that changed, each as it was and as it is. */
    public ActivityEntry change(FieldChanges changes) {
        return change(changes.before(), changes.after());
    }

    /** Supplier-internal: never shown to a customer user. */
    public ActivityEntry supplierInternal() {
        this.supplierInternal = true;
        return this;
    }

    private static String truncate(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
