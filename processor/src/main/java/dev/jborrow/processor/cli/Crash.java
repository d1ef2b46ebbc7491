package dev.jborrow.processor.cli;

/**
 * What the user reads when javac, or jborrow itself, fails instead of reporting: a few lines
 * that say whose failure it is and what to do, never a stack trace.
 */
final class Crash {

  private static final String JAVAC = "com.sun.tools.javac.";
  private static final String JBORROW = "dev.jborrow.";

  private Crash() {}

  static String describe(Throwable failure) {
    StackOverflowError overflow = overflow(failure);
    if (overflow == null) {
      return "error: internal error: " + failure + at(failure.getStackTrace())
          + "\n  = note: this is a bug of jborrow; please report it with the sources checked\n";
    }
    StackTraceElement frame = deepest(overflow);
    boolean javacs = frame == null || frame.getClassName().startsWith(JAVAC);
    String where = frame == null ? "" : " in " + frame.getClassName() + "."
        + frame.getMethodName();
    // The launcher passes JBORROW_JAVA_OPTS to java; JAVA_TOOL_OPTIONS=-Xss would not do: the
    // java launcher sizes the main thread's stack before the JVM reads that variable.
    String help = "  = help: give Java a larger thread stack: `JBORROW_JAVA_OPTS=-Xss16m ./jborrow "
        + "check ...` (java directly: `java -Xss16m ...`; javac alone: `javac -J-Xss16m ...`)\n";
    return javacs
        ? "error: javac ran out of stack" + where + ": the sources nest deeper than the thread "
            + "stack allows\n"
            + "  = note: the overflow is javac's, not a finding of jborrow: javac alone fails on "
            + "these sources the same way (\"The system is out of resources\")\n" + help
        : "error: jborrow ran out of stack" + where + "\n"
            + "  = note: this is a bug of jborrow; please report it with the sources checked\n"
            + help;
  }

  private static StackOverflowError overflow(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof StackOverflowError s) {
        return s;
      }
    }
    return null;
  }

  /** The innermost frame of javac's or jborrow's, skipping the JDK code they called. */
  private static StackTraceElement deepest(Throwable t) {
    for (StackTraceElement e : t.getStackTrace()) {
      if (e.getClassName().startsWith(JAVAC) || e.getClassName().startsWith(JBORROW)) {
        return e;
      }
    }
    return null;
  }

  private static String at(StackTraceElement[] trace) {
    return trace.length > 0 ? " at " + trace[0] : "";
  }
}
