package com.google.errorprone.annotations;

import java.lang.annotation.Documented;

/** Stand-in for Error Prone's {@code @MustBeClosed} (see README.md). */
@Documented
public @interface MustBeClosed {}
