package dev.jborrow.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.jborrow.processor.cli.Main;
import dev.jborrow.processor.testing.Fixture;
import dev.jborrow.processor.testing.FixtureCompiler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Findings come out in source order, the same from run to run and through every door: the
 * processor, the plugin and the command line. The checks find them in the order their analyses
 * visit places and loans (six E0596 once printed as {@code e a g d b c}); rustc sorts its
 * buffered errors by span, and so does jborrow.
 */
class FindingOrderTest {

  /** Many findings of several codes, in two methods, some on one line. */
  private static final String SOURCE = """
      import dev.jborrow.*;
      class Order {
        @Owned static final class R {
          @Mut void poke() {}
          int read() { return 0; }
        }
        static void take(@Owned R r) {}
        static void shared(R a, R b, R c, R d, R e, R g) {
          g.poke();
          e.poke();
          a.poke();
          d.poke();
          b.poke(); c.poke();
        }
        static void moved() {
          R x = new R();
          R y = new R();
          take(y);
          take(x);
          y.read(); x.read();
          x.read();
        }
      }
      """;

  /** The (line, column, code) of each finding, in the order reported. */
  private static final List<String> EXPECTED = List.of(
      "9:5 E0596", "10:5 E0596", "11:5 E0596", "12:5 E0596", "13:5 E0596", "13:15 E0596",
      "20:5 E0382", "20:15 E0382");

  @TempDir
  Path dir;

  @Test
  void theProcessorReportsInSourceOrderEveryTime() throws IOException {
    Fixture f = fixture();
    for (int run = 0; run < 5; run++) {
      FixtureCompiler.Result result = FixtureCompiler.compile(f);
      List<String> found = new ArrayList<>();
      result.findings().forEach(finding -> {
        int[] at = finding.position(finding.diagnostic().primary().start());
        found.add(at[0] + ":" + at[1] + " " + finding.diagnostic().code().name());
      });
      assertEquals(EXPECTED, found, "run " + run);
      assertEquals(EXPECTED, javacOrder(result.compilation()), "javac's messages, run " + run);
    }
  }

  @Test
  void thePluginReportsInTheSameOrder() throws IOException {
    assertEquals(EXPECTED, javacOrder(FixtureCompiler.compileWithPlugin(fixture())));
  }

  @Test
  void theCommandLineReportsInTheSameOrder() throws IOException {
    Path file = dir.resolve("Order.java");
    Files.writeString(file, SOURCE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Main.run(List.of("check", "--cp", FixtureCompiler.annotationsJar().getPath(), "--format",
            "json", file.toString()),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String json = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("\"code\"\\s*:\\s*\"([EJ]\\d{4})\"").matcher(json);
    List<String> codes = new ArrayList<>();
    while (m.find()) {
      codes.add(m.group(1));
    }
    assertEquals(EXPECTED.stream().map(e -> e.substring(e.indexOf(' ') + 1)).toList(), codes,
        json);
  }

  private Fixture fixture() throws IOException {
    Path file = dir.resolve("Order.java");
    Files.writeString(file, SOURCE);
    return Fixture.read(file);
  }

  /** javac's messages as line, column and code, in the order javac was given them. */
  private static List<String> javacOrder(Compilation c) {
    List<String> out = new ArrayList<>();
    for (javax.tools.Diagnostic<? extends javax.tools.JavaFileObject> d : c.diagnostics()) {
      String msg = d.getMessage(java.util.Locale.ROOT);
      if (msg.startsWith("[")) {
        out.add(d.getLineNumber() + ":" + d.getColumnNumber() + " " + msg.substring(1, 6));
      }
    }
    assertTrue(!out.isEmpty(), "no finding reached javac");
    return out;
  }
}
