package dev.jborrow.processor.check.contracts;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.jborrow.processor.check.api.CheckInfo;
import dev.jborrow.processor.diag.Code;
import dev.jborrow.processor.diag.DiagnosticSink;
import dev.jborrow.processor.errors.ContractErrors;
import dev.jborrow.processor.model.Annotations;
import dev.jborrow.processor.model.Contract;
import dev.jborrow.processor.model.Contracts;
import dev.jborrow.processor.model.Tracking;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks of declarations rather than bodies: misused annotations (J0004), a borrowed result
 * with nothing to borrow from (E0106), and overrides that change the contract they implement
 * (J0003).
 */
public final class DeclarationChecks {

  public static final CheckInfo INFO = new CheckInfo("DeclarationChecks",
      "ownership annotations and contracts of declarations",
      List.of(Code.E0106, Code.J0003, Code.J0004),
      List.of("dev/jborrow/processor/errors/ContractErrors.java"));

  private final Trees trees;
  private final Types types;
  private final Elements elements;
  private final Tracking tracking;
  private final Contracts contracts;
  private final DeclarationSites sites;
  private final Map<Element, Boolean> borrowingClasses = new IdentityHashMap<>();

  /** javac's names of the four annotations, compared by identity. */
  private final Set<Name> ownershipNames;
  private final Name closeName;

  public DeclarationChecks(Trees trees, Types types, Elements elements, Tracking tracking,
      Contracts contracts, DeclarationSites sites) {
    this.ownershipNames = Set.of(elements.getName("Owned"), elements.getName("Borrowed"),
        elements.getName("Mut"), elements.getName("Consumes"), elements.getName("Owning"),
        elements.getName("NotOwning"), elements.getName("MustCallAlias"),
        elements.getName("MustBeClosed"), elements.getName("Discharges"),
        elements.getName("Obliges"), elements.getName("EnsuresCalledMethods"));
    this.closeName = elements.getName("close");
    this.trees = trees;
    this.types = types;
    this.elements = elements;
    this.tracking = tracking;
    this.contracts = contracts;
    this.sites = sites;
  }

  public void checkMethod(TreePath path, DiagnosticSink sink) {
    MethodTree tree = (MethodTree) path.getLeaf();
    if (!(trees.getElement(path) instanceof ExecutableElement m)) {
      return;
    }
    sites.declared(m, path);
    ContractErrors errors = new ContractErrors(path.getCompilationUnit(), trees);
    boolean annotated = annotated(tree);
    if (!annotated) {
      // Most methods: no annotation to misuse, though an override may still change a contract.
      elidedView(m, tree, errors, sink);
      checkOverrides(m, tree, annotated, errors, sink);
      return;
    }
    boolean misused = false;
    for (VariableTree p : tree.getParameters()) {
      misused |= exclusive(p.getModifiers(), List.of(Annotations.OWNED, Annotations.BORROWED,
          Annotations.MUT), errors, sink);
    }
    misused |= exclusive(tree.getModifiers(), List.of(Annotations.OWNED, Annotations.BORROWED),
        errors, sink);
    if (m.getModifiers().contains(Modifier.STATIC)) {
      for (String name : List.of(Annotations.MUT, Annotations.CONSUMES)) {
        AnnotationTree a = annotation(tree.getModifiers(), name);
        if (a != null) {
          sink.report(errors.invalid(a, "`@" + simple(name)
              + "` is about `this`, and a static method has none"));
          misused = true;
        }
      }
    }
    misused |= obligations(m, tree, errors, sink);
    AnnotationTree consumes = annotation(tree.getModifiers(), Annotations.CONSUMES);
    AnnotationTree borrowed = annotation(tree.getModifiers(), Annotations.BORROWED);
    if (consumes != null && borrowed != null) {
      sink.report(errors.invalid(borrowed, "a `@Consumes` method cannot return a borrow: "
          + "`this` is gone when it returns, so nothing would be left to borrow from"));
      misused = true;
    }
    AnnotationMirror borrowedMirror = borrowed == null ? null
        : Annotations.find(m, Annotations.BORROWED);
    if (borrowedMirror != null) {
      List<String> from = Annotations.from(borrowedMirror);
      List<Integer> inputs = contracts.borrowedInputs(m);
      for (String name : from) {
        int index = indexOf(m, name);
        boolean ok = name.equals("this") ? inputs.contains(Contract.THIS)
            : index >= 0 && inputs.contains(index);
        if (!ok) {
          sink.report(errors.invalid(borrowed, index < 0 && !name.equals("this")
              ? "`from` names `" + name + "`, which is not a parameter of `"
                  + m.getSimpleName() + "`"
              : "`from` names `" + name + "`, which is not a borrowed input (a tracked "
                  + "parameter that is not `@Owned`)"));
          misused = true;
        }
      }
      if (from.isEmpty() && !misused && contracts.of(m).borrowSources().isEmpty()) {
        sink.report(errors.missingLifetime(tree, inputs.size()));
      }
    } else {
      elidedView(m, tree, errors, sink);
    }
    checkOverrides(m, tree, annotated, errors, sink);
  }

