/** Shared by every module: {@code base} depends on no feature, so this package is part of its published API. */
@NamedInterface("ui")
package com.cohelm.base.ui;

import org.springframework.modulith.NamedInterface;
