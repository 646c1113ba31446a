package com.cohelm.action;

import com.cohelm.security.Side;

/** Open items of one side in one program, as the database counts them. */
record ProgramSideCount(long programId, Side side, long open) {
}