  /**
   * J0004 on {@code @Discharges} or {@code @Obliges} where it can mean nothing (SPEC 3.9): on a
   * static method, which has no receiver to oblige or release; both on one method; an
   * {@code @Obliges} method of a type none of whose methods is {@code @Discharges}, whose
   * obligation no call could meet. And on {@code @EnsuresCalledMethods} naming a field the class
   * does not have, a promise no body could keep.
   */
  private boolean obligations(ExecutableElement m, MethodTree tree, ContractErrors errors,
      DiagnosticSink sink) {
    AnnotationTree discharges = annotation(tree.getModifiers(), Annotations.DISCHARGES);
    AnnotationTree obliges = annotation(tree.getModifiers(), Annotations.OBLIGES);
    boolean misused = false;
    if (m.getModifiers().contains(Modifier.STATIC)) {
      for (AnnotationTree a : Arrays.asList(obliges, discharges)) {
        if (a != null) {
          sink.report(errors.invalid(a, "`@" + simpleName(a) + "` is about the obligation of "
              + "the receiver, and a static method has none"));
          misused = true;
        }
      }
      return misused;
    }
    if (obliges != null && discharges != null) {
      sink.report(errors.invalid(obliges, "`" + m.getSimpleName() + "` cannot both create an "
          + "obligation (`@Obliges`) and meet it (`@Discharges`)"));
      return true;
    }
    if (obliges != null && m.getEnclosingElement() instanceof TypeElement type
        && ElementFilter.methodsIn(elements.getAllMembers(type)).stream()
            .noneMatch(tracking::discharges)) {
      sink.report(errors.invalid(obliges, "no method of `" + type.getSimpleName()
          + "` is `@Discharges`, so nothing could meet the obligation `" + m.getSimpleName()
          + "` creates"));
      misused = true;
    }
    AnnotationTree ensures = null;
    for (AnnotationTree a : tree.getModifiers().getAnnotations()) {
      Name simple = simpleName(a);
      ensures = simple != null && simple.contentEquals("EnsuresCalledMethods") ? a : ensures;
    }
    if (ensures != null && m.getEnclosingElement() instanceof TypeElement type) {
      for (String name : Annotations.ensuredCalls(m)) {
        String field = name.startsWith("this.") ? name.substring("this.".length()) : name;
        boolean known = ElementFilter.fieldsIn(elements.getAllMembers(type)).stream()
            .anyMatch(f -> f.getSimpleName().contentEquals(field));
        if (!known) {
          sink.report(errors.invalid(ensures, "`@EnsuresCalledMethods` names `" + name
              + "`, which is not a field of `" + type.getSimpleName() + "`"));
          misused = true;
        }
      }
    }
    return misused;
  }

