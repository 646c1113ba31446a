/** Shared by every module: {@code base} depends on no feature, so this package is part of its published API. */
@NamedInterface("db")
package com.cohelm.base.db;

import org.springframework.modulith.NamedInterface;
