package dev.jborrow.processor.cfg;

import com.sun.source.tree.Tree;

/**
 * A construct the graph builder does not know. The method is then reported with J0999 rather
 * than checked on a graph that would be wrong.
 */
public final class UnsupportedConstructException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Tree tree;

  public UnsupportedConstructException(Tree tree, String what) {
    super(what + " (" + tree.getKind() + ")");
    this.tree = tree;
  }

  public Tree tree() {
    return tree;
  }
}
