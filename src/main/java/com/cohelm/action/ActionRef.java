package com.cohelm.action;

/** An item as the reader saw it: a bulk change skips an item someone changed since. */
public record ActionRef(long id, long version) {
}
