package com.cohelm.action;

/**
 * What a bulk change did.
 *
 * @param changed   items changed
 * @param stale     items someone changed since the reader saw them: left as they are, for the reader to check
 * @param questions questions left open by a bulk close: a question closes when it is answered
 */
public record BulkResult(int changed, int stale, int questions) {
}
