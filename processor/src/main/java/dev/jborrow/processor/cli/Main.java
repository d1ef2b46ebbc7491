package dev.jborrow.processor.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code jborrow check FILE|DIR...}, {@code jborrow explain CODE}: the checker without a build
 * tool, with rustc's output. Exit status 0 when clean, 1 when an error was found, 2 for a
 * usage error, 3 for an internal error of the tool.
 */
public final class Main {

  static final String USAGE = """
      usage: jborrow check [--cp PATH] [--format human|json|sarif] [--audit] FILE|DIR...
             jborrow explain CODE

        check     compile the sources with the ownership checker and report what it finds
          --cp PATH         class path of the sources' dependencies
          --format FORMAT   human (default, rustc's layout), json, or sarif (SARIF 2.1.0)
          --audit           list every @SuppressWarnings("ownership") instead of checking
        explain   print the explanation of a code, with an example and its fix
      """;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(List.of(args), System.out, System.err));
  }

  /** Runs a command; returns the exit status. */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
      (args.isEmpty() ? err : out).print(USAGE);
      return args.isEmpty() ? 2 : 0;
    }
    List<String> rest = args.subList(1, args.size());
    try {
      return switch (args.get(0)) {
        case "check" -> Check.parse(rest).run(out, err);
        case "explain" -> Explain.run(rest, out, err);
        default -> {
          err.println("jborrow: unknown command `" + args.get(0) + "`");
          err.print(USAGE);
          yield 2;
        }
      };
    } catch (UsageException e) {
      err.println("jborrow: " + e.getMessage());
      err.print(USAGE);
      return 2;
    } catch (RuntimeException e) {
      // A bug of ours: one line the user can report, not a stack trace they must read.
      err.println("jborrow: internal error: " + e + (e.getStackTrace().length > 0
          ? " at " + e.getStackTrace()[0] : "") + "; please report it with the sources checked");
      return 3;
    }
  }

  /** A mistake in the command line, explained to the user. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
