package com.cohelm.base.cluster;

/** Redis is configured but does not answer: this node refuses to start (see {@link RedisUnreachableFailureAnalyzer}). */
final class RedisUnreachableException extends IllegalStateException {

    private final String where;

    RedisUnreachableException(String where, Throwable cause) {
        super("Redis is configured (" + where + ") but does not answer: " + rootMessage(cause)
                + ". This node of a cluster refuses to start without it.", cause);
        this.where = where;
    }

    String where() {
        return where;
    }

    private static String rootMessage(Throwable cause) {
        var root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
