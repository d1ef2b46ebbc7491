package dev.jborrow.processor.cli;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;

/**
 * {@code jborrow check --audit}: every {@code @SuppressWarnings("ownership")}, with where it is
 * and what it covers. The inventory of a program's unchecked code, like a list of Rust's
 * {@code unsafe} blocks. Reads syntax only, so it works on code that does not compile.
 */
final class Audit {

  private Audit() {}

  static int run(JavaCompiler javac, List<File> files, PrintStream out, PrintStream err) {
    int found = 0;
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null,
        StandardCharsets.UTF_8)) {
      JavacTask task = (JavacTask) javac.getTask(new StringWriter(), fm, d -> { }, List.of(),
          null, fm.getJavaFileObjectsFromFiles(files));
      SourcePositions positions = Trees.instance(task).getSourcePositions();
      for (CompilationUnitTree unit : task.parse()) {
        found += scan(unit, positions, out);
      }
    } catch (IOException e) {
      err.println("jborrow: " + e.getMessage());
      return 2;
    }
    out.println(found + " suppression" + (found == 1 ? "" : "s") + " of ownership checks");
    return 0;
  }

  private static int scan(CompilationUnitTree unit, SourcePositions positions, PrintStream out) {
    int[] count = {0};
    LineMap lines = unit.getLineMap();
    String file = unit.getSourceFile().getName();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitAnnotation(AnnotationTree a, Void unused) {
        String type = a.getAnnotationType().toString();
        if ((type.equals("SuppressWarnings") || type.equals("java.lang.SuppressWarnings"))
            && a.getArguments().toString().contains("\"ownership\"")) {
          long pos = positions.getStartPosition(unit, a);
          out.println(file + ":" + lines.getLineNumber(pos) + ":" + lines.getColumnNumber(pos)
              + ": " + describe(getCurrentPath().getParentPath().getParentPath().getLeaf()));
          count[0]++;
        }
        return null;
      }
    }.scan(unit, null);
    return count[0];
  }

  private static String describe(Tree owner) {
    if (owner instanceof ClassTree c) {
      return "class `" + c.getSimpleName() + "` is not checked";
    } else if (owner instanceof MethodTree m) {
      return "method `" + m.getName() + "` is not checked";
    } else if (owner instanceof VariableTree v) {
      return "variable `" + v.getName() + "` is not checked";
    }
    return "an unchecked " + owner.getKind().toString().toLowerCase(java.util.Locale.ROOT);
  }
}
