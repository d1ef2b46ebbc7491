package dev.jborrow.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.jborrow.processor.testing.FixtureCompiler;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Ordinary compile errors reach the user as javac reports them, with no noise from jborrow. */
class CompileErrorsTest {

  @Test
  void typeErrorsInTrackedCodePassThroughUntouched() {
    String program = """
        import dev.jborrow.*;
        class Broken {
          @Owned static final class Buf implements AutoCloseable { public void close() {} }
          static void sink(@Owned Buf b) {}
          void f() {
            Buf b = new Buf();
            sink(b);
            b.close();
            int n = b.missing();
            String s = 42;
          }
        }
        """;
    Compilation c = FixtureCompiler.compile(List.of(), List.of(),
        JavaFileObjects.forSourceString("Broken", program));
    assertEquals(Compilation.Status.FAILURE, c.status());
    assertEquals(List.of(), FixtureCompiler.jborrow(c), "jborrow stays silent on broken code");
    List<String> errors = c.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
    assertEquals(2, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("cannot find symbol"), errors.get(0));
    assertTrue(errors.get(1).contains("incompatible types"), errors.get(1));
  }

  @Test
  void aBrokenClassDoesNotHideFindingsInAnother() {
    String good = """
        import dev.jborrow.*;
        class Good {
          @Owned static final class Buf {}
          static void sink(@Owned Buf b) {}
          void f() { Buf b = new Buf(); sink(b); sink(b); }
        }
        """;
    String broken = """
        import dev.jborrow.*;
        class Broken {
          void f() { Good.Buf b = new Good.Buf(); Good.sink(b); b.missing(); }
        }
        """;
    Compilation c = FixtureCompiler.compile(List.of(), List.of(),
        JavaFileObjects.forSourceString("Broken", broken),
        JavaFileObjects.forSourceString("Good", good));
    assertEquals(Compilation.Status.FAILURE, c.status());
    List<String> errors = c.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
    assertTrue(errors.stream().anyMatch(e -> e.contains("cannot find symbol")), errors.toString());
    assertEquals(List.of("E0382"),
        FixtureCompiler.jborrow(c).stream().map(FixtureCompiler.Reported::code).toList());
  }

  @Test
  void aCyclicHierarchyPassesThroughUntouched() {
    // javac gives each class of a cycle an erroneous supertype that still names the other: a
    // walk up the supertypes (a constructor's tracked fields, a model's types) must stop there,
    // not overflow the stack into a J0999 (as it did, after 16 s on a 512 MB stack) or loop.
    String program = """
        class Cyclic {
          static class A extends B { void lock() {} void close() {} }
          static class B extends A { }
          interface I extends J { void run(); }
          interface J extends I { }
          void f(A a, I i) { a.lock(); a.close(); i.run(); }
        }
        """;
    Compilation c = FixtureCompiler.compile(List.of(), List.of(),
        JavaFileObjects.forSourceString("Cyclic", program));
    assertEquals(Compilation.Status.FAILURE, c.status());
    assertEquals(List.of(), FixtureCompiler.jborrow(c), "jborrow stays silent on broken code");
    List<String> errors = c.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
    assertEquals(2, errors.stream().filter(e -> e.contains("cyclic inheritance")).count(),
        errors.toString());
  }
}
