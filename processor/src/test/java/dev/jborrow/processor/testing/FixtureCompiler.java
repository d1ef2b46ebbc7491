package dev.jborrow.processor.testing;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.jborrow.Owned;
import dev.jborrow.processor.JBorrowProcessor;
import dev.jborrow.processor.diag.Finding;
import java.io.File;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles test programs with the processor and reads back what it reported. */
public final class FixtureCompiler {

  private static final Pattern CODE = Pattern.compile("^\\[([EJ]\\d{4})\\] ");

  private FixtureCompiler() {}

  /** The annotations on the class path, as a user's build has them. */
  public static File annotationsJar() {
    try {
      return new File(Owned.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Compilation compile(List<String> options, List<File> classpath,
      JavaFileObject... sources) {
    List<File> cp = new ArrayList<>(classpath);
    cp.add(annotationsJar());
    List<String> opts = new ArrayList<>(List.of("-Xlint:-options", "-Xmaxerrs", "1000"));
    opts.addAll(options);
    return javac()
        .withProcessors(new JBorrowProcessor())
        .withClasspath(cp)
        .withOptions(opts)
        .compile(sources);
  }

  /** A fixture's compilation, and the findings as the command line, JSON and SARIF see them. */
  public record Result(Compilation compilation, List<Finding> findings) {}

  public static Result compile(Fixture f) {
    List<Finding> findings = new ArrayList<>();
    List<String> opts = new ArrayList<>(List.of("-Xlint:-options", "-Xmaxerrs", "1000"));
    opts.addAll(f.options());
    Compilation c = javac()
        .withProcessors(new JBorrowProcessor(findings::add))
        .withClasspath(List.of(annotationsJar()))
        .withOptions(opts)
        .compile(JavaFileObjects.forSourceString(f.className(), f.source()));
    return new Result(c, findings);
  }

  /**
   * A fixture's compilation with the checker started as a javac plugin, the processor off: its
   * {@code -Ajborrow.name=value} options become the plugin's arguments {@code name=value}.
   */
  public static Compilation compileWithPlugin(Fixture f) {
    StringBuilder plugin = new StringBuilder("-Xplugin:JBorrow");
    List<String> opts = new ArrayList<>(List.of("-Xlint:-options", "-Xmaxerrs", "1000",
        "-proc:none", "-processorpath", checkerClasses().getPath()));
    for (String o : f.options()) {
      if (o.startsWith("-Ajborrow.")) {
        plugin.append(' ').append(o.substring("-Ajborrow.".length()));
      } else {
        opts.add(o);
      }
    }
    opts.add(plugin.toString());
    return javac()
        .withClasspath(List.of(annotationsJar()))
        .withOptions(opts)
        .compile(JavaFileObjects.forSourceString(f.className(), f.source()));
  }

  /** Where javac finds the plugin: the checker's own classes, as the jar holds them. */
  public static File checkerClasses() {
    try {
      return new File(JBorrowProcessor.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A jborrow diagnostic: its code and line, and the whole message for failure reports. */
  public record Reported(String code, long line, long column, Diagnostic.Kind kind,
      String message) {}

  /** The jborrow diagnostics of a compilation, and separately everything else javac said. */
  public static List<Reported> jborrow(Compilation c) {
    List<Reported> out = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
      String msg = d.getMessage(Locale.ROOT);
      Matcher m = CODE.matcher(msg);
      if (m.find()) {
        out.add(new Reported(m.group(1), d.getLineNumber(), d.getColumnNumber(), d.getKind(),
            msg));
      }
    }
    return out;
  }

  /**
   * What is wrong with a compilation that should report exactly {@code expected}: any other
   * error or warning, each expectation not met, each diagnostic not expected.
   */
  public static List<String> problems(Compilation c, List<Fixture.Expectation> expected) {
    List<String> problems = new ArrayList<>(others(c));
    List<Fixture.Expectation> missing = new ArrayList<>(expected);
    List<Reported> unexpected = new ArrayList<>();
    for (Reported r : jborrow(c)) {
      if (!missing.remove(new Fixture.Expectation(r.line(), r.code()))) {
        unexpected.add(r);
      }
    }
    Collections.sort(missing);
    for (Fixture.Expectation m : missing) {
      problems.add("missing " + m);
    }
    for (Reported u : unexpected) {
      problems.add("unexpected " + u.code() + " at line " + u.line() + ":\n    "
          + u.message().replace("\n", "\n    "));
    }
    return problems;
  }

  /** Errors and warnings that are not jborrow's: a fixture must have none. */
  public static List<String> others(Compilation c) {
    List<String> out = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
      String msg = d.getMessage(Locale.ROOT);
      if (d.getKind() != Diagnostic.Kind.NOTE && !CODE.matcher(msg).find()) {
        out.add(d.getKind() + " at line " + d.getLineNumber() + ": " + msg);
      }
    }
    return out;
  }
}
