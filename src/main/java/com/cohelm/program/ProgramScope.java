package com.cohelm.program;

/**
 * Which programs a user may see, in a form a query can use.
 *
 * @param allPrograms       supplier admins see every program
 * @param customerId        customer users are confined to their own organization's programs
 * @param wholeOrganization customer admins see all of their organization's programs, not only their own
 * @param userId            everyone else sees the programs they are a member of
 */
record ProgramScope(boolean allPrograms, Long customerId, boolean wholeOrganization, long userId) {
}
