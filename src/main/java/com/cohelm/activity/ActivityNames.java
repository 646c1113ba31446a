package com.cohelm.activity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names the feed and the audit log show for the people and organizations events point at. The
 * account feature provides it (it knows names; this feature keeps ids and labels as recorded).
 */
public interface ActivityNames {

    /** Display names by person id; unknown ids are missing from the map. */
    Map<Long, String> people(Collection<Long> personIds);

    /** Ids of the people whose name or login contains the text, for the audit log's person filter. */
    Set<Long> peopleMatching(String text);

    /** Every organization, archived ones included (the log outlives them), by name. */
    List<NamedOrganization> organizations();

    /** An organization as the audit filter lists it. */
    record NamedOrganization(long id, String name) {
    }
}
