/** Shared by every module: {@code base} depends on no feature, so this package is part of its published API. */
@NamedInterface("markdown")
package com.cohelm.base.markdown;

import org.springframework.modulith.NamedInterface;
