package dev.jborrow.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line's options, and the file name a program is checked under. */
class PlaygroundTest {

  @Test
  void listensOnTheLoopbackUnlessToldOtherwise() {
    Playground.Settings s = Playground.parse(List.of());
    assertEquals("127.0.0.1", s.host());
    assertEquals(8080, s.port());
    assertEquals(Limits.DEFAULT, s.limits());
    Playground.Settings open = Playground.parse(List.of("--host", "0.0.0.0", "--port", "0",
        "--timeout-ms", "250", "--max-bytes", "100", "--max-concurrent", "3"));
    assertEquals("0.0.0.0", open.host());
    assertEquals(0, open.port());
    assertEquals(new Limits(100, Duration.ofMillis(250), 3), open.limits());
    assertNull(Playground.parse(List.of("--help")));
  }

  @Test
  void badOptionsSayWhatIsWrong() {
    assertEquals("unknown option `--prot`", message("--prot", "80"));
    assertEquals("--port needs a value", message("--port"));
    assertEquals("--port needs a number, not `http`", message("--port", "http"));
    assertEquals("--port 70000 is out of range (0 to 65535)", message("--port", "70000"));
    assertEquals("--max-concurrent 0 is out of range (1 to 64)", message("--max-concurrent", "0"));
  }

  private static String message(String... args) {
    return assertThrows(IllegalArgumentException.class, () -> Playground.parse(List.of(args)))
        .getMessage();
  }

  @Test
  void aProgramIsNamedAfterItsPublicTypeElseItsFirstTopLevelOne() {
    assertEquals("Shop.java", ProgramName.of("class Helper {}\npublic final class Shop {}\n"));
    assertEquals("Helper.java", ProgramName.of("// the class Comment here\nclass Helper {}\n"));
    assertEquals("Point.java", ProgramName.of("@Owned record Point(int x) {}\n"));
    assertEquals("Main.java", ProgramName.of("int x = 1;\n"));
  }
}
