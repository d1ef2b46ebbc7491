package dev.jborrow.processor.diag;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;

/**
 * A range of source characters, {@code [start, end)}, with the tree it came from (javac needs
 * a tree to position a message).
 */
public record Span(Tree tree, long start, long end) {

  public static Span of(Tree tree, CompilationUnitTree unit, SourcePositions positions) {
    return new Span(tree, positions.getStartPosition(unit, tree),
        positions.getEndPosition(unit, tree));
  }

  /** The last character of the tree: the closing brace of a block, where its values drop. */
  public static Span endOf(Tree tree, CompilationUnitTree unit, SourcePositions positions) {
    long end = positions.getEndPosition(unit, tree);
    return new Span(tree, Math.max(end - 1, 0), end);
  }
}
