package dev.jborrow.playground;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.jborrow.processor.diag.Code;
import dev.jborrow.processor.diag.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The playground's HTTP side, on the JDK's own server: the page and its script, the examples,
 * the explanations, and {@code POST /api/check} with the program as its plain-text body. Every
 * request that is not understood gets a 4xx with a sentence saying why; no request can stop
 * the server.
 */
public final class PlaygroundServer implements AutoCloseable {

  /** A request refused, with the status and the sentence the client gets. */
  private static final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;
    private final int status;

    Refusal(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  private static final Map<String, String> STATIC = Map.of(
      "/", "index.html",
      "/index.html", "index.html",
      "/app.js", "app.js",
      "/style.css", "style.css");

  private final HttpServer http;
  private final ExecutorService handlers;
  private final Checker checker;
  private final String examplesJson;

  private PlaygroundServer(HttpServer http, ExecutorService handlers, Checker checker) {
    this.http = http;
    this.handlers = handlers;
    this.checker = checker;
    this.examplesJson = Examples.toJson(Examples.load());
  }

  /** Starts serving on {@code host:port} (port 0: any free port). */
  public static PlaygroundServer start(String host, int port, Checker checker)
      throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 64);
    // Waiting for a compile slot holds a handler thread: a few more than the slots keep the
    // page, the examples and the explanations answering while checks queue.
    ExecutorService handlers = Executors.newFixedThreadPool(
        checker.limits().maxConcurrent() + 4);
    PlaygroundServer server = new PlaygroundServer(http, handlers, checker);
    http.createContext("/", server::handle);
    http.setExecutor(handlers);
    http.start();
    return server;
  }

  public InetSocketAddress address() {
    return http.getAddress();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      try {
        route(ex);
      } catch (Refusal r) {
        send(ex, r.status, "application/json", Json.write(Map.of("error", r.getMessage())));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        send(ex, 503, "application/json", Json.write(Map.of("error", "the server is stopping")));
      } catch (RuntimeException e) {
        // A bug of ours: the request fails with a sentence, the server goes on.
        send(ex, 500, "application/json", Json.write(Map.of("error",
            "internal error of the playground: " + e)));
      }
    }
  }

  private void route(HttpExchange ex) throws IOException, Refusal, InterruptedException {
    String path = ex.getRequestURI().getPath();
    if (path.equals("/api/check")) {
      requireMethod(ex, "POST");
      check(ex);
    } else if (path.equals("/api/examples")) {
      requireMethod(ex, "GET");
      send(ex, 200, "application/json", examplesJson);
    } else if (path.startsWith("/api/explain/")) {
      requireMethod(ex, "GET");
      send(ex, 200, "text/markdown; charset=utf-8",
          explanation(path.substring("/api/explain/".length())));
    } else if (STATIC.containsKey(path)) {
      requireMethod(ex, "GET");
      String file = STATIC.get(path);
      sendBytes(ex, 200, contentType(file), resource("web/" + file));
    } else {
      throw new Refusal(404, "no such page: " + path + " (the playground serves /, /api/check, "
          + "/api/examples and /api/explain/CODE)");
    }
  }

  private void check(HttpExchange ex) throws IOException, Refusal, InterruptedException {
    String type = ex.getRequestHeaders().getFirst("Content-Type");
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("text/plain")) {
      throw new Refusal(415, "send the program as the body, with Content-Type: text/plain; "
          + "charset=utf-8 (got " + (type == null ? "none" : type) + ")");
    }
    String source = body(ex);
    if (source.isBlank()) {
      throw new Refusal(400, "the program is empty");
    }
    try {
      send(ex, 200, "application/json", checker.check(source).toJson());
    } catch (Checker.BusyException e) {
      ex.getResponseHeaders().set("Retry-After", "1");
      throw new Refusal(429, e.getMessage());
    } catch (Checker.RejectedException e) {
      throw new Refusal(422, e.getMessage());
    }
  }

  /** The body as UTF-8, refused past the size limit without reading the rest. */
  private String body(HttpExchange ex) throws IOException, Refusal {
    int max = checker.limits().maxSourceBytes();
    String declared = ex.getRequestHeaders().getFirst("Content-Length");
    if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > max) {
      throw new Refusal(413, tooLarge(max));
    }
    byte[] bytes;
    try (InputStream in = ex.getRequestBody()) {
      bytes = in.readNBytes(max + 1);
    }
    if (bytes.length > max) {
      throw new Refusal(413, tooLarge(max));
    }
    try {
      CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new Refusal(400, "the program is not valid UTF-8");
    }
  }

  private static String tooLarge(int max) {
    return "the program is larger than the playground's limit of " + max + " bytes";
  }

  private static String explanation(String code) throws Refusal {
    Code c;
    try {
      c = Code.valueOf(code.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Refusal(404, "`" + code + "` is not a jborrow code");
    }
    try (InputStream in = Code.class.getResourceAsStream(c.explanationResource())) {
      if (in == null) {
        throw new Refusal(404, "no explanation of " + c + " in this jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Refusal(404, "cannot read the explanation of " + c + ": " + e.getMessage());
    }
  }

  private static void requireMethod(HttpExchange ex, String method) throws Refusal {
    if (!ex.getRequestMethod().equals(method)) {
      ex.getResponseHeaders().set("Allow", method);
      throw new Refusal(405, ex.getRequestURI().getPath() + " takes " + method + ", not "
          + ex.getRequestMethod());
    }
  }

  private static byte[] resource(String path) throws IOException, Refusal {
    try (InputStream in = PlaygroundServer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new Refusal(404, "this jar has no " + path + " (was it built with Maven?)");
      }
      return in.readAllBytes();
    }
  }

  private static String contentType(String file) {
    return file.endsWith(".html") ? "text/html; charset=utf-8"
        : file.endsWith(".js") ? "text/javascript; charset=utf-8"
        : "text/css; charset=utf-8";
  }

  private static void send(HttpExchange ex, int status, String type, String body)
      throws IOException {
    sendBytes(ex, status, type.contains("charset") ? type : type + "; charset=utf-8",
        body.getBytes(StandardCharsets.UTF_8));
  }

  private static void sendBytes(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    ex.getResponseHeaders().set("Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "frame-ancestors 'none'");
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    http.stop(0);
    handlers.shutdownNow();
  }
}
