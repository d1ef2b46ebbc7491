package dev.jborrow.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrayOptionsTest {

  @Test
  void findsOptionsInArgumentsAndArgumentFilesOnceEach() throws IOException {
    Path file = Files.createTempFile("jborrow-args", ".txt");
    Files.writeString(file, "-d out\n\"-Ajborrow.models=a.model\"\n-Ajborrow.stats -Aother=1\n");
    assertEquals(List.of("-Ajborrow.stats", "-Ajborrow.models=a.model"),
        StrayOptions.find(List.of("-Ajborrow.stats", "-Xlint", "@" + file, "-Ajborrow.stats")));
  }

  @Test
  void anUnreadableArgumentFileAndOtherProcessorsOptionsAreNotOurs() {
    assertEquals(List.of(), StrayOptions.find(
        List.of("@/no/such/file", "@@literal", "-Aother.warnOnly", "-Xplugin:JBorrow stats")));
    assertNull(StrayOptions.warning(List.of()));
  }

  @Test
  void theWarningNamesEachOptionAndItsPluginArgument() {
    assertEquals("jborrow: -Ajborrow.warnOnly has no effect: javac hands -A options only to "
        + "annotation processors, and jborrow runs as a javac plugin here; pass them as plugin "
        + "arguments instead: -Xplugin:\"JBorrow warnOnly\" (docs/build.md)",
        StrayOptions.warning(List.of("-Ajborrow.warnOnly")));
  }
}
