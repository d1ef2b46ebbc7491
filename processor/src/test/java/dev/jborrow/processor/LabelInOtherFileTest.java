package dev.jborrow.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jborrow.processor.testing.FixtureCompiler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * A label in another file than the finding's ("the overridden method", declared in another
 * class) is kept in every output, under that file's name, whichever of the two javac compiles
 * first: javac empties a class's tree once it has generated it, which is usually before the
 * class that overrides it is checked.
 */
class LabelInOtherFileTest {

  private static final String BASE = """
      package app;

      public interface Base {
        void use(R r);
      }
      """;
  private static final String R = """
      package app;

      @dev.jborrow.Owned
      public final class R {}
      """;
  private static final String IMPL = """
      package app;

      import dev.jborrow.Owned;

      public final class Impl implements Base {
        @Override
        public void use(@Owned R r) {}
      }
      """;

  @Test
  void plainFormatNamesTheOtherFile() throws IOException {
    for (boolean baseFirst : List.of(true, false)) {
      String out = compile(baseFirst, "");
      assertTrue(out.contains("Impl.java:7: error: [J0003] override changes the ownership "
          + "contract of `use`"), out);
      assertTrue(out.contains(
          "\n    --> target/label-test/app/Base.java:4:8 the overridden method\n"),
          "base first: " + baseFirst + "\n" + out);
    }
  }

  @Test
  void rustcFormatShowsTheOtherFileUnderItsOwnHeader() throws IOException {
    String out = compile(true, "format=rustc");
    assertTrue(out.contains("""
           ::: target/label-test/app/Base.java:4:8
            |
          4 |   void use(R r);
            |        --- the overridden method
        """), out);
  }

  @Test
  void sarifRelatesTheOtherFile() throws IOException {
    Path sarif = Files.createTempDirectory("jborrow-label").resolve("run.sarif");
    compile(true, "sarif=" + sarif);
    JsonNode related = new ObjectMapper().readTree(sarif.toFile())
        .at("/runs/0/results/0/relatedLocations/0");
    assertEquals("target/label-test/app/Base.java",
        related.at("/physicalLocation/artifactLocation/uri").asText(), related.toString());
    assertEquals(List.of(4, 8, 11), List.of(
        related.at("/physicalLocation/region/startLine").asInt(),
        related.at("/physicalLocation/region/startColumn").asInt(),
        related.at("/physicalLocation/region/endColumn").asInt()), related.toString());
    assertEquals("the overridden method", related.at("/message/text").asText());
  }

  /**
   * The three files under target/, named relative to the working directory as a build names
   * them, compiled in the order given.
   */
  private static String compile(boolean baseFirst, String pluginArgs) throws IOException {
    Path app = Files.createDirectories(Path.of("target", "label-test", "app"));
    Files.writeString(app.resolve("Base.java"), BASE);
    Files.writeString(app.resolve("R.java"), R);
    Files.writeString(app.resolve("Impl.java"), IMPL);
    List<String> args = new ArrayList<>(List.of(
        "-d", Files.createTempDirectory("jborrow-label").toString(),
        "-cp", FixtureCompiler.annotationsJar().getPath(),
        "-processorpath", FixtureCompiler.checkerClasses().getPath(), "-proc:none",
        "-Xplugin:JBorrow " + pluginArgs));
    for (String f : baseFirst ? List.of("Base.java", "R.java", "Impl.java")
        : List.of("Impl.java", "R.java", "Base.java")) {
      args.add(app.resolve(f).toString());
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ToolProvider.getSystemJavaCompiler().run(null, err, err, args.toArray(String[]::new));
    return err.toString(StandardCharsets.UTF_8);
  }
}
