/** Shared by every module: {@code base} depends on no feature, so this package is part of its published API. */
@NamedInterface("mail")
package com.cohelm.base.mail;

import org.springframework.modulith.NamedInterface;
