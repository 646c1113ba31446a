package com.cohelm.base;

import java.util.Objects;

/**
 * Merges one form's save into what is stored now, field by field, for things whose version moves for
 * reasons the form does not show (a person's account moves at every sign-in): a field the form left as it
 * read it keeps what is stored, so another tab's change to it survives; a field the form changed is saved,
 * unless someone else changed it to something else meanwhile, which is a conflict (decision 0032).
 */
public final class FieldMerge {

    private boolean conflict;

    /**
     * @param read   the value the form showed
     * @param wanted the value the form saves
     * @param stored the value stored now
     * @return the value to store
     */
    public <T> T pick(T read, T wanted, T stored) {
        if (Objects.equals(wanted, read)) {
            return stored;
        }
        if (!Objects.equals(stored, read) && !Objects.equals(stored, wanted)) {
            conflict = true;
        }
        return wanted;
    }

    /** Whether a field was changed here and, differently, by someone else since it was read. */
    public boolean conflict() {
        return conflict;
    }
}
