package dev.jborrow.processor.difftest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The oracle: rustc on a twin crate, NLL by default or Polonius ({@code RUSTC_BOOTSTRAP=1 rustc
 * -Zpolonius=next}). rustc borrow-checks every function of a crate and reports all their errors,
 * so one run judges a whole batch; {@code --emit=metadata} stops before code generation.
 */
final class Rustc {

  private static final Pattern LINE =
      Pattern.compile("^[^:]+\\.rs:(\\d+):\\d+: error(?:\\[(E\\d{4})\\])?: (.*)$");

  private final Path dir;

  Rustc(Path dir) {
    this.dir = dir;
  }

  /** Starts rustc on {@code source}; {@link Run#reports()} waits for it. */
  Run start(String name, String source, boolean polonius) throws IOException {
    Path file = dir.resolve(name + (polonius ? "_polonius" : "") + ".rs");
    Files.writeString(file, source);
    List<String> cmd = new ArrayList<>(List.of("rustc", "--edition", "2021", "--crate-type",
        "lib", "--emit=metadata", "--error-format=short", "-o",
        dir.resolve(name + ".rmeta").toString()));
    if (polonius) {
      cmd.add("-Zpolonius=next");
    }
    cmd.add(file.toString());
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    if (polonius) {
      pb.environment().put("RUSTC_BOOTSTRAP", "1");
    }
    return new Run(pb.start(), file);
  }

  /** A rustc process; its errors once it has finished. */
  static final class Run {
    private final Process process;
    private final Path file;

    private Run(Process process, Path file) {
      this.process = process;
      this.file = file;
    }

    List<Report> reports() throws IOException, InterruptedException {
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int rc = process.waitFor();
      List<Report> reports = new ArrayList<>();
      for (String l : out.split("\n")) {
        Matcher m = LINE.matcher(l);
        if (m.find()) {
          String code = m.group(2) == null ? Report.UNCODED : m.group(2);
          reports.add(Report.of(Long.parseLong(m.group(1)), code, m.group(3)));
        }
      }
      if (rc != 0 && reports.isEmpty()) {
        throw new IOException("rustc failed on " + file + " without an error line:\n" + out);
      }
      return reports;
    }
  }
}
