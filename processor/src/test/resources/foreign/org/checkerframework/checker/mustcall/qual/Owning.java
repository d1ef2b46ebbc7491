package org.checkerframework.checker.mustcall.qual;

import java.lang.annotation.Documented;

/** Stand-in for the Checker Framework's {@code @Owning} (see README.md). */
@Documented
public @interface Owning {}
