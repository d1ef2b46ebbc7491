package dev.jborrow.processor;

import com.google.auto.service.AutoService;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import dev.jborrow.processor.diag.Finding;
import java.util.Set;
import java.util.function.Consumer;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The javac entry point a build names in its {@code annotationProcessorPaths}. It claims no
 * annotation; it registers the {@link CompilationChecker} that checks each class when javac has
 * analysed it.
 */
@AutoService(Processor.class)
public final class JBorrowProcessor extends AbstractProcessor {

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
    if (JBorrowPlugin.checks(task)) {
      if (env.getOptions().keySet().stream().anyMatch(k -> k.startsWith(Options.PREFIX))) {
        env.getMessager().printMessage(Diagnostic.Kind.WARNING, "jborrow: -Xplugin:JBorrow "
            + "checks this compilation and takes its options as its arguments "
            + "(-Xplugin:\"JBorrow stats\"); the -Ajborrow options are ignored");
      }
      return;
    }
    for (String problem : options.problems()) {
      env.getMessager().printMessage(Diagnostic.Kind.ERROR, "jborrow: " + problem);
    }
    if (!options.problems().isEmpty()) {
      return;
    }
    CompilationChecker checker = new CompilationChecker(Trees.instance(env),
        env.getTypeUtils(), env.getElementUtils(), options,
        (kind, message) -> env.getMessager().printMessage(kind, message), listener);
    checker.prepare();
    task.addTaskListener(checker);
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return false;
  }
}
