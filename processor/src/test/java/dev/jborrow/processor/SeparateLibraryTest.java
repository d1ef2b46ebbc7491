package dev.jborrow.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.jborrow.processor.testing.FixtureCompiler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library author marks an API; its users compile against the jar. The annotations have CLASS
 * retention, so the contracts must be read back from the class files.
 */
class SeparateLibraryTest {

  @TempDir
  Path dir;

  private static final String LIBRARY = """
      package lib;
      import dev.jborrow.*;
      @Owned public final class Vec implements AutoCloseable {
        @Mut public void push(int x) {}
        @Borrowed public Elem get(int i) { return null; }
        @Consumes public void free() {}
        public static void sink(@Owned Vec v) { v.free(); }
        @Override public void close() {}
      }
      """;
  private static final String ELEM = """
      package lib;
      import dev.jborrow.*;
      @Owned public final class Elem { public int value() { return 0; } }
      """;
  private static final String SHAPE = """
      package lib;
      import dev.jborrow.*;
      public interface Shape { void draw(Elem e); }
      """;

  private Path libraryJar() throws IOException {
    Path src = dir.resolve("src/lib");
    Files.createDirectories(src);
    Files.writeString(src.resolve("Vec.java"), LIBRARY);
    Files.writeString(src.resolve("Elem.java"), ELEM);
    Files.writeString(src.resolve("Shape.java"), SHAPE);
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int rc = javac.run(null, null, null, "-proc:none", "-d", classes.toString(),
        "-cp", FixtureCompiler.annotationsJar().toString(),
        src.resolve("Vec.java").toString(), src.resolve("Elem.java").toString(),
        src.resolve("Shape.java").toString());
    assertEquals(0, rc, "the library compiles");
    Path jar = dir.resolve("lib.jar");
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream j = new JarOutputStream(out);
        Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        j.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
        j.write(Files.readAllBytes(f));
        j.closeEntry();
      }
    }
    return jar;
  }

  @Test
  void contractsComeFromTheJar() throws IOException {
    Path jar = libraryJar();
    String client = """
        import lib.*;
        class Client {
          void moved() {
            Vec v = new Vec();
            Vec.sink(v);
            v.push(1);
          }
          void invalidated(Vec v2) {
            Vec v = new Vec();
            Elem first = v.get(0);
            v.push(2);
            first.value();
            v.close();
          }
          void leaked() {
            Vec v = new Vec();
            v.push(3);
          }
          static class Square implements Shape {
            public void draw(@dev.jborrow.Owned Elem e) {}
          }
        }
        """;
    Compilation c = FixtureCompiler.compile(List.of(), List.of(jar.toFile()),
        JavaFileObjects.forSourceString("Client", client));
    List<String> found = FixtureCompiler.jborrow(c).stream()
        .map(r -> r.code() + "@" + r.line()).sorted().toList();
    assertEquals(List.of("E0382@6", "E0502@11", "J0001@16", "J0003@20"), found,
        FixtureCompiler.jborrow(c).toString());
    assertTrue(FixtureCompiler.others(c).isEmpty(), FixtureCompiler.others(c).toString());
  }
}