  /**
   * E0106 on a method without {@code @Borrowed} that returns an instance of a borrowing class
   * and has several borrowed inputs and no {@code this} to tie it to (Rust's {@code fn f(a: &A,
   * b: &B) -> Cursor}).
   */
  private void elidedView(ExecutableElement m, MethodTree tree, ContractErrors errors,
      DiagnosticSink sink) {
    if (returnsBorrowingType(m)
        && contracts.of(m).result() == Contract.Result.BORROWED
        && contracts.of(m).borrowSources().isEmpty()) {
      sink.report(errors.missingLifetime(tree, contracts.borrowedInputs(m).size(), true));
    }
  }

  /**
   * Whether {@code m} returns an instance of a borrowing class: asked of every method, and
   * answered by a walk of the supertypes, so kept per class.
   */
  private boolean returnsBorrowingType(ExecutableElement m) {
    return m.getReturnType() instanceof DeclaredType d
        && borrowingClasses.computeIfAbsent(d.asElement(), Tracking::isBorrowingClass);
  }

  /** J0004 on a local or field that carries two of {@code @Owned}, {@code @Borrowed}, {@code @Mut}. */
  public void checkVariable(TreePath path, DiagnosticSink sink) {
    VariableTree v = (VariableTree) path.getLeaf();
    if (!v.getModifiers().getAnnotations().isEmpty()) {
      ContractErrors errors = new ContractErrors(path.getCompilationUnit(), trees);
      if (!exclusive(v.getModifiers(), List.of(Annotations.OWNED, Annotations.BORROWED,
          Annotations.MUT), errors, sink)) {
        borrowField(path, v, errors, sink);
      }
    }
  }

  /**
   * J0004 on {@code @Borrowed} or {@code @Mut} on a field that cannot hold a borrow (SPEC 3.8):
   * one of a class that is not a borrowing class, which nothing would keep from outliving what
   * it borrows, or a static one, which outlives every borrow.
   */
  private void borrowField(TreePath path, VariableTree v, ContractErrors errors,
      DiagnosticSink sink) {
    if (!(trees.getElement(path) instanceof VariableElement field)
        || field.getKind() != ElementKind.FIELD) {
      return;
    }
    boolean isStatic = field.getModifiers().contains(Modifier.STATIC);
    if (!isStatic && Tracking.isBorrowingClass(field.getEnclosingElement())) {
      return;
    }
    for (AnnotationTree a : v.getModifiers().getAnnotations()) {
      String name = qualifiedName(a);
      if (Annotations.BORROWED.equals(name) || Annotations.MUT.equals(name)) {
        sink.report(errors.invalid(a, isStatic
            ? "a static field outlives every borrow: it cannot hold one"
            : "only a field of a borrowing class holds a borrow: mark `"
                + field.getEnclosingElement().getSimpleName() + "` `@Borrowed` "
                + "(Rust's `struct " + field.getEnclosingElement().getSimpleName() + "<'a>`)"));
        return;
      }
    }
  }

  /** J0004 when more than one of {@code names} is present; reported on the second. */
  private boolean exclusive(ModifiersTree mods, List<String> names, ContractErrors errors,
      DiagnosticSink sink) {
    List<AnnotationTree> present = new ArrayList<>();
    for (AnnotationTree a : mods.getAnnotations()) {
      String name = qualifiedName(a);
      if (name != null && names.contains(name)) {
        present.add(a);
      }
    }
    if (present.size() < 2) {
      return false;
    }
    sink.report(errors.invalid(present.get(1), "`@" + simple(qualifiedName(present.get(0)))
        + "` and `@" + simple(qualifiedName(present.get(1)))
        + "` exclude each other: a value is owned, borrowed or mutably borrowed, not two of these"));
    return true;
  }

