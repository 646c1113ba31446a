package com.cohelm.program;

public enum ProgramStatus {
    ACTIVE,
    ON_HOLD,
    COMPLETED
}
