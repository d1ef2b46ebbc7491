package dev.jborrow.playground;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import dev.jborrow.Owned;
import dev.jborrow.processor.JBorrowProcessor;
import dev.jborrow.processor.diag.Finding;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Checks one program at a time per slot with a javac that stays warm in this JVM: its file
 * managers (which hold the platform's class index) are kept and reused, and the JIT has compiled
 * javac after the first checks. Nothing is run: javac only parses and attributes the program,
 * with jborrow as its one annotation processor, and whatever it might write goes to a temporary
 * folder deleted before the slot is given back.
 */
public final class Checker implements AutoCloseable {

  /** Too many checks at once: the caller may retry. */
  public static final class BusyException extends Exception {
    private static final long serialVersionUID = 1L;

    BusyException(String message) {
      super(message);
    }
  }

  /** The program could not be checked: too slow, or javac itself gave up on it. */
  public static final class RejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    RejectedException(String message) {
      super(message);
    }
  }

  /** CPU time of the compiling thread: what a check costs, whatever else the machine runs. */
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private final JavaCompiler javac;
  private final Limits limits;
  private final Path tempParent;
  private final String annotationsPath;
  private final Semaphore slots;
  private final BlockingQueue<StandardJavaFileManager> managers;
  private final ExecutorService workers;

  /**
   * @param tempParent where each compile's temporary folder is made (the system's by default)
   */
  public Checker(Limits limits, Path tempParent) {
    this.javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("this Java runtime has no compiler; run it with a JDK");
    }
    this.limits = limits;
    this.tempParent = tempParent;
    this.annotationsPath = locationOf(Owned.class);
    this.slots = new Semaphore(limits.maxConcurrent(), true);
    this.managers = new ArrayBlockingQueue<>(limits.maxConcurrent());
    for (int i = 0; i < limits.maxConcurrent(); i++) {
      managers.add(javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8));
    }
    this.workers = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "jborrow-playground-javac");
      t.setDaemon(true);
      return t;
    });
  }

  public Limits limits() {
    return limits;
  }

  /**
   * Checks {@code source}, waiting for a free slot at most the compile time limit. A compile
   * that overruns the limit is told to stop at javac's next phase; it keeps its slot until it
   * does, so that runaway compiles cannot pile up.
   */
  public CheckResult check(String source) throws BusyException, RejectedException,
      InterruptedException {
    long timeout = limits.compileTimeout().toMillis();
    if (!slots.tryAcquire(timeout, TimeUnit.MILLISECONDS)) {
      throw new BusyException("the playground is checking " + limits.maxConcurrent()
          + " program(s) already; try again in a moment");
    }
    AtomicBoolean cancelled = new AtomicBoolean();
    Future<CheckResult> running;
    try {
      running = workers.submit(() -> {
        try {
          return compile(source, cancelled);
        } finally {
          slots.release();
        }
      });
    } catch (RuntimeException e) {
      slots.release();
      throw e;
    }
    try {
      return running.get(timeout, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      cancelled.set(true);
      throw new RejectedException("checking took longer than " + timeout
          + " ms, the playground's limit; make the program smaller");
    } catch (ExecutionException e) {
      throw new RejectedException("javac gave up on this program: " + e.getCause());
    }
  }

  private CheckResult compile(String source, AtomicBoolean cancelled) throws IOException {
    long started = System.nanoTime();
    long cpuStarted = CPU.getCurrentThreadCpuTime();
    String name = ProgramName.of(source);
    StandardJavaFileManager fm = managers.remove();
    Path out = Files.createTempDirectory(tempParent, "jborrow-playground-");
    try {
      fm.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
      fm.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(out.toFile()));
      fm.setLocation(StandardLocation.SOURCE_PATH, List.of());
      fm.setLocation(StandardLocation.CLASS_PATH, List.of(new File(annotationsPath)));
      List<Finding> findings = new ArrayList<>();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      JavacTask task = (JavacTask) javac.getTask(Writer.nullWriter(), fm, diagnostics,
          List.of("-Xlint:none", "-Xmaxerrs", "100", "-implicit:none"), null,
          List.of(new Program(name, source)));
      // Only jborrow: no processor of the class path is looked for, none of the user's runs.
      task.setProcessors(List.of(new JBorrowProcessor(findings::add)));
      task.addTaskListener(new StopWhenCancelled(cancelled));
      task.analyze();
      return CheckResult.of(name, source, findings, diagnostics.getDiagnostics(),
          (System.nanoTime() - started) / 1_000_000,
          (CPU.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000);
    } finally {
      delete(out);
      managers.add(fm);
    }
  }

  /** Ends javac at its next event once the caller has given up waiting. */
  private record StopWhenCancelled(AtomicBoolean cancelled) implements TaskListener {
    @Override
    public void started(TaskEvent e) {
      stopIfCancelled();
    }

    @Override
    public void finished(TaskEvent e) {
      stopIfCancelled();
    }

    private void stopIfCancelled() {
      if (cancelled.get()) {
        throw new IllegalStateException("compile cancelled: over the time limit");
      }
    }
  }

  /** The program as javac reads it, from memory. */
  private static final class Program extends SimpleJavaFileObject {
    private final String text;

    Program(String name, String text) {
      super(URI.create("string:///" + name), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The jar (or classes folder) a class was loaded from: the programs' class path. */
  private static String locationOf(Class<?> c) {
    java.security.CodeSource code = c.getProtectionDomain().getCodeSource();
    if (code == null) {
      throw new IllegalStateException("cannot find where " + c.getName() + " was loaded from");
    }
    try {
      return Path.of(code.getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot find where " + c.getName() + " was loaded from", e);
    }
  }

  @Override
  public void close() throws IOException {
    workers.shutdownNow();
    for (StandardJavaFileManager fm : managers) {
      fm.close();
    }
  }
}
