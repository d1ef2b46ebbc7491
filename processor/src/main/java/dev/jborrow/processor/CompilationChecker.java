package dev.jborrow.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.jborrow.processor.check.BodyChecker;
import dev.jborrow.processor.check.contracts.DeclarationChecks;
import dev.jborrow.processor.check.contracts.DeclarationSites;
import dev.jborrow.processor.diag.Finding;
import dev.jborrow.processor.diag.JavacReporter;
import dev.jborrow.processor.diag.SarifRenderer;
import dev.jborrow.processor.model.Contracts;
import dev.jborrow.processor.model.LibraryModels;
import dev.jborrow.processor.model.SpawnPoints;
import dev.jborrow.processor.model.Tracking;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * One compilation's checker, whichever way javac started it (the processor or the plugin): it
 * checks each top-level class when javac has attributed and flow-checked it (the ANALYZE event),
 * scanning only that class's own tree, since sibling classes of the same file may already be
 * lowered by then.
 */
final class CompilationChecker implements TaskListener {

  /** Where a message that belongs to no source line goes (javac's "error: ..." lines). */
  interface Messages {
    void print(Diagnostic.Kind kind, String message);
  }

  private final Trees trees;
  private final Types types;
  private final Elements elements;
  private final Options options;
  private final Messages messages;
  private final Consumer<Finding> listener;
  private final List<Finding> sarif = new ArrayList<>();
  /** The source roots of the classes checked, which name this compilation's SARIF run. */
  private final SortedSet<Path> sourceRoots = new TreeSet<>();
  private final Stats stats;
  /** Built at the first class: the models resolve JDK types, which javac has by then. */
  private BodyChecker bodies;
  private ClassAnalyzer analyzer;
  private DeclarationSites sites;

  /** The library models with the JDK's read; the plugin reads them while javac parses. */
  private final Supplier<LibraryModels> jdkModels;

  CompilationChecker(Trees trees, Types types, Elements elements, Options options,
      Messages messages, Consumer<Finding> listener, Supplier<LibraryModels> jdkModels) {
    this.jdkModels = jdkModels;
    this.trees = trees;
    this.types = types;
    this.elements = elements;
    this.options = options;
    this.messages = messages;
    this.listener = listener;
    this.stats = new Stats(options.stats());
  }

  /**
   * Builds the checker now, and reports what is wrong with the models and spawn points given in
   * the options. The processor calls it at once, the plugin at its first class.
   */
  void prepare() {
    if (bodies != null) {
      return;
    }
    LibraryModels models = jdkModels.get();
    for (String nameOrPath : options.models()) {
      models.load(nameOrPath);
    }
    for (LibraryModels.Problem p : models.problems()) {
      messages.print(Diagnostic.Kind.ERROR, "[J0004] invalid ownership model: " + p);
    }
    Tracking tracking = new Tracking(types, elements, models, options.stress());
    Contracts contracts = new Contracts(tracking, models, types);
    SpawnPoints spawnPoints = new SpawnPoints(types, elements, options.spawnPoints());
    for (String problem : spawnPoints.problems()) {
      messages.print(Diagnostic.Kind.ERROR, "jborrow: "
          + options.syntax().spell("jborrow.spawnPoints") + ": " + problem);
    }
    bodies = new BodyChecker(trees, types, elements, tracking, contracts, spawnPoints);
    sites = new DeclarationSites(trees);
    analyzer = new ClassAnalyzer(trees, elements, bodies,
        new DeclarationChecks(trees, types, elements, tracking, contracts, sites));
  }

  @Override
  public void finished(TaskEvent e) {
    if (e.getKind() == TaskEvent.Kind.ANALYZE) {
      prepare();
      analyzeTopLevel(e);
    } else if (e.getKind() == TaskEvent.Kind.COMPILATION) {
      prepare();
      if (options.stats()) {
        messages.print(Diagnostic.Kind.NOTE, stats.summary(bodies));
      }
      if (options.sarif() != null) {
        writeSarif();
      }
    }
  }

  private void analyzeTopLevel(TaskEvent e) {
    TypeElement type = e.getTypeElement();
    if (type == null || e.getCompilationUnit() == null) {
      return;
    }
    ElementKind owner = type.getEnclosingElement().getKind();
    if (owner != ElementKind.PACKAGE && owner != ElementKind.MODULE) {
      return; // nested classes are scanned with their top-level class
    }
    if (options.sarif() != null) {
      SarifFiles.sourceRoot(e.getCompilationUnit()).ifPresent(sourceRoots::add);
    }
    TreePath path = pathOf(type, e.getCompilationUnit());
    if (path == null) {
      return;
    }
    long start = System.nanoTime();
    long cpuAtStart = stats.cpuNow();
    Consumer<Finding> sink = f -> {
      if (listener != null) {
        listener.accept(f);
      }
      if (options.sarif() != null) {
        sarif.add(f);
      }
    };
    JavacReporter reporter = new JavacReporter(trees, e.getCompilationUnit(), options.warnOnly(),
        options.stress(), options.format() == Options.Format.RUSTC, sink);
    try {
      analyzer.analyze(path, reporter);
      reporter.flush();
    } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError failure) {
      // Each body is guarded on its own; this catches what fails around them (reporting,
      // rendering), so that javac still never sees an exception from us.
      trees.printMessage(Diagnostic.Kind.WARNING, "[J0999] internal error while checking `"
          + type.getQualifiedName() + "`: " + failure, path.getLeaf(), e.getCompilationUnit());
    }
    stats.add(System.nanoTime() - start, cpuAtStart, reporter);
  }

  /**
   * The path to a top-level class: found among its unit's declarations, which is what
   * {@code trees.getPath(type)} finds too, without searching the whole unit's tree for it.
   */
  private TreePath pathOf(TypeElement type, CompilationUnitTree unit) {
    TreePath unitPath = new TreePath(unit);
    for (Tree t : unit.getTypeDecls()) {
      TreePath p = new TreePath(unitPath, t);
      if (type.equals(trees.getElement(p))) {
        return p;
      }
    }
    return trees.getPath(type);
  }

  private void writeSarif() {
    SarifFiles.Target target = SarifFiles.target(Path.of(options.sarif()), sourceRoots);
    String option = options.syntax().spell("jborrow.sarif") + "=" + options.sarif();
    try {
      if (target.file().getParent() != null) {
        Files.createDirectories(target.file().getParent());
      }
      String replaced = SarifFiles.runIdIn(target.file());
      if (replaced != null && !replaced.equals(target.runId())) {
        messages.print(Diagnostic.Kind.MANDATORY_WARNING, "jborrow: " + option
            + " held the findings of another compilation (" + replaced + "), now replaced by "
            + "this one's (" + target.runId() + "); give a directory instead of a file ("
            + options.syntax().spell("jborrow.sarif") + "=target/jborrow-sarif/) to keep one "
            + "file per compilation");
      }
      Files.writeString(target.file(), SarifRenderer.render(sarif, target.runId()));
    } catch (IOException | RuntimeException e) {
      messages.print(Diagnostic.Kind.ERROR, "jborrow: cannot write " + option + ": "
          + e.getMessage());
    }
  }
}
