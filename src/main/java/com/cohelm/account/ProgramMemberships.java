package com.cohelm.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which programs a person takes part in, as the people pages manage it. The program feature provides it:
 * programs sit above accounts (a program names its leads and members), so accounts ask through this
 * interface instead of depending on the program feature. Each method applies the program feature's rules
 * for who manages whom; a person the caller may not manage is not found.
 */
public interface ProgramMemberships {

    /** The programs a person could be in, with whether (and as what) they are. */
    List<PersonProgram> programsOfPerson(long userId);

    /** Puts the person in exactly these programs, among those they could be in; a lead stays in theirs. */
    void setProgramsOfPerson(long userId, Set<Long> programIds);

    /**
     * Adds the person to the programs chosen since the form read {@code read} and takes them out of those
     * unchosen since, so that another admin's change to other programs stays.
     */
    void changeProgramsOfPerson(long userId, Set<Long> read, Set<Long> wanted);

    /** The programs someone invited to this organization could join. */
    List<PersonProgram> programsOfOrganization(long organizationId);

    /** The program the signed-in person lands on after joining: the first by name they may see, if any. */
    Optional<Long> landingProgramId();
}