  private void checkOverrides(ExecutableElement m, MethodTree tree, boolean annotated,
      ContractErrors errors, DiagnosticSink sink) {
    // The modifiers last: javac builds a new set each time they are asked for.
    if (!mayHaveContract(m, annotated) || m.getKind() != ElementKind.METHOD
        || !(m.getEnclosingElement() instanceof TypeElement owner)
        || m.getModifiers().contains(Modifier.STATIC)) {
      return;
    }
    Contract mine = contracts.of(m);
    if (mine.isNeutral() && !annotated || contracts.isModelled(m)) {
      // What it does, every contract allows; or it has the contract of the model it overrides.
      // An annotated one may say less than it inherits (a `@Borrowed` for an `@Owned`).
      return;
    }
    for (ExecutableElement overridden : overridden(m, owner)) {
      Contract theirs = contracts.of(overridden);
      // A method without a contract of its own (`Consumer<T>.accept`) still lends its
      // arguments to what its callers pass: an implementation may not take them.
      String change = hasContract(overridden) ? change(theirs, mine) : takesLent(theirs, mine);
      if (change != null) {
        sink.report(errors.overrideChanges(tree, m, overridden, sites.nameOf(overridden),
            sites.unitOf(overridden), change));
        return;
      }
    }
  }

  /** The parameter an override takes ownership of where the overridden method lends it. */
  private static String takesLent(Contract theirs, Contract mine) {
    for (int i = 0; i < mine.params().size() && i < theirs.params().size(); i++) {
      if (theirs.params().get(i) == Contract.Param.SHARED
          && mine.params().get(i) == Contract.Param.OWNED) {
        return "parameter " + (i + 1) + " is borrowed by the overridden method but taken by "
            + "`@Owned` here";
      }
    }
    return null;
  }

  /**
   * Whether the method may have a contract of its own, asked of the tree before any contract is
   * read: most methods of most programs carry no ownership annotation and take and return
   * nothing tracked, and then their contract is neutral or a model's, and neither can change
   * what they override. A close() may consume {@code this} without saying so.
   */
  private boolean mayHaveContract(ExecutableElement m, boolean annotated) {
    return annotated || m.getSimpleName().equals(closeName)
        || tracking.isTrackedThis(m.getEnclosingElement())
        || tracking.isTrackedType(m.getReturnType());
  }

  /** Whether the method or one of its parameters carries an ownership annotation. */
  private boolean annotated(MethodTree tree) {
    if (hasOwnershipAnnotation(tree.getModifiers())) {
      return true;
    }
    for (VariableTree p : tree.getParameters()) {
      if (hasOwnershipAnnotation(p.getModifiers())) {
        return true;
      }
    }
    return false;
  }

  private boolean hasOwnershipAnnotation(ModifiersTree mods) {
    for (AnnotationTree a : mods.getAnnotations()) {
      if (isOwnershipName(simpleName(a))) {
        return true;
      }
    }
    return false;
  }

  private boolean isOwnershipName(Name simple) {
    return simple != null && ownershipNames.contains(simple); // Set.of rejects null
  }

  /** The annotation's simple name as written, without resolving or printing it. */
  private static Name simpleName(AnnotationTree a) {
    Tree type = a.getAnnotationType();
    return type instanceof IdentifierTree id ? id.getName()
        : type instanceof MemberSelectTree m ? m.getIdentifier() : null;
  }

