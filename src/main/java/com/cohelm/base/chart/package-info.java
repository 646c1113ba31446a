/** Shared by every module: {@code base} depends on no feature, so this package is part of its published API. */
@NamedInterface("chart")
package com.cohelm.base.chart;

import org.springframework.modulith.NamedInterface;
