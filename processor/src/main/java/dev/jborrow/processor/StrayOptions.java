package dev.jborrow.processor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code -Ajborrow.*} options on the command line of a compilation the plugin checks. javac
 * hands {@code -A} options to annotation processors only, and gives a plugin no public way to read
 * them, so without this a user's {@code -Ajborrow.warnOnly} would vanish without a word. A javac
 * started as a command (by hand, or by a build that forks it with an {@code @argfile}) carries its
 * arguments in its process's command line, which the JDK's {@link ProcessHandle} reads; a javac
 * run inside a build's own JVM (Maven's default) does not, and there the options stay unseen:
 * docs/build.md says so.
 */
final class StrayOptions {

  private static final Pattern OPTION = Pattern.compile("-Ajborrow\\.[A-Za-z]*(=[^\\s\"']*)?");

  private StrayOptions() {}

  /** The {@code -Ajborrow.*} options this process was started with, in order, once each. */
  static List<String> ofThisProcess() {
    return find(commandLine());
  }

  /**
   * The arguments this process was started with. On Linux they are read from
   * {@code /proc/self/cmdline}, as {@link ProcessHandle} reads them there too; but
   * {@code ProcessHandle.current().info()} costs a cold JVM some 15 ms, which every compilation
   * paid before its first class was checked. Elsewhere, {@link ProcessHandle}.
   */
  private static List<String> commandLine() {
    Path proc = Path.of("/proc/self/cmdline");
    if (Files.isReadable(proc)) {
      try {
        // NUL-terminated arguments, the program first: it holds no option.
        String[] all = new String(Files.readAllBytes(proc), StandardCharsets.UTF_8).split("\0");
        return List.of(all).subList(Math.min(1, all.length), all.length);
      } catch (IOException | SecurityException e) {
        // unreadable after all: ask the JDK
      }
    }
    return ProcessHandle.current().info().arguments().map(List::of).orElse(List.of());
  }

  /** The options among {@code args}, reading javac's {@code @file} arguments as javac does. */
  static List<String> find(List<String> args) {
    List<String> found = new ArrayList<>();
    for (String arg : args) {
      String text = arg.startsWith("@") && !arg.startsWith("@@") ? argFile(arg.substring(1)) : arg;
      Matcher m = OPTION.matcher(text);
      while (m.find()) {
        if (!found.contains(m.group())) {
          found.add(m.group());
        }
      }
    }
    return found;
  }

  /** An argument file's text; one that cannot be read holds no option of ours. */
  private static String argFile(String name) {
    try {
      return Files.readString(Path.of(name), StandardCharsets.UTF_8);
    } catch (IOException | InvalidPathException | SecurityException e) {
      // javac itself reports an unreadable @file; nothing to add.
      return "";
    }
  }

  /** The warning for options that have no effect, or null when there are none. */
  static String warning(List<String> stray) {
    if (stray.isEmpty()) {
      return null;
    }
    List<String> asArguments = stray.stream()
        .map(o -> o.substring("-Ajborrow.".length()))
        .toList();
    return "jborrow: " + String.join(" ", stray) + (stray.size() == 1 ? " has" : " have")
        + " no effect: javac hands -A options only to annotation processors, and jborrow runs"
        + " as a javac plugin here; pass them as plugin arguments instead: -Xplugin:\"JBorrow "
        + String.join(" ", asArguments) + "\" (docs/build.md)";
  }
}
