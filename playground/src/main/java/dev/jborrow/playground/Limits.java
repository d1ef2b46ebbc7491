package dev.jborrow.playground;

import java.time.Duration;

/**
 * What one classroom server allows: a program's size, a compile's duration, and how many
 * compiles run at once (each holds a javac in memory, so this bounds the server's heap).
 *
 * @param maxSourceBytes the largest request body accepted, in bytes of UTF-8
 * @param compileTimeout how long a check may take before the answer is an error
 * @param maxConcurrent how many compiles run at once; further requests wait up to
 *     {@code compileTimeout} for a slot, then are told to retry
 */
public record Limits(int maxSourceBytes, Duration compileTimeout, int maxConcurrent) {

  public static final Limits DEFAULT = new Limits(64 * 1024, Duration.ofSeconds(10),
      Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));

  public Limits {
    if (maxSourceBytes < 1) {
      throw new IllegalArgumentException("the size limit must be at least one byte");
    }
    if (compileTimeout.isNegative() || compileTimeout.isZero()) {
      throw new IllegalArgumentException("the compile time limit must be positive");
    }
    if (maxConcurrent < 1) {
      throw new IllegalArgumentException("at least one compile must be allowed at a time");
    }
  }
}
