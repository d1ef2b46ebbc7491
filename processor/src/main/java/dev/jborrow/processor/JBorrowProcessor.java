package dev.jborrow.processor;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import dev.jborrow.processor.diag.Finding;
import dev.jborrow.processor.model.LibraryModels;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The checker as an annotation processor, for builds that name it ({@code -processor
 * dev.jborrow.processor.JBorrowProcessor}, Maven's {@code <annotationProcessors>}) and for the
 * command line. It claims no annotation; it registers the {@link CompilationChecker} that checks
 * each class when javac has analysed it.
 *
 * <p>It is deliberately not registered in {@code META-INF/services}: javac runs an
 * annotation-processing round, and enters every class twice more after it, as soon as it
 * discovers any processor, even one that does nothing. The jar's way in is the auto-started
 * {@link JBorrowPlugin}, which pays no such round; when both start, this processor, named on
 * purpose and reading the {@code -A} options, checks and the plugin stands aside.
 */
public final class JBorrowProcessor extends AbstractProcessor {

  /** The tasks this processor checks; weak, since a task belongs to one compilation. */
  private static final Set<JavacTask> CHECKING =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  /** Whether a processor checks this compilation: the plugin then stands aside. */
  static boolean checks(JavacTask task) {
    return CHECKING.contains(task);
  }

  private final Consumer<Finding> listener;

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
    Options options = Options.parse(env.getOptions());
    JavacTask task;
    try {
      task = JavacTask.instance(env);
    } catch (IllegalArgumentException | ClassCastException e) {
      env.getMessager().printMessage(Diagnostic.Kind.WARNING,
          "jborrow: this compiler is not javac, ownership is not checked");
      return;
    }
    if (!CHECKING.add(task)) {
      return; // named twice (-processor X,X): one check is enough
    }
    for (String problem : options.problems()) {
      env.getMessager().printMessage(Diagnostic.Kind.ERROR, "jborrow: " + problem);
    }
    if (!options.problems().isEmpty()) {
      return;
    }
    CompilationChecker checker = new CompilationChecker(Trees.instance(env),
        env.getTypeUtils(), env.getElementUtils(), options,
        (kind, message) -> env.getMessager().printMessage(kind, message), listener,
        () -> LibraryModels.withJdk(env.getTypeUtils(), env.getElementUtils()));
    checker.prepare();
    task.addTaskListener(checker);
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return false;
  }
}
