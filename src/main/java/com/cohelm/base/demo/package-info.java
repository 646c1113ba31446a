/** Shared by every module: {@code base} depends on no feature, so this package is part of its published API. */
@NamedInterface("demo")
package com.cohelm.base.demo;

import org.springframework.modulith.NamedInterface;
