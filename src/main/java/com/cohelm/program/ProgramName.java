package com.cohelm.program;

/** A program's id and name, for features that list their work across the programs a user may see. */
public record ProgramName(long id, String name) {
}
