package dev.jborrow.processor.diag;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import java.io.IOException;

/**
 * A range of source characters, {@code [start, end)}, with the tree it came from (javac needs
 * a tree to position a message).
 */
public record Span(Tree tree, long start, long end) {

  /**
   * The span a diagnostic about {@code tree} underlines: the whole expression or statement; for
   * a method or class, its name (where javac points too); for a variable, its declaration
   * from the type on, without the annotations that may stand on lines of their own.
   */
  public static Span of(Tree tree, CompilationUnitTree unit, SourcePositions positions) {
    long start = positions.getStartPosition(unit, tree);
    long end = positions.getEndPosition(unit, tree);
    if (tree instanceof MethodTree m) {
      return methodName(m, unit, nameFrom(m, unit, positions), start, end);
    }
    if (tree instanceof ClassTree c) {
      return named(tree, unit, positions, c.getModifiers(), c.getSimpleName().toString(), start,
          end);
    }
    if (tree instanceof VariableTree v) {
      return writesType(v, unit, positions)
          ? new Span(tree, positions.getStartPosition(unit, v.getType()), end)
          : declaredName(tree, unit, positions, v, start, end);
    }
    return new Span(tree, start, end);
  }

  /**
   * Where a method's name may start: after its return type, or its modifiers for a
   * constructor, whose name is its class's.
   */
  private static long nameFrom(MethodTree m, CompilationUnitTree unit, SourcePositions positions) {
    Tree before = m.getReturnType() != null ? m.getReturnType() : m.getModifiers();
    return positions.getEndPosition(unit, before);
  }

  /**
   * A method's name, which stands just before the first {@code (} after {@code from}; the whole
   * method ({@code start} to {@code end}) when the text does not show it.
   */
  private static Span methodName(Tree tree, CompilationUnitTree unit, long from, long start,
      long end) {
    String text = text(unit);
    int paren = from < 0 || text == null ? -1 : text.indexOf('(', (int) from);
    int nameEnd = paren;
    while (nameEnd > from && Character.isWhitespace(text.charAt(nameEnd - 1))) {
      nameEnd--;
    }
    int nameStart = nameEnd;
    while (nameStart > from && Character.isJavaIdentifierPart(text.charAt(nameStart - 1))) {
      nameStart--;
    }
    return paren < 0 || nameStart == nameEnd || nameEnd > end ? new Span(tree, start, end)
        : new Span(tree, nameStart, nameEnd);
  }

  /**
   * The name of a method declared from {@code start} to {@code end}, found by the text alone:
   * the first whole word {@code name} followed by {@code (}. For a method whose tree javac no
   * longer holds; the whole method when the text does not show it.
   */
  public static Span methodNamed(CompilationUnitTree unit, CharSequence name, long start,
      long end) {
    String text = text(unit);
    String word = name.toString();
    if (text != null && start >= 0) {
      for (int at = text.indexOf(word, (int) start); at >= 0 && at < end;
          at = text.indexOf(word, at + 1)) {
        int after = at + word.length();
        while (after < end && Character.isWhitespace(text.charAt(after))) {
          after++;
        }
        if ((at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1)))
            && after < text.length() && text.charAt(after) == '(') {
          return new Span(null, at, at + word.length());
        }
      }
    }
    return new Span(null, start, end);
  }

  /** The last character of the tree: the closing brace of a block, where its values drop. */
  public static Span endOf(Tree tree, CompilationUnitTree unit, SourcePositions positions) {
    long end = positions.getEndPosition(unit, tree);
    return new Span(tree, Math.max(end - 1, 0), end);
  }

  /**
   * Whether a declaration names its type: not {@code var} (which javac 17 gives no position
   * and javac 25 the keyword's), not a lambda's implicit parameter.
   */
  public static boolean writesType(VariableTree v, CompilationUnitTree unit,
      SourcePositions positions) {
    long typeStart = v.getType() == null ? -1 : positions.getStartPosition(unit, v.getType());
    if (typeStart < 0) {
      return false;
    }
    String text = text(unit);
    int after = (int) typeStart + 3;
    boolean isVar = text != null && text.startsWith("var", (int) typeStart)
        && (after >= text.length() || !Character.isJavaIdentifierPart(text.charAt(after)));
    return !isVar;
  }

  /**
   * A variable whose type is not in the source ({@code var x = ..}, a lambda's {@code x ->})
   * from its name on, where javac points: the first whole word equal to the name after the
   * modifiers; the whole tree if not found.
   */
  private static Span declaredName(Tree tree, CompilationUnitTree unit,
      SourcePositions positions, VariableTree v, long start, long end) {
    String text = text(unit);
    String name = v.getName().toString();
    long from = Math.max(start, positions.getEndPosition(unit, v.getModifiers()));
    if (text == null || from < 0) {
      return new Span(tree, start, end);
    }
    for (int at = text.indexOf(name, (int) from); at >= 0 && at < end;
        at = text.indexOf(name, at + 1)) {
      int after = at + name.length();
      if ((at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1)))
          && (after >= text.length() || !Character.isJavaIdentifierPart(text.charAt(after)))) {
        return new Span(tree, at, Math.max(after, end));
      }
    }
    return new Span(tree, start, end);
  }

  /** The first {@code name} after {@code before}; the whole tree when it cannot be found. */
  private static Span named(Tree tree, CompilationUnitTree unit, SourcePositions positions,
      Tree before, String name, long start, long end) {
    long from = before == null ? -1 : positions.getEndPosition(unit, before);
    String text = text(unit);
    int at = from < 0 || text == null ? -1 : text.indexOf(name, (int) from);
    return at < 0 || at >= end ? new Span(tree, start, end)
        : new Span(tree, at, at + name.length());
  }

  private static String text(CompilationUnitTree unit) {
    try {
      return unit.getSourceFile().getCharContent(true).toString();
    } catch (IOException e) {
      return null;
    }
  }
}
