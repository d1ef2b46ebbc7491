package dev.jborrow.processor.cfg;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles a Java snippet in-process (parse + attribute + flow, no code generation, no
 * annotation processing) and builds the control-flow graph of a method of it, or of a lambda
 * inside a method. A snippet that javac rejects fails the test with javac's messages.
 */
public final class CfgTesting {

  private final Trees trees;
  private final Types types;
  private final Elements elements;
  private final List<CompilationUnitTree> units;

  private CfgTesting(JavacTask task, List<CompilationUnitTree> units) {
    this.trees = Trees.instance(task);
    this.types = task.getTypes();
    this.elements = task.getElements();
    this.units = units;
  }

  /** Compiles one compilation unit (any non-public top-level classes). */
  public static CfgTesting compile(String source) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject file = new SimpleJavaFileObject(
        URI.create("string:///Snippet.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    StringWriter out = new StringWriter();
    JavacTask task = (JavacTask) javac.getTask(out, null, diagnostics,
        List.of("-proc:none", "-Xlint:-options"), null, List.of(file));
    List<CompilationUnitTree> units = new ArrayList<>();
    try {
      task.parse().forEach(units::add);
      task.analyze();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add("line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
      }
    }
    if (!errors.isEmpty()) {
      throw new AssertionError("snippet does not compile:\n" + String.join("\n", errors)
          + "\n" + out);
    }
    return new CfgTesting(task, units);
  }

  /** The graph of the first method or constructor named {@code name}. */
  public ControlFlowGraph method(String name) {
    return new CfgBuilder(trees, types, elements).build(methodPath(name));
  }

  /** The graph of the {@code index}-th lambda (in source order) inside method {@code name}. */
  public ControlFlowGraph lambda(String method, int index) {
    List<TreePath> found = new ArrayList<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
        found.add(getCurrentPath());
        return super.visitLambdaExpression(node, unused);
      }
    }.scan(methodPath(method), null);
    if (index >= found.size()) {
      throw new AssertionError("no lambda #" + index + " in " + method);
    }
    return new CfgBuilder(trees, types, elements).build(found.get(index));
  }

  public TreePath methodPath(String name) {
    List<TreePath> found = new ArrayList<>();
    for (CompilationUnitTree unit : units) {
      new TreePathScanner<Void, Void>() {
        @Override
        public Void visitMethod(MethodTree node, Void unused) {
          if (found.isEmpty() && node.getName().contentEquals(name)) {
            found.add(getCurrentPath());
          }
          return super.visitMethod(node, unused);
        }
      }.scan(unit, null);
    }
    if (found.isEmpty()) {
      throw new AssertionError("no method " + name);
    }
    return found.get(0);
  }
}
