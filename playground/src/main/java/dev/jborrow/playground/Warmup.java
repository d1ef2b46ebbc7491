package dev.jborrow.playground;

/**
 * Checks one small program when the server starts, so that the first student's check does not
 * pay for loading javac and the platform's class index.
 */
final class Warmup {

  static final String PROGRAM = """
      import dev.jborrow.Owned;

      class Warmup {
          @Owned static final class Buffer implements AutoCloseable {
              @Override public void close() {}
          }

          static void use() {
              Buffer b = new Buffer();
              b.close();
              b.close();
          }
      }
      """;

  private Warmup() {}

  static void inBackground(Checker checker) {
    Thread t = new Thread(() -> {
      try {
        checker.check(PROGRAM);
      } catch (Exception e) {
        // Only a head start: the first real check does the same work if this one could not.
      }
    }, "jborrow-playground-warmup");
    t.setDaemon(true);
    t.start();
  }
}
