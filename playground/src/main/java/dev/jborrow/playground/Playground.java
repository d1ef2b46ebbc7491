package dev.jborrow.playground;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code jborrow playground [--port N] [--host H]}: a local web page to write Java, check it and
 * read the errors. It listens on the loopback address unless told otherwise: {@code --host
 * 0.0.0.0} opens it to every machine that can reach this one (a classroom's network), which is
 * a choice to make, not a default.
 */
public final class Playground {

  static final String USAGE = """
      usage: jborrow playground [--port N] [--host H] [--timeout-ms MS] [--max-bytes N]
                                [--max-concurrent N]

        --port N            the port to listen on (default 8080; 0 picks a free one)
        --host H            the address to listen on (default 127.0.0.1, this machine only;
                            0.0.0.0 lets every machine that can reach this one use it)
        --timeout-ms MS     the longest a check may take (default 10000)
        --max-bytes N       the largest program accepted, in bytes (default 65536)
        --max-concurrent N  how many checks run at once (default: the cores, at most 4)
      """;

  /** The command line, parsed. */
  record Settings(String host, int port, Limits limits) {}

  private Playground() {}

  public static void main(String[] args) throws InterruptedException {
    Settings settings;
    try {
      settings = parse(List.of(args));
    } catch (IllegalArgumentException e) {
      System.err.println("jborrow playground: " + e.getMessage());
      System.err.print(USAGE);
      System.exit(2);
      return;
    }
    if (settings == null) {
      System.out.print(USAGE);
      return;
    }
    try {
      serve(settings, System.out);
    } catch (IOException | IllegalStateException e) {
      // A port in use, an address not on this machine, a JRE without javac: one sentence.
      System.err.println("jborrow playground: " + e.getMessage());
      System.exit(1);
    }
    Thread.currentThread().join();
  }

  /** Starts the server and says where it is; it runs until the JVM stops. */
  static PlaygroundServer serve(Settings settings, PrintStream out) throws IOException {
    Checker checker = new Checker(settings.limits(),
        Path.of(System.getProperty("java.io.tmpdir")));
    PlaygroundServer server;
    try {
      server = PlaygroundServer.start(settings.host(), settings.port(), checker);
    } catch (IOException e) {
      checker.close();
      throw new IOException("cannot listen on " + settings.host() + ":" + settings.port() + ": "
          + e.getMessage(), e);
    }
    InetSocketAddress at = server.address();
    String host = at.getAddress().isAnyLocalAddress() ? "localhost" : at.getHostString();
    out.println("jborrow playground: http://" + host + ":" + at.getPort() + "/ (Ctrl+C stops it)");
    if (at.getAddress().isAnyLocalAddress() || !at.getAddress().isLoopbackAddress()) {
      out.println("jborrow playground: listening on " + settings.host() + ": every machine that "
          + "can reach this one can use it");
    }
    out.flush();
    Warmup.inBackground(checker);
    return server;
  }

  /** The settings, or null when help was asked for. */
  static Settings parse(List<String> args) {
    String host = "127.0.0.1";
    int port = 8080;
    long timeout = Limits.DEFAULT.compileTimeout().toMillis();
    int maxBytes = Limits.DEFAULT.maxSourceBytes();
    int concurrent = Limits.DEFAULT.maxConcurrent();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--help", "-h" -> {
          return null;
        }
        case "--host" -> host = value(args, ++i, a);
        case "--port" -> port = number(args, ++i, a, 0, 65535);
        case "--timeout-ms" -> timeout = number(args, ++i, a, 1, Integer.MAX_VALUE);
        case "--max-bytes" -> maxBytes = number(args, ++i, a, 1, 64 * 1024 * 1024);
        case "--max-concurrent" -> concurrent = number(args, ++i, a, 1, 64);
        default -> throw new IllegalArgumentException("unknown option `" + a + "`");
      }
    }
    return new Settings(host, port, new Limits(maxBytes, Duration.ofMillis(timeout),
        concurrent));
  }

  private static String value(List<String> args, int i, String option) {
    if (i >= args.size()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(i);
  }

  private static int number(List<String> args, int i, String option, int min, int max) {
    String v = value(args, i, option);
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw new IllegalArgumentException(option + " " + v + " is out of range (" + min + " to "
            + max + ")");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number, not `" + v + "`");
    }
  }
}
