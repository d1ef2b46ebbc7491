package dev.jborrow.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a compilation's SARIF goes. A build compiles several times into one working directory
 * (main and test; each module of a reactor, all run from the reactor's root): given a
 * directory, each compilation writes its own file there, named after the first of its source
 * roots ({@code src/main/java} gives {@code src-main-java.sarif}), so that none overwrites
 * another and a rebuild overwrites its own. Given a file ({@code .sarif} or {@code .json}),
 * that file, which suits a build of one compilation.
 */
final class SarifFiles {

  /** The file to write and the run's automation id, which names the compilation. */
  record Target(Path file, String runId) {}

  private static final Pattern RUN_ID = Pattern.compile("\"id\": \"(jborrow/[^\"]*)\"");

  private SarifFiles() {}

  static Target target(Path option, SortedSet<Path> sourceRoots) {
    String name = sourceRoots.isEmpty() ? "sources" : name(sourceRoots.first());
    String file = option.getFileName() == null ? "" : option.getFileName().toString();
    boolean isFile = (file.endsWith(".sarif") || file.endsWith(".json"))
        && !Files.isDirectory(option);
    return new Target(isFile ? option : option.resolve(name + ".sarif"), "jborrow/" + name);
  }

  /**
   * The directory a unit's package starts in: its file's directory less one level per part of
   * the package name; empty for a unit with no file on disk, or one not laid out by package.
   */
  static Optional<Path> sourceRoot(CompilationUnitTree unit) {
    URI uri = unit.getSourceFile().toUri();
    if (!"file".equals(uri.getScheme())) {
      return Optional.empty();
    }
    Path dir = Path.of(uri).toAbsolutePath().getParent();
    ExpressionTree pkg = unit.getPackageName();
    if (pkg != null) {
      String[] parts = pkg.toString().split("\\.");
      for (int i = parts.length - 1; i >= 0 && dir != null; i--) {
        if (dir.getFileName() == null || !dir.getFileName().toString().equals(parts[i])) {
          return Optional.empty();
        }
        dir = dir.getParent();
      }
    }
    return Optional.ofNullable(dir);
  }

  /** The run id of a SARIF file this checker wrote there before; null if none. */
  static String runIdIn(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    Matcher m = RUN_ID.matcher(Files.readString(file, StandardCharsets.UTF_8));
    return m.find() ? m.group(1) : null;
  }

  /** A source root as a file name: its path below the working directory, `-` for `/`. */
  private static String name(Path root) {
    Path cwd = Path.of("").toAbsolutePath();
    Path shown = root.startsWith(cwd) ? cwd.relativize(root) : root.subpath(
        Math.max(0, root.getNameCount() - 3), root.getNameCount());
    String name = shown.toString().replace(java.io.File.separatorChar, '-')
        .replaceAll("[^A-Za-z0-9._-]", "_");
    return name.isEmpty() ? "root" : name;
  }
}
