package dev.jborrow.processor.gen;

/** Seeds for generated programs, spread so that neighbouring indices give unrelated streams. */
public final class Seeds {

  private Seeds() {}

  /** SplitMix64 of {@code base + group * 1,000,003 + index}. */
  public static long of(long base, int group, int index) {
    long z = base + group * 1_000_003L + index + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
