package dev.jborrow.processor.errors;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.Trees;
import dev.jborrow.processor.diag.Code;
import dev.jborrow.processor.diag.Diagnostic;
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
    return Diagnostic.of(Code.E0106, "missing lifetime specifier", span(method))
        .primaryLabel("expected a source for the returned borrow")
        .note(borrowedInputs == 0
            ? "`" + method.getName() + "` has no borrowed input (a tracked parameter that is not "
                + "`@Owned`, or `this` of a tracked type) that the result could borrow from"
            : "`" + method.getName() + "` has " + borrowedInputs + " borrowed inputs, and "
                + "nothing says which one the result borrows from")
        .help("name the source with `@Borrowed(from = \"...\")`, or return an owned value "
            + "(remove `@Borrowed`)")
        .build();
  }

  public Diagnostic overrideChanges(MethodTree at, ExecutableElement mine,
      ExecutableElement theirs, String change) {
    Diagnostic.Builder d = Diagnostic.of(Code.J0003, "override changes the ownership contract of `"
            + mine.getSimpleName() + "`", span(at))
        .primaryLabel(change)
        .note("callers of `" + theirs.getEnclosingElement().getSimpleName() + "."
            + theirs.getSimpleName() + "` rely on its contract, whichever class implements it")
        .help("keep the overridden method's annotations, or change them there too");
    var theirTree = trees.getTree(theirs);
    var theirPath = theirTree == null ? null : trees.getPath(theirs);
    if (theirPath != null && theirPath.getCompilationUnit() == unit) {
      d.label(Span.of(theirTree, unit, trees.getSourcePositions()), "the overridden method");
    }
    return d.build();
  }

  private Span span(com.sun.source.tree.Tree t) {
    return Span.of(t, unit, trees.getSourcePositions());
  }
}
