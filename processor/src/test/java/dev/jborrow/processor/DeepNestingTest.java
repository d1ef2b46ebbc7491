package dev.jborrow.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.jborrow.processor.testing.FixtureCompiler;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated code nests deeper than hand-written code: a body whose analysis outgrows the
 * thread's stack is checked on a thread of its own, not given up with a J0999.
 */
class DeepNestingTest {

  /** Deeper than the checker's recursion fits in a default stack; javac still compiles it. */
  private static final int DEPTH = 950;

  @Test
  void deeplyNestedConditionalsAreChecked() {
    StringBuilder e = new StringBuilder("0");
    for (int i = 0; i < DEPTH; i++) {
      e.insert(0, "(x == " + i + " ? c.id() : ").append(')');
    }
    String program = "import dev.jborrow.Owned;\n"
        + "class Deep {\n"
        + "  @Owned static final class Conn implements AutoCloseable {\n"
        + "    public void close() {}\n"
        + "    int id() { return 0; }\n"
        + "  }\n"
        + "  static void take(@Owned Conn c) { c.close(); }\n"
        + "  int g(int x) {\n"
        + "    Conn c = new Conn();\n"
        + "    int r = " + e + ";\n"
        + "    take(c);\n"
        + "    return r + c.id();\n" // line 12: E0382
        + "  }\n"
        + "}\n";
    Compilation c = FixtureCompiler.compile(List.of(), List.of(),
        JavaFileObjects.forSourceString("Deep", program));
    assertEquals(List.of(), FixtureCompiler.others(c));
    assertEquals(List.of("E0382@12"), FixtureCompiler.jborrow(c).stream()
        .map(r -> r.code() + "@" + r.line()).toList());
  }
}
