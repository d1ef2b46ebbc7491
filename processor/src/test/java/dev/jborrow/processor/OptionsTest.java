package dev.jborrow.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.jborrow.processor.testing.FixtureCompiler;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** Bad options are errors that name the option, never exceptions. */
class OptionsTest {

  private static final String PROGRAM = "class Plain { void f() {} }";

  @Test
  void knownOptionsParse() {
    Options o = Options.parse(Map.of("jborrow.warnOnly", "true", "jborrow.format", "rustc",
        "jborrow.spawnPoints", "a.B#run, c.D#go", "jborrow.models", "x.model,y.model"));
    assertTrue(o.problems().isEmpty(), o.problems().toString());
    assertTrue(o.warnOnly());
    assertEquals(Options.Format.RUSTC, o.format());
    assertEquals(List.of("a.B#run", "c.D#go"), o.spawnPoints());
    assertEquals(List.of("x.model", "y.model"), o.models());
  }

  @Test
  void flagWithoutValueIsTrue() {
    Map<String, String> raw = new java.util.HashMap<>();
    raw.put("jborrow.stats", null);
    assertTrue(Options.parse(raw).stats());
  }

  @Test
  void everyProblemNamesItsOption() {
    Options o = Options.parse(Map.of("jborrow.warnonly", "", "jborrow.format", "xml",
        "jborrow.stress", "maybe", "jborrow.spawnPoints", "NoHash"));
    assertEquals(4, o.problems().size(), o.problems().toString());
    String all = String.join("\n", o.problems());
    assertTrue(all.contains("-Ajborrow.warnonly"), all);
    assertTrue(all.contains("-Ajborrow.format=xml"), all);
    assertTrue(all.contains("-Ajborrow.stress=maybe"), all);
    assertTrue(all.contains("NoHash"), all);
  }

  @Test
  void anEmptyValueIsAProblem() {
    // what javac passes for -Ajborrow.format= (an unset build property)
    Map<String, String> raw = new java.util.HashMap<>();
    raw.put("jborrow.format", null);
    raw.put("jborrow.models", "");
    raw.put("jborrow.spawnPoints", " , ");
    assertEquals(List.of("-Ajborrow.format needs a value: plain or rustc",
        "-Ajborrow.models needs a value: a comma-separated list",
        "-Ajborrow.spawnPoints needs a value: a comma-separated list"),
        Options.parse(raw).problems());
  }

  @Test
  void unknownOptionFailsTheCompilationWithAClearMessage() {
    Compilation c = FixtureCompiler.compile(List.of("-Ajborrow.fromat=rustc"), List.of(),
        JavaFileObjects.forSourceString("Plain", PROGRAM));
    assertEquals(Compilation.Status.FAILURE, c.status());
    List<String> errors = c.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("jborrow: unknown option -Ajborrow.fromat"),
        errors.get(0));
    assertFalse(errors.get(0).contains("Exception"), errors.get(0));
  }

  @Test
  void spawnPointOfAnUnknownTypeIsNamed() {
    Compilation c = FixtureCompiler.compile(
        List.of("-Ajborrow.spawnPoints=com.acme.Scheduler#run,java.util.Timer#schedule"),
        List.of(), JavaFileObjects.forSourceString("Plain", PROGRAM));
    List<String> errors = c.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
    assertEquals(List.of("jborrow: -Ajborrow.spawnPoints: no type `com.acme.Scheduler` on the "
        + "class path"), errors);
  }

  @Test
  void otherProcessorsOptionsAreNotOurs() {
    Compilation c = FixtureCompiler.compile(List.of("-Aother.tool=1"), List.of(),
        JavaFileObjects.forSourceString("Plain", PROGRAM));
    assertTrue(c.diagnostics().stream()
        .noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR), c.diagnostics().toString());
  }
}
