package dev.jborrow.processor.gen;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac run as Maven runs it: in the calling JVM through {@code javax.tools}, with a {@link
 * DiagnosticCollector} as its diagnostic listener (maven-compiler-plugin's default, through
 * plexus-compiler-javac's {@code JavaxToolsCompiler}; Gradle's compiler daemon does the same).
 *
 * <p>The way in matters to the measurement: javac run through {@code javax.tools} keeps every
 * comment and the end position of every tree whatever else runs ({@code JavacTaskImpl} sets both
 * for every task it prepares), which the {@code javac} command line does only for a task
 * listener or a processor. {@code bench/run.sh --driver=tools} compiles this file on its own and
 * runs every configuration through it, so that each is measured against the javac that a Maven
 * build runs.
 *
 * <p>Arguments are javac's, with {@code @file} arguments expanded one argument per line, as
 * run.sh writes them; the diagnostics are printed when javac is done, as Maven prints them.
 */
public final class InProcessJavac {

  private InProcessJavac() {}

  public static void main(String[] args) throws IOException {
    List<String> options = new ArrayList<>();
    List<File> sources = new ArrayList<>();
    for (String arg : expand(args)) {
      if (arg.endsWith(".java") && !arg.startsWith("-")) {
        sources.add(new File(arg));
      } else {
        options.add(arg);
      }
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean ok;
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      ok = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromFiles(sources)).call();
    }
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String where = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ";
      System.out.println(where + d.getKind().toString().toLowerCase(Locale.ROOT) + ": "
          + d.getMessage(Locale.ROOT));
    }
    System.exit(ok ? 0 : 1);
  }

  private static List<String> expand(String[] args) throws IOException {
    List<String> all = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith("@")) {
        for (String line : Files.readAllLines(Path.of(arg.substring(1)))) {
          if (!line.isBlank()) {
            all.add(line.strip());
          }
        }
      } else {
        all.add(arg);
      }
    }
    return all;
  }
}
