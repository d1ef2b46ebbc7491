package dev.jborrow.processor.errors;

import com.sun.source.tree.Tree;
import dev.jborrow.processor.diag.Code;
import dev.jborrow.processor.diag.Diagnostic;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.model.Tracking;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;

/** The wording of borrows that outlive what they borrow: E0515 and E0521. */
public final class EscapeErrors {

  private final Spans body;

  public EscapeErrors(Spans body) {
    this.body = body;
  }

  /** @param borrow the loan through which the returned value refers to {@code v}, or null */
  public Diagnostic returnsLocal(VariableElement v, Tree at, boolean ownedParameter,
      dev.jborrow.processor.ir.Loan borrow) {
    return returnsLocal(v, at, ownedParameter, borrow, false);
  }

  /**
   * @param view the method returns an instance of a borrowing class, which stays a borrow
   *     without {@code @Borrowed} on the method: it must borrow from the caller's data instead
   */
  public Diagnostic returnsLocal(VariableElement v, Tree at, boolean ownedParameter,
      dev.jborrow.processor.ir.Loan borrow, boolean view) {
    String name = v.getSimpleName().toString();
    return Diagnostic.of(Code.E0515, "cannot return a value referencing "
            + (ownedParameter ? "function parameter" : "local variable") + " `" + name + "`",
            body.span(at))
        .primaryLabel("returns a value referencing data owned by the current method")
        .label(borrow == null ? null : body.span(borrow.at()), "`" + name + "` is borrowed here")
        .note("`" + name + "` is owned by this method and is dropped when it returns")
        .help(view ? "build the returned value over what the method borrows (its borrowed "
            + "parameters or `this`), or return the owner along with it"
            : "return an owned value instead: remove `@Borrowed` from the method")
        .build();
  }

  /**
   * E0515: a value the checker does not track (a list of borrows, the {@code Optional} of
   * {@code findFirst()}) is returned holding a borrow of what the method owns.
   */
  public Diagnostic returnsHolderOf(VariableElement v, Tree at, boolean ownedParameter,
      dev.jborrow.processor.ir.Loan borrow) {
    String name = v.getSimpleName().toString();
    return Diagnostic.of(Code.E0515, "cannot return a value referencing "
            + (ownedParameter ? "function parameter" : "local variable") + " `" + name + "`",
            body.span(at))
        .primaryLabel("returns a value that holds borrows of data owned by the current method")
        .label(body.span(borrow.at()), "`" + name + "` is borrowed here")
        .note("`" + name + "` is owned by this method and is dropped when it returns")
        .help("return values the method may give away (take them out of `" + name
            + "`), or let the caller keep `" + name + "` and lend it to this method")
        .build();
  }

  /** E0515: a returned closure borrows a local owner (rustc: E0373). */
  public Diagnostic returnsCapture(VariableElement v, Tree closure, Tree at) {
    String name = v.getSimpleName().toString();
    return Diagnostic.of(Code.E0515, "cannot return a value referencing local variable `" + name
            + "`", body.span(at))
        .primaryLabel("returns a closure that borrows `" + name + "`")
        .label(body.span(closure), "`" + name + "` is borrowed here")
        .note("`" + name + "` is owned by this method and is dropped when it returns")
        .help("return the owner and let the caller build the closure, or give the closure an "
            + "owner it may keep")
        .build();
  }

  /** Whether {@code t} is a closure rather than a value of a borrowing class (SPEC 3.8). */
  public static boolean isClosure(Tree t) {
    return t instanceof com.sun.source.tree.LambdaExpressionTree
        || t instanceof com.sun.source.tree.MemberReferenceTree
        || t instanceof com.sun.source.tree.NewClassTree;
  }

  public Diagnostic returnsTemporary(Tree at) {
    return Diagnostic.of(Code.E0515, "cannot return reference to temporary value", body.span(at))
        .primaryLabel("returns a reference to data created in the current method")
        .help("return an owned value instead: remove `@Borrowed` from the method")
        .build();
  }

  public Diagnostic returnsUnlistedSource(String name, Tree at) {
    return Diagnostic.of(Code.E0515, "cannot return a value referencing `" + name
            + "`, which is not a source of the method's borrow", body.span(at))
        .primaryLabel("returns a borrow of `" + name + "`")
        .help("name it in `@Borrowed(from = ...)`")
        .build();
  }

  /** A borrow moved where it outlives the method: into a field, a static, another thread. */
  public Diagnostic escapedMove(Effect.IllegalMove m) {
    if (m.place() != null && m.place().fields().stream().anyMatch(Tracking::isBorrowField)) {
      // `last = this.buf` in a borrowing class: the field only refers to the caller's value.
      return Diagnostic.of(Code.E0521, "borrowed data escapes outside of method",
              body.span(m.at()))
          .primaryLabel("`" + MoveErrors.movedName(m) + "` escapes the method body here")
          .note("a field that holds a borrow refers to a value its class does not own: the "
              + "borrow lasts only as long as the instance's own borrows")
          .help("store an owned value where it must outlive the method, or keep the borrow in "
              + "a borrowing class's value")
          .build();
    }
    Element root = m.place() == null ? null : m.place().root();
    return escapes(MoveErrors.movedName(m), root instanceof VariableElement v ? v : null, m.at());
  }

  /** E0521 for {@code this}, or what it holds, given to code that outlives the call. */
  public Diagnostic escapesThis(Tree at) {
    return escapes("this", null, at);
  }

  /**
   * E0521 for {@code name}, a borrow the caller lent or a value holding one.
   *
   * @param lentFrom the parameter the borrow comes from, when it is known: the help names it,
   *     since giving that parameter ownership is what lets the value leave; null otherwise
   */
  public Diagnostic escapes(String name, VariableElement lentFrom, Tree at) {
    Diagnostic.Builder d = Diagnostic.of(Code.E0521, "borrowed data escapes outside of method",
            body.span(at))
        .primaryLabel("`" + name + "` escapes the method body here")
        .note("a borrow must not outlive the call it was lent for");
    if (name.equals("this")) {
      return d.help("only a method that owns `this` (`@Consumes`, `close()`) may hand what it "
          + "holds to code that outlives the call").build();
    }
    if (lentFrom == null || lentFrom.getKind() != ElementKind.PARAMETER) {
      // A holder of borrows whose source this method cannot name (an element of a lent list).
      return d.help("`" + name + "` refers to data lent to this call: hand over an owned value "
          + "instead (from an `@Owned` parameter, or one this method creates)").build();
    }
    String parameter = lentFrom.getSimpleName().toString();
    if (!parameter.equals(name)) {
      d.note("`" + name + "` holds a borrow of `" + parameter + "`, which the caller lent to "
          + "this method");
    }
    return d.help("take ownership instead: mark the parameter `" + parameter + "` `@Owned`")
        .build();
  }
}
