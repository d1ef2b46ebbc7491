package dev.jborrow.processor.errors;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.Trees;
import dev.jborrow.processor.diag.Code;
import dev.jborrow.processor.diag.Diagnostic;
import dev.jborrow.processor.diag.RustcRenderer;
import dev.jborrow.processor.diag.Span;
import javax.lang.model.element.ExecutableElement;

/** The wording of contract errors on declarations: E0106, J0003, J0004. */
public final class ContractErrors {

  private final CompilationUnitTree unit;
  private final Trees trees;

  public ContractErrors(CompilationUnitTree unit, Trees trees) {
    this.unit = unit;
    this.trees = trees;
  }

  public Diagnostic invalid(AnnotationTree at, String why) {
    return Diagnostic.of(Code.J0004, "invalid ownership annotation", span(at))
        .primaryLabel(why)
        .build();
  }

  public Diagnostic missingLifetime(MethodTree method, int borrowedInputs) {
    return missingLifetime(method, borrowedInputs, false);
  }

  /**
   * @param view the method is not {@code @Borrowed} but returns an instance of a borrowing
   *     class, which borrows from its inputs whatever the method says (SPEC 3.8)
   */
  public Diagnostic missingLifetime(MethodTree method, int borrowedInputs, boolean view) {
    return Diagnostic.of(Code.E0106, "missing lifetime specifier", span(method))
        .primaryLabel("expected a source for the returned borrow")
        .note(borrowedInputs == 0
            ? "`" + method.getName() + "` has no borrowed input (a tracked parameter that is not "
                + "`@Owned`, or `this` of a tracked type) that the result could borrow from"
            : "`" + method.getName() + "` has " + borrowedInputs + " borrowed inputs, and "
                + "nothing says which one the result borrows from")
        .help(view ? "the returned value holds borrows: name their source with "
            + "`@Borrowed(from = \"...\")` on the method"
            : "name the source with `@Borrowed(from = \"...\")`, or return an owned value "
            + "(remove `@Borrowed`)")
        .build();
  }

  /**
   * @param theirs the overridden method's name where it is declared, or null when it comes
   *     from a class file
   * @param theirUnit the unit that declares it, this one or another
   */
  public Diagnostic overrideChanges(MethodTree at, ExecutableElement mine,
      ExecutableElement overridden, Span theirs, CompilationUnitTree theirUnit, String change) {
    Diagnostic.Builder d = Diagnostic.of(Code.J0003, "override changes the ownership contract of `"
            + mine.getSimpleName() + "`", span(at))
        .primaryLabel(change)
        .note("callers of `" + overridden.getEnclosingElement().getSimpleName() + "."
            + overridden.getSimpleName() + "` rely on its contract, whichever class implements it")
        .help("keep the overridden method's annotations, or change them there too");
    if (theirs != null && theirUnit == unit) {
      d.label(theirs, "the overridden method");
    } else if (theirs != null) {
      d.label(theirs, "the overridden method", RustcRenderer.Source.of(theirUnit.getSourceFile()));
    }
    return d.build();
  }

  private Span span(com.sun.source.tree.Tree t) {
    return Span.of(t, unit, trees.getSourcePositions());
  }
}
