package dev.jborrow.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.jborrow.processor.model.LibraryModels;
import dev.jborrow.processor.testing.Fixture;
import dev.jborrow.processor.testing.FixtureCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model file with a mistake is an error naming the file and line, not a crash. */
class LibraryModelsTest {

  private static final String PROGRAM = "class Plain { void f() {} }";

  @TempDir
  Path dir;

  private List<String> errorsFor(String model) throws IOException {
    Path file = dir.resolve("lib.model");
    Files.writeString(file, model);
    Compilation c = FixtureCompiler.compile(List.of("-Ajborrow.models=" + file), List.of(),
        JavaFileObjects.forSourceString("Plain", PROGRAM));
    return c.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
  }

  @Test
  void aValidModelIsSilent() throws IOException {
    assertEquals(List.of(), errorsFor("""
        # a model for java.util.List
        type java.util.List
          @Mut add(@Owned _)
          @Borrowed get(int)
        resource-free java.io.StringReader
        """));
  }

  @Test
  void unknownTypeNamesFileAndLine() throws IOException {
    List<String> errors = errorsFor("""
        type java.util.List
          @Borrowed get(int)
        type com.example.Missing
          @Mut go()
        """);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).matches(
        "\\[J0004\\] invalid ownership model: .*lib\\.model:3: no type `com.example.Missing`.*"),
        errors.get(0));
  }

  @Test
  void methodThatDoesNotExistIsAnError() throws IOException {
    List<String> errors = errorsFor("""
        type java.util.List
          @Mut addTwice(@Owned _)
          @Borrowed get(String)
        """);
    assertEquals(2, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("lib.model:2: `java.util.List` has no method `addTwice`"),
        errors.get(0));
    assertTrue(errors.get(1).contains("lib.model:3: `java.util.List` has no method `get`"),
        errors.get(1));
  }

  @Test
  void optionalMethodThatDoesNotExistIsSkipped() throws IOException {
    assertEquals(List.of(), errorsFor("""
        type java.util.List
          ? @Mut addTwice(@Owned _)
        """));
  }

  @Test
  void malformedLinesAreNamed() throws IOException {
    List<String> errors = errorsFor("""
        type java.util.List
          @Mutable add(_)
          @Owned @Borrowed get(int)
          get int
          @Mut add(@Owned @Mut _)
        stray line
        """);
    assertEquals(5, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains(":2: `@Mutable` is not a method annotation"), errors.get(0));
    assertTrue(errors.get(1).contains(
        ":3: a result is `@Owned`, `@Borrowed`, `@PassThrough` or `@Carries(..)`, not two"),
        errors.get(1));
    assertTrue(errors.get(2).contains(":4: expected `[annotations] name(parameters)`"),
        errors.get(2));
    assertTrue(errors.get(3).contains(":5: expected `[@Owned|@Mut|@Borrowed] TYPE`"),
        errors.get(3));
    assertTrue(errors.get(4).contains(":6: expected `type NAME`"), errors.get(4));
  }

  @Test
  void carriesNamesTheReceiverOrAParameter() throws IOException {
    assertEquals(List.of(), errorsFor("""
        type java.util.Collections
          @Carries(0) unmodifiableList(_)
        type java.util.Optional
          @Carries(this) map(_)
          @Carries( this , 0 ) or(_)
        """));
  }

  @Test
  void malformedCarriesIsNamed() throws IOException {
    List<String> errors = errorsFor("""
        type java.util.Optional
          @Carries(that) map(_)
          @Carries(1) filter(_)
          @Carries() flatMap(_)
          @Borrowed @Carries(this) or(_)
          @Mut(this) stream()
        """);
    assertEquals(5, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("lib.model:2: `@Carries` takes `this` or a parameter's "
        + "index (from 0), as in `@Carries(this)` or `@Carries(0, 1)`; found `that`"),
        errors.get(0));
    assertTrue(errors.get(1).contains("lib.model:3: `@Carries` names parameter 1 of a method "
        + "with 1"), errors.get(1));
    assertTrue(errors.get(2).contains("lib.model:4: `@Carries` takes `this` or a parameter's "
        + "index"), errors.get(2));
    assertTrue(errors.get(3).contains("lib.model:5: a result is `@Owned`, `@Borrowed`, "
        + "`@PassThrough` or `@Carries(..)`, not two"), errors.get(3));
    assertTrue(errors.get(4).contains("lib.model:6: `@Mut` takes no arguments, found "
        + "`@Mut(this)`"), errors.get(4));
  }

  /**
   * The processor reads the shipped JDK model lazily and skips what a JDK lacks; here every
   * line is looked up on the JDK that runs the tests (CI runs them on 17 and 25).
   */
  @Test
  void shippedJdkModelNamesOnlyWhatThisJdkHas() {
    assertEquals(List.of(), problemsOfShipped(models -> models.loadJdk(true)));
  }

  /** The same for each model a user enables by name ({@code jdk-resources}). */
  @Test
  void builtInModelsNameOnlyWhatThisJdkHas() {
    assertFalse(LibraryModels.BUILT_IN.isEmpty());
    for (String name : LibraryModels.BUILT_IN.keySet()) {
      assertEquals(List.of(), problemsOfShipped(models -> models.loadBuiltIn(name, true)), name);
    }
  }

  private static List<LibraryModels.Problem> problemsOfShipped(
      java.util.function.Consumer<LibraryModels> load) {
    List<LibraryModels.Problem> problems = new ArrayList<>();
    boolean[] checked = {false};
    Compilation c = javac().withProcessors(new AbstractProcessor() {
      @Override
      public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
      }

      @Override
      public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
      }

      @Override
      public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (!checked[0]) {
          checked[0] = true;
          LibraryModels models = new LibraryModels(processingEnv.getTypeUtils(),
              processingEnv.getElementUtils());
          load.accept(models);
          problems.addAll(models.problems());
        }
        return false;
      }
    }).compile(JavaFileObjects.forSourceString("Plain", PROGRAM));
    assertEquals(Compilation.Status.SUCCESS, c.status());
    assertTrue(checked[0]);
    return problems;
  }

  @Test
  void ownedLinesTakeMethodLinesAndNameMissingTypes() throws IOException {
    assertEquals(List.of(), errorsFor("""
        owned java.util.concurrent.Semaphore
          @Consumes release()
        """));
    List<String> errors = errorsFor("""
        owned com.example.Pool
          @Consumes release()
        """);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("lib.model:1: no type `com.example.Pool`"), errors.get(0));
  }

  @Test
  void aMisspelledBuiltInModelIsNamedWithTheBuiltInOnes() {
    Compilation c = FixtureCompiler.compile(List.of("-Ajborrow.models=jdk-resource"), List.of(),
        JavaFileObjects.forSourceString("Plain", PROGRAM));
    List<String> errors = c.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("jdk-resource:0: cannot read the model file (the models "
        + "shipped in the jar are jdk-resources)"), errors.get(0));
  }

  /** The built-in model is enabled the same way as a plugin argument: `models=jdk-resources`. */
  @Test
  void builtInModelByPluginArgument() {
    String leak = """
        import java.io.*;
        class Leak {
          int first(File f) throws IOException {
            InputStream in = new FileInputStream(f);
            return in.read();
          }
        }
        """;
    for (boolean enabled : new boolean[] {true, false}) {
      Fixture f = new Fixture(dir.resolve("Leak.java"), "Leak", leak, List.of(),
          enabled ? List.of("-Ajborrow.models=jdk-resources") : List.of());
      List<String> codes = FixtureCompiler.jborrow(FixtureCompiler.compileWithPlugin(f)).stream()
          .map(r -> r.code() + "@" + r.line()).toList();
      assertEquals(enabled ? List.of("J0001@4") : List.of(), codes);
    }
  }

  @Test
  void unreadableFileIsNamed() {
    Compilation c = FixtureCompiler.compile(
        List.of("-Ajborrow.models=" + dir.resolve("nowhere.model")), List.of(),
        JavaFileObjects.forSourceString("Plain", PROGRAM));
    List<String> errors = c.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("nowhere.model:0: cannot read the model file"),
        errors.get(0));
  }
}
