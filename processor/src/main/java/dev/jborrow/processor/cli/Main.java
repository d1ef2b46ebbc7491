package dev.jborrow.processor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Properties;

/**
 * {@code jborrow check FILE|DIR...}, {@code jborrow explain CODE}, {@code jborrow help}: the
 * checker without a build tool, with rustc's output and cargo's conventions. Diagnostics go to
 * stderr, what was asked for (help, an explanation, JSON, SARIF) to stdout. Exit status 0 when
 * clean, 1 when an error was found, 2 for a mistake in the command line, 3 when the tool or
 * javac failed.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(List.of(args), System.out, System.err, Terminal.system()));
  }

  /** Runs a command in this process's environment; returns the exit status. */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    return run(args, out, err, Terminal.system());
  }

  static int run(List<String> arguments, PrintStream out, PrintStream err, Terminal terminal) {
    Args args = new Args(arguments, Help.Topic.JBORROW);
    try {
      Colour colour = Colour.AUTO;
      while (args.hasNext()) {
        Args.Arg a = args.next();
        switch (a.name()) {
          case "-V", "--version" -> {
            args.flag(a);
            out.println(version());
            return 0;
          }
          case "-h", "--help" -> {
            args.flag(a);
            out.print(Help.Topic.JBORROW.text());
            return 0;
          }
          case "--color" -> colour = Colour.parse(args, a);
          default -> {
            if (a.isOption()) {
              throw args.usage("unknown option `" + a.name() + "`" + Suggestion.of(a.name(),
                  List.of("--color", "--version", "--help")));
            }
            return command(a.name(), args, colour, out, err, terminal);
          }
        }
      }
      throw args.usage("no command given; the commands are check, explain, playground and help");
    } catch (UsageException e) {
      usage(e, err);
      return 2;
    } catch (RuntimeException | StackOverflowError e) {
      err.print(Crash.describe(e));
      return 3;
    }
  }

  private static int command(String name, Args all, Colour colour, PrintStream out,
      PrintStream err, Terminal terminal) {
    Help.Topic topic = Help.Topic.of(name);
    if (topic == null) {
      throw all.usage("no such command `" + name + "`" + Suggestion.of(name, Help.COMMANDS)
          + "; the commands are check, explain, playground and help");
    }
    List<String> rest = all.rest();
    // `--help` anywhere among a command's arguments asks for its help, as in cargo.
    if (rest.contains("--help") || rest.contains("-h")) {
      out.print(topic.text());
      return 0;
    }
    Args args = new Args(rest, topic);
    if (topic == Help.Topic.CHECK) {
      return Check.parse(args, colour).run(out, err, terminal);
    }
    if (topic == Help.Topic.EXPLAIN) {
      return Explain.run(args, out, err);
    }
    if (topic == Help.Topic.PLAYGROUND) {
      // The launcher runs the playground's own module before this class is reached.
      err.println("error: the playground is started by the `jborrow` launcher, which puts its "
          + "module on the class path: `./jborrow playground`");
      return 2;
    }
    out.print(Help.run(args));
    return 0;
  }

  /** As cargo: the error, the usage of the command it was made in, and where to read more. */
  private static void usage(UsageException e, PrintStream err) {
    Help.Topic topic = e.topic();
    err.println("error: " + e.getMessage());
    err.println();
    err.println("Usage: " + topic.usage());
    err.println();
    err.println("For more information, try `jborrow help"
        + (topic.command() == null ? "" : " " + topic.command()) + "`.");
  }

  /** {@code jborrow 0.1.0 (javac 17.0.13)}: the javac that checks matters as much as jborrow. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // the version is then unknown, which is what it says
    }
    return "jborrow " + p.getProperty("version", "(unknown version)") + " (javac "
        + Runtime.version() + ")";
  }
}
