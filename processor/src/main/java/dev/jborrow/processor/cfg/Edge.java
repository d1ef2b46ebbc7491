package dev.jborrow.processor.cfg;

import com.sun.source.tree.ExpressionTree;
import javax.lang.model.type.TypeMirror;

/**
 * A transfer of control between blocks.
 *
 * @param condition for {@link Kind#TRUE} and {@link Kind#FALSE} edges, the condition that holds
 *     or fails along the edge (so that analyses can refine, e.g. {@code x != null}); else null
 * @param exception for {@link Kind#EXCEPTION} edges, the static type of what is thrown
 * @param explicitThrow for exception edges, whether a {@code throw} statement raises it (as
 *     opposed to a call that may throw)
 */
public record Edge(
    Block source,
    Block target,
    Kind kind,
    ExpressionTree condition,
    TypeMirror exception,
    boolean explicitThrow) {

  public enum Kind {
    NORMAL,
    TRUE,
    FALSE,
    EXCEPTION
  }

  public boolean isExceptional() {
    return kind == Kind.EXCEPTION;
  }

  @Override
  public String toString() {
    return source.id() + "->" + target.id() + (kind == Kind.NORMAL ? "" : " " + kind);
  }
}
