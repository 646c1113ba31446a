package com.cohelm.program;

/**
 * What the programs list is narrowed to: a text found in the program's or the customer's name, and a
 * status. Both optional.
 */
public record ProgramFilter(String text, ProgramStatus status) {

    public static ProgramFilter none() {
        return new ProgramFilter(null, null);
    }
}
