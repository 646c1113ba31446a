package com.cohelm.security;

/** Light or dark, or whatever the person's system prefers. A preference kept with the account. */
public enum Appearance {
    LIGHT,
    DARK,
    SYSTEM
}
