package com.cohelm.account;

/** A program a person could take part in, and whether (and as what) they do. */
public record PersonProgram(long id, String name, boolean member, boolean lead) {
}
