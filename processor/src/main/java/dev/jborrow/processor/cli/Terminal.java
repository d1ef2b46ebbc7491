package dev.jborrow.processor.cli;

import java.util.Map;

/**
 * Where the command line runs: its environment, and whether its diagnostics go to a terminal.
 * Tests give their own; {@link #system()} reads the process's.
 *
 * @param stderrIsTerminal whether standard error is a terminal, the stream the diagnostics go to
 */
record Terminal(Map<String, String> env, boolean stderrIsTerminal) {

  /** Set by the launcher: Java 17 can ask whether stdout is a terminal, not stderr. */
  static final String STDERR_IS_TERMINAL = "JBORROW_STDERR_IS_TERMINAL";

  Terminal {
    env = Map.copyOf(env);
  }

  static Terminal system() {
    String told = System.getenv(STDERR_IS_TERMINAL);
    boolean terminal = told != null ? told.equals("1") : System.console() != null;
    return new Terminal(System.getenv(), terminal);
  }
}
