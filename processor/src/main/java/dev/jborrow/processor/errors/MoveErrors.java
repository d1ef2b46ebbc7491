package dev.jborrow.processor.errors;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.MemberReferenceTree;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.diag.Code;
import dev.jborrow.processor.diag.Diagnostic;
import dev.jborrow.processor.diag.Span;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.model.Tracking;
import java.util.Map;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/** The wording of move errors: E0382, E0507, E0508, J0002. */
public final class MoveErrors {

  private final Spans body;

  private final Tracking tracking;

  public MoveErrors(Spans body, Tracking tracking) {
    this.body = body;
    this.tracking = tracking;
  }

  /**
   * E0382 at {@code use}; each move that reaches it is labelled, "in previous iteration of
   * loop" when it only reaches it around a loop.
   */
  public Diagnostic useAfterMove(Effect use, Place used, Map<Effect.Move, Boolean> moves) {
    Place moved = moves.keySet().iterator().next().place();
    Place named = moved.startsWith(used) && !moved.equals(used) ? used : moved;
    String partially = moved.startsWith(used) && !moved.equals(used) ? "partially " : "";
    Diagnostic.Builder d = Diagnostic.of(Code.E0382,
            "use of " + partially + "moved value: `" + named.display() + "`", body.span(use.at()))
        .primaryLabel("value used here after " + (partially.isEmpty() ? "move" : "partial move"));
    for (Map.Entry<Effect.Move, Boolean> m : moves.entrySet()) {
      String label = m.getKey().kind() == Effect.MoveKind.CAPTURE
          ? "value moved into closure here" : "value moved here";
      if (m.getValue()) {
        label += ", in previous iteration of loop";
      }
      d.label(body.span(m.getKey().at()), label);
    }
    if (named.isRoot() && named.root() instanceof VariableElement v) {
      Span declared = body.declaredName(v);
      if (declared != null && !declared.equals(body.span(use.at()))) {
        d.label(declared, "move occurs because `" + v.getSimpleName() + "` "
            + (Tracking.isBorrowingType(v.asType())
                ? "has type `" + simpleType(v.asType())
                    + "`, a borrowing class (`@Borrowed`): its values move as owned ones do"
                : tracking.isTrackedType(v.asType())
                ? "has type `" + simpleType(v.asType()) + "`, which is `@Owned`"
                : tracking.ownsByValue(v)
                ? "owns the resource it was given, whatever its declared type"
                : "is declared `@Owned`"));
      }
    }
    Effect.Move first = moves.keySet().iterator().next();
    d.note(why(first, moved));
    switch (first.kind()) {
      case ARGUMENT -> d.help("if `" + (first.callee() == null ? "the callee" : first.callee())
          + "` only needs to read the value, let it borrow: remove `@Owned` from its parameter");
      case CAPTURE -> d.help("give each task its own value, or share a thread-safe type that "
          + "is not tracked (an AtomicInteger, a ConcurrentHashMap)");
      case ASSIGN -> d.help("to keep using `" + moved.display() + "`, declare the new variable "
          + "`@Borrowed` instead of moving the value into it");
      default -> { }
    }
    return d.build();
  }

  /** {@code Buffer}, {@code Box<Conn>}: a type as its declaration names it. */
  private static String simpleType(TypeMirror t) {
    return t.toString().replaceAll("(?:[\\w$]+\\.)+", "");
  }

  /** Why the value moved, named as rustc names it. */
  private static String why(Effect.Move m, Place moved) {
    String name = "`" + moved.display() + "`";
    String callee = m.callee() == null ? "the call" : "`" + m.callee() + "`";
    return switch (m.kind()) {
      case ASSIGN -> name + " moved into the new variable: it has one owner at a time";
      case ARGUMENT -> callee + " takes ownership of its `@Owned` parameter, which moves " + name;
      case RETURN -> name + " moved out of the method by the return";
      case CONSUME -> callee + " takes ownership of its receiver (it is `@Consumes`, or "
          + "`close()`), which moves " + name;
      case THROW -> name + " moved out by the throw";
      case STORE -> name + " moved into the object or array that stores it";
      case CAPTURE -> name + " moved into the closure, which runs on another thread";
    };
  }

  /**
   * E0507: a field moved out of a mutable borrow that is left empty when the method returns:
   * the caller would find it moved.
   */
  public Diagnostic notRestored(Effect.Move m) {
    String name = m.place().display();
    return Diagnostic.of(Code.E0507, "cannot move out of `" + name
            + "`, which is behind a mutable reference", body.span(m.at()))
        .primaryLabel("move occurs here")
        .note("`" + name + "` is not given a new value on every path before the method returns, "
            + "so the caller would find it moved")
        .help("give `" + name + "` its new value first: `var old = " + name + "; " + name
            + " = replacement; old.close();` (Rust's `mem::replace`)")
        .build();
  }

  /** What an illegal move moves; a value that is no place (a call's result) by its expression. */
  static String movedName(Effect.IllegalMove m) {
    return m.place() != null ? m.place().display()
        : m.at() instanceof AssignmentTree a ? a.getExpression().toString() : m.at().toString();
  }

  /** E0507, E0508 or J0002: a move out of a place that cannot give up its value. */
  public Diagnostic illegalMove(Effect.IllegalMove m) {
    String name = movedName(m);
    // `Conn::close` moves out of what it is given, not out of itself.
    String subject = m.place() == null && m.at() instanceof MemberReferenceTree
        ? "the argument of `" + name + "`" : "`" + name + "`";
    return switch (m.why()) {
      case BEHIND_BORROW, BEHIND_MUT_BORROW -> Diagnostic.of(Code.E0507,
              "cannot move out of " + subject + ", which is behind a "
                  + (m.why() == Effect.Why.BEHIND_MUT_BORROW ? "mutable" : "shared")
                  + " reference",
              body.span(m.at()))
          .primaryLabel("move occurs here")
          .help("borrow it instead (pass it to a parameter that is not `@Owned`), or take "
              + "ownership where it comes from (an `@Owned` parameter, a `@Consumes` method)")
          .build();
      case CAPTURED -> Diagnostic.of(Code.E0507,
              "cannot move out of `" + name + "`, a captured variable in a closure",
              body.span(m.at()))
          .primaryLabel("move occurs here")
          .note("a closure that is not handed to another thread only borrows what it captures")
          .build();
      case STATIC -> Diagnostic.of(Code.E0507,
              "cannot move out of static `" + name + "`, which is shared by the whole program",
              body.span(m.at()))
          .primaryLabel("move occurs here")
          .build();
      case ARRAY_ELEMENT -> Diagnostic.of(Code.E0508,
              "cannot move out of an element of array `"
                  + ((ArrayAccessTree) m.at()).getExpression() + "`",
              body.span(m.at()))
          .primaryLabel("cannot move out of here")
          .help("borrow the element (a `@Borrowed` local), or take it out and put `null` in "
              + "its place")
          .build();
      case ESCAPES -> throw new IllegalArgumentException(
          "E0521 is BorrowCheck's to word: EscapeErrors.escapedMove");
      case RESOURCE -> Diagnostic.of(Code.J0002,
              "cannot move out of try-with-resources variable `" + name + "`",
              body.span(m.at()))
          .primaryLabel("move occurs here")
          .note("the try statement closes `" + name + "` when its block ends")
          .help("declare the variable before the try statement if it must outlive it")
          .build();
    };
  }
}
