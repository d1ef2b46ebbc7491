package dev.jborrow.processor.cli;

import dev.jborrow.processor.diag.Code;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** {@code jborrow explain E0382}: the long explanation shipped in the jar. */
final class Explain {

  private Explain() {}

  static int run(Args args, PrintStream out, PrintStream err) {
    if (!args.hasNext()) {
      throw args.usage("explain needs a code, e.g. `jborrow explain E0382`");
    }
    Args.Arg arg = args.next();
    if (arg.isOption()) {
      throw args.usage("unknown option `" + arg.name() + "` for `jborrow explain`");
    }
    if (args.hasNext()) {
      throw args.usage("unexpected argument `" + args.next().name() + "`: explain takes one "
          + "code");
    }
    Code code = code(arg.name(), args);
    Optional<String> text;
    try {
      text = code.explanation();
    } catch (UncheckedIOException e) {
      err.println("error: cannot read the explanation of " + code + ": "
          + e.getCause().getMessage());
      return 3;
    }
    if (text.isEmpty()) {
      err.println("error: no explanation for " + code + " in this jar");
      return 3;
    }
    out.print(text.get());
    return 0;
  }

  /**
   * A code as the user wrote it: {@code E0382}, {@code e0382}, or {@code 0382} as rustc's
   * {@code --explain} takes it. J codes are jborrow's own and keep their letter, so that
   * {@code 0001} cannot mean two things.
   */
  private static Code code(String written, Args args) {
    String name = written.toUpperCase(Locale.ROOT);
    if (name.matches("\\d{4}")) {
      name = "E" + name;
    }
    for (Code c : Code.values()) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    if (written.matches("\\d{4}") && Arrays.stream(Code.values())
        .anyMatch(c -> c.name().equals("J" + written))) {
      throw args.usage("`" + written + "` is not a jborrow code: J codes keep their J "
          + "(`jborrow explain J" + written + "`)");
    }
    throw args.usage("`" + written + "` is not a jborrow code; the codes are "
        + String.join(", ", Arrays.stream(Code.values()).map(Enum::name).toList()));
  }
}
