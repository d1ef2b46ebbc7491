package dev.jborrow.processor.cli;

import dev.jborrow.processor.diag.Code;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code jborrow help [COMMAND]} and {@code --help}: each command's text, laid out as cargo's. */
final class Help {

  /** What help can be asked for: jborrow itself, or one of its commands. */
  enum Topic {
    JBORROW("jborrow [OPTIONS] COMMAND [ARGS]...", """
        Rust's ownership and borrowing rules, checked by javac

        Usage: %s

        Commands:
          check       Compile Java sources with the ownership checker and report what it finds
          explain     Print the explanation of a diagnostic code, with an example and its fix
          playground  Start a local web page to write Java, check it and read the reports
          help        Print this message or the help of a command

        Options:
              --color WHEN  Colour the diagnostics: auto (default), always or never
          -V, --version     Print the version
          -h, --help        Print help

        See `jborrow help COMMAND` for more on a command.
        """),
    CHECK("jborrow check [OPTIONS] FILE|DIR...", """
        Compile Java sources with the ownership checker and report what it finds

        Usage: %s

        Arguments:
          FILE|DIR...  .java files, and directories to search for them

        Options:
              --cp PATH                 Class path of the sources' dependencies (also -cp,
                                        --class-path)
              --models PATH[,PATH]      More library models (files, or the built-in
                                        jdk-resources), as the models= argument in a build
              --spawn-points T#m[,T#m]  More calls that run a closure on another thread, as
                                        -Ajborrow.spawnPoints in a build
              --format FORMAT           human (default: rustc's layout, on stderr), json or
                                        sarif (SARIF 2.1.0), on stdout
              --max-errors N            Show the first N errors and count the rest, as javac's
                                        -Xmaxerrs (default 100; 0 shows all)
              --color WHEN              Colour the diagnostics: auto (default), always or never
              --audit                   List every @SuppressWarnings("ownership") instead of
                                        checking
          -h, --help                    Print help

        Exit status: 0 when no error was found, 1 when one was, 2 for a mistake in the command
        line, 3 when the tool or javac failed.
        """),
    EXPLAIN("jborrow explain CODE", """
        Print the explanation of a diagnostic code, with a failing example and its fix

        Usage: %s

        Arguments:
          CODE  E0382, or 0382 (the E is optional, as in rustc); J codes need their J: J0001

        Codes: """ + Arrays.stream(Code.values()).map(Enum::name)
            .collect(Collectors.joining(" ")) + "\n"),
    PLAYGROUND("jborrow playground [--port N] [--host H] [OPTIONS]", """
        Start a local web page to write Java, check it and read the reports (docs/playground.md)

        Usage: %s

        The `jborrow` launcher starts it from its own module; `jborrow playground --help` lists
        its options.
        """),
    HELP("jborrow help [COMMAND]", """
        Print the help of jborrow, or of one of its commands

        Usage: %s

        Arguments:
          [COMMAND]  check, explain, playground or help
        """);

    private final String usage;
    private final String text;

    Topic(String usage, String text) {
      this.usage = usage;
      this.text = text;
    }

    /** The command as the user types it after {@code jborrow}; {@code null} for jborrow's own. */
    String command() {
      return this == JBORROW ? null : name().toLowerCase(Locale.ROOT);
    }

    String usage() {
      return usage;
    }

    String text() {
      return text.formatted(usage);
    }

    /** The topic of a command's name, or {@code null} when there is no such command. */
    static Topic of(String command) {
      for (Topic t : values()) {
        if (t != JBORROW && t.command().equals(command)) {
          return t;
        }
      }
      return null;
    }
  }

  static final List<String> COMMANDS = List.of("check", "explain", "playground", "help");

  private Help() {}

  /** {@code jborrow help [COMMAND]}. */
  static String run(Args args) {
    Topic topic = Topic.JBORROW;
    while (args.hasNext()) {
      Args.Arg a = args.next();
      if (a.isOption()) {
        throw args.usage("unknown option `" + a.name() + "` for `jborrow help`");
      }
      if (topic != Topic.JBORROW) {
        throw args.usage("unexpected argument `" + a.name() + "`: help takes one command");
      }
      topic = Topic.of(a.name());
      if (topic == null) {
        throw args.usage("no such command `" + a.name() + "`" + Suggestion.of(a.name(),
            COMMANDS) + "; the commands are check, explain, playground and help");
      }
    }
    return topic.text();
  }
}
