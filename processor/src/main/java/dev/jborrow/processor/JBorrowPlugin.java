package dev.jborrow.processor;

import com.google.auto.service.AutoService;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.Trees;
import dev.jborrow.processor.model.JdkModelLoad;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;

/**
 * The checker as a javac plugin: the jar's way in. javac 14 and newer start it without a flag
 * when they find the jar on the processor path ({@link #autoStart()}), so the one
 * {@code annotationProcessorPaths} entry a build adds is all it takes; a plugin runs in javac's
 * own pass and pays no annotation-processing round (Error Prone runs as one for that reason).
 * Its options are its arguments, given by naming it: {@code -Xplugin:"JBorrow stats
 * format=rustc"}. javac gives a plugin no public access to the {@code -A} options; they reach
 * the checker through the processor, when a build names it, and the plugin warns of those it
 * can see ({@link StrayOptions}). When the processor checks the
 * compilation, the plugin stands aside and says so if it was given arguments.
 */
@AutoService(Plugin.class)
public final class JBorrowPlugin implements Plugin {

  @Override
  public String getName() {
    return "JBorrow";
  }

  @Override
  public boolean autoStart() {
    return true;
  }

  @Override
  public void init(JavacTask task, String... args) {
    Trees trees = Trees.instance(task);
    UnplacedMessages messages = new UnplacedMessages(trees);
    task.addTaskListener(messages);
    task.addTaskListener(new Door(task, trees, List.of(args), messages,
        JdkModelLoad.start(task.getTypes(), task.getElements())));
  }

  /**
   * Decides at the first class javac has analysed, when any processor has been initialised,
   * whether the plugin checks this compilation, and then forwards every event to its checker.
   */
  private static final class Door implements TaskListener {

    private final JavacTask task;
    private final Trees trees;
    private final List<String> args;
    private final UnplacedMessages messages;
    private final JdkModelLoad jdkModels;
    private boolean decided;
    private CompilationChecker checker;

    Door(JavacTask task, Trees trees, List<String> args, UnplacedMessages messages,
        JdkModelLoad jdkModels) {
      this.jdkModels = jdkModels;
      this.task = task;
      this.trees = trees;
      this.args = args;
      this.messages = messages;
    }

    @Override
    public void finished(TaskEvent e) {
      if (e.getKind() != TaskEvent.Kind.ANALYZE && e.getKind() != TaskEvent.Kind.COMPILATION) {
        return;
      }
      if (!decided) {
        decided = true;
        checker = decide();
      }
      if (checker != null) {
        checker.finished(e);
      }
    }

    private CompilationChecker decide() {
      if (JBorrowProcessor.checks(task)) {
        if (!args.isEmpty()) {
          messages.print(Diagnostic.Kind.MANDATORY_WARNING, "jborrow: the processor checks "
              + "this compilation with its -Ajborrow options; the arguments of -Xplugin:JBorrow "
              + "are ignored: " + String.join(" ", args));
        }
        return null;
      }
      String stray = StrayOptions.warning(StrayOptions.ofThisProcess());
      if (stray != null) {
        messages.print(Diagnostic.Kind.MANDATORY_WARNING, stray);
      }
      Options options = Options.parsePlugin(args);
      for (String problem : options.problems()) {
        messages.print(Diagnostic.Kind.ERROR, "jborrow: " + problem);
      }
      if (!options.problems().isEmpty()) {
        return null;
      }
      return new CompilationChecker(trees, task.getTypes(), task.getElements(), options,
          messages, null, jdkModels::join);
    }
  }

  /**
   * Messages that belong to no line, printed as javac prints its own ("error: ..."). A plugin has
   * no {@code Messager}; {@code Trees.printMessage} drops the position when the unit it is given
   * has no source file. It still needs some real tree, so a message waits for the first unit
   * javac has parsed.
   */
  private static final class UnplacedMessages implements TaskListener,
      CompilationChecker.Messages {

    private record Pending(Diagnostic.Kind kind, String message) {}

    /**
     * A unit with no source file; javac asks it nothing else. Made at the first message (a
     * holder class): generating a proxy class costs a cold JVM some 10 ms, and most
     * compilations print no such message.
     */
    private static final class NoFile {
      static final CompilationUnitTree UNIT = (CompilationUnitTree)
          Proxy.newProxyInstance(JBorrowPlugin.class.getClassLoader(),
              new Class<?>[] {CompilationUnitTree.class}, (proxy, method, args) -> {
                if (method.getName().equals("getSourceFile")) {
                  return null;
                }
                throw new UnsupportedOperationException(method.getName());
              });
    }

    private final Trees trees;
    private final List<Pending> pending = new ArrayList<>();
    private CompilationUnitTree anyUnit;

    UnplacedMessages(Trees trees) {
      this.trees = trees;
    }

    @Override
    public void print(Diagnostic.Kind kind, String message) {
      if (anyUnit == null) {
        pending.add(new Pending(kind, message));
      } else {
        trees.printMessage(kind, message, anyUnit, NoFile.UNIT);
      }
    }

    @Override
    public void started(TaskEvent e) {
      if (anyUnit == null && e.getCompilationUnit() != null) {
        anyUnit = e.getCompilationUnit();
        pending.forEach(p -> trees.printMessage(p.kind(), p.message(), anyUnit, NoFile.UNIT));
        pending.clear();
      }
    }
  }
}
