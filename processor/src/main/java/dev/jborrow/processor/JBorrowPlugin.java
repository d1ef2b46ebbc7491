package dev.jborrow.processor;

import com.google.auto.service.AutoService;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.Trees;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import javax.tools.Diagnostic;

/**
 * The same checker as a javac plugin, {@code -Xplugin:JBorrow}, for builds that run no other
 * annotation processor. Any processor makes javac enter every class again after its rounds, a
 * cost of several percent on a large build that a plugin does not pay (Error Prone runs as one
 * for that reason). Its options are its arguments: {@code -Xplugin:"JBorrow stats format=rustc"}.
 * When the processor is discovered as well, it leaves the compilation to the plugin.
 */
@AutoService(Plugin.class)
public final class JBorrowPlugin implements Plugin {

  /** The tasks a plugin checks; weak, since a task belongs to one compilation. */
  private static final Set<JavacTask> ACTIVE =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  /** Whether the plugin checks this compilation: the processor then stands aside. */
  static boolean checks(JavacTask task) {
    return ACTIVE.contains(task);
  }

  @Override
  public String getName() {
    return "JBorrow";
  }

  @Override
  public void init(JavacTask task, String... args) {
    ACTIVE.add(task);
    Options options = Options.parsePlugin(List.of(args));
    Trees trees = Trees.instance(task);
    UnplacedMessages messages = new UnplacedMessages(trees);
    task.addTaskListener(messages);
    for (String problem : options.problems()) {
      messages.print(Diagnostic.Kind.ERROR, "jborrow: " + problem);
    }
    if (options.problems().isEmpty()) {
      task.addTaskListener(new CompilationChecker(trees, task.getTypes(), task.getElements(),
          options, messages, null));
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

    /** A unit with no source file; javac asks it nothing else. */
    private static final CompilationUnitTree NO_FILE = (CompilationUnitTree)
        Proxy.newProxyInstance(JBorrowPlugin.class.getClassLoader(),
            new Class<?>[] {CompilationUnitTree.class}, (proxy, method, args) -> {
              if (method.getName().equals("getSourceFile")) {
                return null;
              }
              throw new UnsupportedOperationException(method.getName());
            });

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
        trees.printMessage(kind, message, anyUnit, NO_FILE);
      }
    }

    @Override
    public void started(TaskEvent e) {
      if (anyUnit == null && e.getCompilationUnit() != null) {
        anyUnit = e.getCompilationUnit();
        pending.forEach(p -> trees.printMessage(p.kind(), p.message(), anyUnit, NO_FILE));
        pending.clear();
      }
    }
  }
}
