package dev.jborrow.processor.testing;

import dev.jborrow.processor.diag.Finding;
import dev.jborrow.processor.diag.RustcRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A fixture's whole rendered output, kept beside it as {@code Name.stderr}, as rustc's UI tests
 * keep theirs: every word of every message, label, note and help is pinned, not only the (line,
 * code) pairs the {@code //~} comments name. A fixture that reports nothing has no file.
 *
 * <p>{@code -Djborrow.bless} writes the files anew from what the checker says now (rustc's
 * {@code --bless}); the change then shows in {@code git diff}, to be read before it is committed.
 */
public final class Golden {

  /** The system property that turns comparing into writing. */
  public static final String BLESS = "jborrow.bless";

  private Golden() {}

  /** The findings as the command line shows them, without colour, in the order reported. */
  public static String render(List<Finding> findings) {
    RustcRenderer renderer = new RustcRenderer(false);
    return findings.stream()
        .map(f -> renderer.render(f.diagnostic(), f.source(), f.warning()))
        .collect(Collectors.joining("\n"));
  }

  /** The golden file of a fixture: {@code Name.java} has {@code Name.stderr}. */
  public static Path fileOf(Path fixture) {
    String name = fixture.getFileName().toString();
    return fixture.resolveSibling(name.substring(0, name.length() - ".java".length()) + ".stderr");
  }

  public static boolean blessing() {
    String value = System.getProperty(BLESS);
    return value != null && !value.equals("false");
  }

  /**
   * Compares {@code actual} with the fixture's golden file, or writes it when blessing.
   *
   * @return a description of the difference, or null when there is none
   */
  public static String compare(Path fixture, String actual) {
    Path golden = fileOf(fixture);
    try {
      if (blessing()) {
        if (actual.isEmpty()) {
          Files.deleteIfExists(golden);
        } else {
          Files.writeString(golden, actual);
        }
        return null;
      }
      String expected = Files.exists(golden) ? Files.readString(golden) : "";
      return expected.equals(actual) ? null : difference(golden, expected, actual);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first line where the two differ, with both texts whole, for the failure report. */
  private static String difference(Path golden, String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    int line = 0;
    while (line < e.length && line < a.length && e[line].equals(a[line])) {
      line++;
    }
    return "rendered output differs from " + golden.getFileName() + " at its line " + (line + 1)
        + " (run with -D" + BLESS + " to accept the new output)\n"
        + "--- expected\n" + expected + "\n+++ actual\n" + actual;
  }
}
