/**
 * What every module's entities are built on: a generated key, an optimistic-lock version, timestamps stamped
 * from the application's clock, and keys the application assigns. {@code base} depends on no feature, so this
 * package is part of its published API.
 */
@NamedInterface("jpa")
package com.cohelm.base.jpa;

import org.springframework.modulith.NamedInterface;
