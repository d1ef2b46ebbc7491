package dev.jborrow.processor.errors;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.Tree;
import dev.jborrow.processor.check.BodyContext;
import dev.jborrow.processor.diag.Code;
import dev.jborrow.processor.diag.Diagnostic;
import dev.jborrow.processor.diag.Span;
import javax.lang.model.element.VariableElement;

/** The wording of J0001. */
public final class LeakErrors {

  private final BodyContext body;

  public LeakErrors(BodyContext body) {
    this.body = body;
  }

  /**
   * @param lostAt where the value is lost (a block end, an overwrite), or null when it leaves
   *     the body with the path
   */
  public Diagnostic leak(VariableElement v, Tree acquired, Tree lostAt, boolean exceptional) {
    String name = v.getSimpleName().toString();
    Diagnostic.Builder d = Diagnostic.of(Code.J0001,
            "owned resource `" + name + "` is never closed or moved", body.span(acquired))
        .primaryLabel("`" + name + "` acquires the resource here");
    Span exit;
    String label;
    if (lostAt != null && !(lostAt instanceof BlockTree) && isAssignment(lostAt)) {
      exit = body.span(lostAt);
      label = "`" + name + "` is overwritten here while it still owns the resource";
    } else if (lostAt != null) {
      exit = body.endOf(lostAt);
      label = "`" + name + "` goes out of scope here without being closed";
    } else {
      exit = body.endOf(body.path().getLeaf());
      label = exceptional
          ? "a checked exception or `throw` leaves the method while `" + name + "` is open"
          : "the method ends while `" + name + "` is open";
    }
    return d.label(exit, label)
        .help("close it on every path: `try (var " + name + " = ...) { ... }`, or move it to an "
            + "owner that will")
        .build();
  }

  /** J0001 where ownership passes to code that never closes the resource. */
  public Diagnostic handedOff(VariableElement v, Tree at) {
    String name = v.getSimpleName().toString();
    return Diagnostic.of(Code.J0001, "owned resource `" + name + "` is never closed or moved",
            body.span(at))
        .primaryLabel("`" + name + "` moves into a task that never closes it")
        .help("spawn a lambda that closes it when done: `() -> { try (var c = " + name
            + ") { ... } }`")
        .build();
  }

  private static boolean isAssignment(Tree t) {
    return t.getKind() == Tree.Kind.ASSIGNMENT || t.getKind() == Tree.Kind.VARIABLE;
  }
}