  /** What the override changes, or null when it keeps the contract. */
  private static String change(Contract theirs, Contract mine) {
    for (int i = 0; i < mine.params().size() && i < theirs.params().size(); i++) {
      if (theirs.params().get(i) == Contract.Param.OWNED
          && mine.params().get(i) != Contract.Param.OWNED) {
        // Callers hand the value over and keep nothing: an override that only borrows it
        // leaves nobody to close it (an unannotated parameter inherits `@Owned` instead).
        return "parameter " + (i + 1) + " is taken by `@Owned` in the overridden method but "
            + (mine.params().get(i) == Contract.Param.MUT ? "`@Mut`" : "`@Borrowed`") + " here";
      }
      if (theirs.params().get(i) == Contract.Param.SHARED
          && mine.params().get(i) != Contract.Param.SHARED) {
        return "parameter " + (i + 1) + " is borrowed by the overridden method but "
            + (mine.params().get(i) == Contract.Param.OWNED ? "taken by `@Owned`" : "`@Mut`")
            + " here";
      }
    }
    if (theirs.receiver() == Contract.Receiver.SHARED
        && mine.receiver() != Contract.Receiver.SHARED) {
      return "the overridden method borrows `this` shared, this one "
          + (mine.receiver() == Contract.Receiver.MUT ? "needs `@Mut`" : "consumes it");
    }
    boolean theirsBorrowed = theirs.result() == Contract.Result.BORROWED;
    boolean mineBorrowed = mine.result() == Contract.Result.BORROWED;
    if (theirsBorrowed != mineBorrowed && theirs.result() != Contract.Result.UNTRACKED
        && mine.result() != Contract.Result.UNTRACKED) {
      return theirsBorrowed ? "the overridden method returns a borrow, this one an owned value"
          : "the overridden method returns an owned value, this one a borrow";
    }
    return null;
  }

  /**
   * Whether a method has an ownership contract to keep: it belongs to a tracked type, or it
   * takes or returns a tracked type, or it carries an annotation. An unannotated library
   * method on untracked types ({@code Iterator.next}) has none.
   */
  private boolean hasContract(ExecutableElement m) {
    if (tracking.isTrackedThis(m.getEnclosingElement())
        || tracking.isTrackedType(m.getReturnType())) {
      return true;
    }
    for (String a : List.of(Annotations.OWNED, Annotations.BORROWED, Annotations.MUT,
        Annotations.CONSUMES)) {
      if (Annotations.has(m, a)) {
        return true;
      }
    }
    for (VariableElement p : m.getParameters()) {
      if (tracking.isTracked(p)) {
        return true;
      }
    }
    return false;
  }

  private List<ExecutableElement> overridden(ExecutableElement m, TypeElement owner) {
    List<ExecutableElement> found = new ArrayList<>();
    List<TypeMirror> work = new ArrayList<>(types.directSupertypes(owner.asType()));
    while (!work.isEmpty()) {
      TypeMirror t = work.remove(0);
      if (t.getKind() != TypeKind.DECLARED) {
        continue;
      }
      TypeElement superType = (TypeElement) ((DeclaredType) t).asElement();
      for (Element e : superType.getEnclosedElements()) {
        if (e instanceof ExecutableElement candidate
            && candidate.getSimpleName().equals(m.getSimpleName())
            && elements.overrides(m, candidate, owner)) {
          found.add(candidate);
        }
      }
      work.addAll(types.directSupertypes(t));
    }
    return found;
  }

  private AnnotationTree annotation(ModifiersTree mods, String name) {
    for (AnnotationTree a : mods.getAnnotations()) {
      if (name.equals(qualifiedName(a))) {
        return a;
      }
    }
    return null;
  }

  /**
   * The annotation's type as written, resolved by its simple name for the jborrow ones; null for
   * any other annotation, told apart by its simple name without printing it (every method with
   * an {@code @Override} comes here).
   */
  private String qualifiedName(AnnotationTree a) {
    if (!isOwnershipName(simpleName(a))) {
      return null;
    }
    String written = a.getAnnotationType().toString();
    String simple = written.substring(written.lastIndexOf('.') + 1);
    return switch (simple) {
      case "Owned", "Borrowed", "Mut", "Consumes", "Discharges", "Obliges" -> written.contains(".")
          && !written.startsWith("dev.jborrow.") ? written : "dev.jborrow." + simple;
      default -> written;
    };
  }

  private static String simple(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }

  private static int indexOf(ExecutableElement m, String name) {
    for (int i = 0; i < m.getParameters().size(); i++) {
      if (m.getParameters().get(i).getSimpleName().contentEquals(name)) {
        return i;
      }
    }
    return -1;
  }

}
