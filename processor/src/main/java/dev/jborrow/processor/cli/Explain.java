package dev.jborrow.processor.cli;

import dev.jborrow.processor.diag.Code;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** {@code jborrow explain E0382}: the long explanation shipped in the jar. */
final class Explain {

  private Explain() {}

  static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.size() != 1) {
      throw new Main.UsageException("explain takes one code, e.g. `jborrow explain E0382`");
    }
    Code code;
    try {
      code = Code.valueOf(args.get(0).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println("jborrow: `" + args.get(0) + "` is not a jborrow code; codes are "
          + String.join(", ", java.util.Arrays.stream(Code.values()).map(Enum::name).toList()));
      return 2;
    }
    try (InputStream in = Explain.class.getResourceAsStream(code.explanationResource())) {
      if (in == null) {
        err.println("jborrow: no explanation for " + code + " in this jar");
        return 1;
      }
      out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return 0;
    } catch (IOException e) {
      err.println("jborrow: cannot read the explanation of " + code + ": " + e.getMessage());
      return 1;
    }
  }
}
