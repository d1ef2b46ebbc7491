package dev.jborrow.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server alone, over HTTP: what it answers to good and bad requests, and what it leaves. */
class PlaygroundServerTest {

  static final String MOVED = """
      import dev.jborrow.Owned;

      class Moved {
          @Owned static final class Buffer { void write(String s) {} }

          static void use() {
              Buffer b = new Buffer();
              Buffer c = b;
              b.write("x");
          }
      }
      """;

  @TempDir Path temp;
  private final HttpClient client = HttpClient.newHttpClient();
  private PlaygroundServer server;

  private URI start(Limits limits) throws IOException {
    server = PlaygroundServer.start("127.0.0.1", 0, new Checker(limits, temp));
    return URI.create("http://127.0.0.1:" + server.address().getPort() + "/");
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private HttpResponse<String> post(URI base, String type, byte[] body) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve("api/check"))
        .POST(BodyPublishers.ofByteArray(body));
    if (type != null) {
      r.header("Content-Type", type);
    }
    return client.send(r.build(), BodyHandlers.ofString());
  }

  private HttpResponse<String> check(URI base, String program) throws Exception {
    return post(base, "text/plain; charset=utf-8", program.getBytes(UTF8));
  }

  private static final java.nio.charset.Charset UTF8 = java.nio.charset.StandardCharsets.UTF_8;

  private HttpResponse<String> get(URI base, String path) throws Exception {
    return client.send(HttpRequest.newBuilder(base.resolve(path)).build(),
        BodyHandlers.ofString());
  }

  @Test
  void checksAProgramAndAnswersWithTheReportAndTheFindings() throws Exception {
    URI base = start(Limits.DEFAULT);
    HttpResponse<String> r = check(base, MOVED);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"file\": \"Moved.java\""), r.body());
    assertTrue(r.body().contains("\"errors\": 1"), r.body());
    assertTrue(r.body().contains("\"code\": \"E0382\""), r.body());
    assertTrue(r.body().contains("use of moved value: `b`"), r.body());
    assertTrue(r.body().contains("\"line\": 9"), r.body());
    assertEmpty(temp);
  }

  @Test
  void aProgramThatDoesNotCompileGetsJavacsErrorsPlaced() throws Exception {
    URI base = start(Limits.DEFAULT);
    HttpResponse<String> r = check(base, "class Broken { void f() { int x = \"s\"; } }\n");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains("incompatible types"), r.body());
    assertTrue(r.body().contains("\"from\": 34"), r.body());
  }

  @Test
  void malformedRequestsGetAClear4xxAndTheServerGoesOn() throws Exception {
    URI base = start(Limits.DEFAULT);
    assertRefused(get(base, "api/check"), 405, "takes POST, not GET");
    assertRefused(post(base, null, MOVED.getBytes(UTF8)), 415, "Content-Type: text/plain");
    assertRefused(post(base, "application/json", "{}".getBytes(UTF8)), 415, "application/json");
    assertRefused(post(base, "text/plain", new byte[] {'c', (byte) 0xC3, '(', 'x'}), 400,
        "not valid UTF-8");
    assertRefused(check(base, "  \n"), 400, "empty");
    assertRefused(get(base, "no/such/page"), 404, "no such page: /no/such/page");
    assertRefused(get(base, "api/explain/E9999"), 404, "`E9999` is not a jborrow code");
    assertRefused(client.send(HttpRequest.newBuilder(base.resolve("api/examples"))
        .DELETE().build(), BodyHandlers.ofString()), 405, "takes GET");
    assertEquals(200, check(base, MOVED).statusCode());
  }

  @Test
  void servesTheExplanationsAndTheExamples() throws Exception {
    URI base = start(Limits.DEFAULT);
    HttpResponse<String> explain = get(base, "api/explain/e0502");
    assertEquals(200, explain.statusCode());
    assertTrue(explain.body().startsWith("# E0502"), explain.body());
    HttpResponse<String> examples = get(base, "api/examples");
    assertEquals(200, examples.statusCode());
    assertTrue(examples.body().contains("\"id\": \"book-Ch04_1_Move\""), examples.body());
    assertTrue(examples.body().contains("\"id\": \"errors-UseAfterFree\""), examples.body());
  }

  @Test
  void anOversizedProgramIsRefusedUnread() throws Exception {
    URI base = start(new Limits(1000, Duration.ofSeconds(30), 2));
    byte[] big = ("// " + "x".repeat(2000) + "\n" + MOVED).getBytes(UTF8);
    assertRefused(post(base, "text/plain", big), 413, "limit of 1000 bytes");
    assertEquals(200, check(base, MOVED).statusCode());
  }

  @Test
  void aCompileOverTheTimeLimitIsStoppedAndLeavesNothing() throws Exception {
    URI base = start(new Limits(1 << 20, Duration.ofMillis(1), 1));
    StringBuilder program = new StringBuilder("class Slow {\n");
    for (int i = 0; i < 300; i++) {
      program.append("  int m").append(i).append("(int a) { return a * ").append(i)
          .append(" + m").append(Math.max(0, i - 1)).append("(a - 1); }\n");
    }
    program.append("}\n");
    assertRefused(check(base, program.toString()), 422, "took longer than 1 ms");
    awaitEmpty(temp);
    // The stopped compile gives its slot back (429 until it has): the next check is refused
    // for its own time, and the rest of the server answers.
    HttpResponse<String> next = check(base, MOVED);
    for (long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        next.statusCode() == 429 && System.nanoTime() < deadline; next = check(base, MOVED)) {
      Thread.sleep(50);
    }
    assertRefused(next, 422, "took longer than 1 ms");
    assertEquals(200, get(base, "api/explain/E0382").statusCode());
    awaitEmpty(temp);
  }

  @Test
  void concurrentRequestsAreAllAnsweredWithinTheSlots() throws Exception {
    URI base = start(new Limits(64 * 1024, Duration.ofSeconds(120), 2));
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String program = MOVED.replace("Moved", "Moved" + i);
        answers.add(clients.submit((Callable<HttpResponse<String>>) () -> check(base, program)));
      }
      for (int i = 0; i < 8; i++) {
        HttpResponse<String> r = answers.get(i).get();
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"file\": \"Moved" + i + ".java\""), r.body());
        assertTrue(r.body().contains("\"code\": \"E0382\""), r.body());
      }
    } finally {
      clients.shutdownNow();
    }
    assertEmpty(temp);
  }

  private static void assertRefused(HttpResponse<String> r, int status, String says) {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"error\"") && r.body().contains(says), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
  }

  private static void assertEmpty(Path dir) throws IOException {
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of(), left.toList(), "files left behind in " + dir);
    }
  }

  /** A stopped compile ends at javac's next phase; its folder goes when it does. */
  private static void awaitEmpty(Path dir) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      try (Stream<Path> left = Files.list(dir)) {
        if (left.findAny().isEmpty()) {
          return;
        }
      }
      Thread.sleep(50);
    }
    assertEmpty(dir);
  }
}
