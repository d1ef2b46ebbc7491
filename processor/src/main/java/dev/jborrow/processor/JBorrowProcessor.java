package dev.jborrow.processor;

import com.google.auto.service.AutoService;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.jborrow.processor.check.BodyChecker;
import dev.jborrow.processor.diag.Finding;
import dev.jborrow.processor.diag.SarifRenderer;
import dev.jborrow.processor.diag.JavacReporter;
import dev.jborrow.processor.model.Contracts;
import dev.jborrow.processor.model.LibraryModels;
import dev.jborrow.processor.model.SpawnPoints;
import dev.jborrow.processor.model.Tracking;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The javac entry point. It claims no annotation; it registers a listener that checks each
 * top-level class when javac has attributed and flow-checked it (the ANALYZE event), scanning
 * only that class's own tree: sibling classes of the same file may already be lowered by then.
 */
@AutoService(Processor.class)
public final class JBorrowProcessor extends AbstractProcessor {

  private Options options;
  private Stats stats;
  private final Consumer<Finding> listener;
  private final List<Finding> sarif = new ArrayList<>();

  /** The processor javac discovers. */
  public JBorrowProcessor() {
    this(null);
  }

  /** A processor that also hands every finding to {@code listener} (the command line). */
  public JBorrowProcessor(Consumer<Finding> listener) {
    this.listener = listener;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Options.NAMES;
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    options = Options.parse(env.getOptions());
    for (String problem : options.problems()) {
      env.getMessager().printMessage(Diagnostic.Kind.ERROR, "jborrow: " + problem);
    }
    if (!options.problems().isEmpty()) {
      return;
    }
    JavacTask task;
    try {
      task = JavacTask.instance(env);
    } catch (IllegalArgumentException | ClassCastException e) {
      env.getMessager().printMessage(Diagnostic.Kind.WARNING,
          "jborrow: this compiler is not javac, ownership is not checked");
      return;
    }
    Trees trees = Trees.instance(env);
    LibraryModels models = new LibraryModels(env.getTypeUtils(), env.getElementUtils());
    models.loadJdk(false);
    for (String path : options.models()) {
      models.loadFile(path);
    }
    for (LibraryModels.Problem p : models.problems()) {
      env.getMessager().printMessage(Diagnostic.Kind.ERROR,
          "[J0004] invalid ownership model: " + p);
    }
    Tracking tracking = new Tracking(env.getTypeUtils(), env.getElementUtils(), models,
        options.stress());
    Contracts contracts = new Contracts(tracking, models, env.getTypeUtils(),
        env.getElementUtils());
    SpawnPoints spawnPoints = new SpawnPoints(env.getTypeUtils(), env.getElementUtils(),
        options.spawnPoints());
    for (String problem : spawnPoints.problems()) {
      env.getMessager().printMessage(Diagnostic.Kind.ERROR, "jborrow: " + problem);
    }
    BodyChecker bodies = new BodyChecker(trees, env.getTypeUtils(), env.getElementUtils(),
        tracking, contracts, spawnPoints);
    ClassAnalyzer analyzer = new ClassAnalyzer(trees, env.getElementUtils(), bodies,
        new DeclarationChecks(trees, env.getTypeUtils(), env.getElementUtils(), tracking,
            contracts));
    stats = new Stats();
    task.addTaskListener(new TaskListener() {
      @Override
      public void finished(TaskEvent e) {
        if (e.getKind() == TaskEvent.Kind.ANALYZE) {
          analyzeTopLevel(e, trees, analyzer, bodies);
        } else if (e.getKind() == TaskEvent.Kind.COMPILATION) {
          if (options.stats()) {
            env.getMessager().printMessage(Diagnostic.Kind.NOTE, stats.summary(bodies));
          }
          if (options.sarif() != null) {
            writeSarif(env);
          }
        }
      }
    });
  }

  private void analyzeTopLevel(TaskEvent e, Trees trees, ClassAnalyzer analyzer,
      BodyChecker bodies) {
    TypeElement type = e.getTypeElement();
    if (type == null || e.getCompilationUnit() == null) {
      return;
    }
    ElementKind owner = type.getEnclosingElement().getKind();
    if (owner != ElementKind.PACKAGE && owner != ElementKind.MODULE) {
      return; // nested classes are scanned with their top-level class
    }
    TreePath path = pathOf(type, e.getCompilationUnit(), trees);
    if (path == null) {
      return;
    }
    long start = System.nanoTime();
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
    } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError failure) {
      // Each body is guarded on its own; this catches what fails around them (reporting,
      // rendering), so that javac still never sees an exception from us.
      trees.printMessage(Diagnostic.Kind.WARNING, "[J0999] internal error while checking `"
          + type.getQualifiedName() + "`: " + failure, path.getLeaf(), e.getCompilationUnit());
    }
    stats.add(System.nanoTime() - start, reporter);
  }

  /**
   * The path to a top-level class: found among its unit's declarations, which is what
   * {@code trees.getPath(type)} finds too, without searching the whole unit's tree for it.
   */
  private static TreePath pathOf(TypeElement type, CompilationUnitTree unit, Trees trees) {
    TreePath unitPath = new TreePath(unit);
    for (Tree t : unit.getTypeDecls()) {
      TreePath p = new TreePath(unitPath, t);
      if (type.equals(trees.getElement(p))) {
        return p;
      }
    }
    return trees.getPath(type);
  }

  private void writeSarif(ProcessingEnvironment env) {
    Path path = Path.of(options.sarif());
    try {
      if (path.getParent() != null) {
        Files.createDirectories(path.getParent());
      }
      Files.writeString(path, SarifRenderer.render(sarif));
    } catch (IOException | RuntimeException e) {
      env.getMessager().printMessage(Diagnostic.Kind.ERROR,
          "jborrow: cannot write -Ajborrow.sarif=" + options.sarif() + ": " + e.getMessage());
    }
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return false;
  }
}
