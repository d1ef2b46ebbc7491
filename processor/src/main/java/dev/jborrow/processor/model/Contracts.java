package dev.jborrow.processor.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Types;

/**
 * Reads the {@link Contract} of a method from its annotations, whether it was compiled in this
 * run or read from a class file (the annotations have {@code CLASS} retention). Cached per
 * method.
 */
public final class Contracts {

  private final Tracking tracking;
  private final Types types;
  private final javax.lang.model.type.TypeMirror autoCloseable;
  private final Map<ExecutableElement, Contract> cache = new IdentityHashMap<>();
  private final Set<ExecutableElement> modelled =
      Collections.newSetFromMap(new IdentityHashMap<>());
  /** {@link #isCloseable} per class: lowering asks it of every value it follows. */
  private final Map<TypeElement, Boolean> closeableClasses = new IdentityHashMap<>();
  private final LibraryModels models;

  public Contracts(Tracking tracking, LibraryModels models, Types types) {
    this.tracking = tracking;
    this.models = models;
    this.types = types;
    this.autoCloseable = tracking.autoCloseable();
  }

  public Contract of(ExecutableElement method) {
    Contract c = cache.get(method);
    if (c == null) {
      c = read(method);
      cache.put(method, c);
    }
    return c;
  }

  /**
   * Whether {@code m}'s contract is a library model's: the method carries no annotation and a
   * model names it or a method it overrides. Its overrides then share the model's contract.
   */
  public boolean isModelled(ExecutableElement m) {
    of(m);
    return modelled.contains(m);
  }

  private Contract read(ExecutableElement m) {
    if (isLendingAccessor(m)) {
      // A record lends its components, as a getter `fn conn(&self) -> &Conn` would: the record
      // still owns and closes them.
      return new Contract(m, Contract.Receiver.SHARED, List.of(), Contract.Result.BORROWED,
          tracking.isTrackedThis(m.getEnclosingElement()) ? List.of(Contract.THIS) : List.of());
    }
    if (!annotated(m)) {
      LibraryModels.Entry model = models.find(m);
      if (model != null) {
        modelled.add(m);
        return modelled(m, model);
      }
    }
    List<Contract.Param> params = new ArrayList<>();
    for (VariableElement p : m.getParameters()) {
      if (tracking.isOwnedParameter(p)) {
        params.add(Contract.Param.OWNED);
      } else if (Annotations.has(p, Annotations.MUT)) {
        params.add(Contract.Param.MUT);
      } else {
        params.add(Contract.Param.SHARED);
      }
    }
    Contract.Receiver receiver;
    if (m.getModifiers().contains(Modifier.STATIC) || m.getKind() == ElementKind.CONSTRUCTOR) {
      receiver = Contract.Receiver.NONE;
    } else if (Annotations.has(m, Annotations.CONSUMES) || isClose(m) || isDisposal(m)) {
      receiver = Contract.Receiver.CONSUMES;
    } else if (Annotations.has(m, Annotations.MUT)) {
      receiver = Contract.Receiver.MUT;
    } else {
      receiver = Contract.Receiver.SHARED;
    }
    AnnotationMirror borrowed = Annotations.find(m, Annotations.BORROWED);
    Contract.Result result;
    List<Integer> sources = List.of();
    if (m.getKind() == ElementKind.METHOD && (borrowed != null
        || Annotations.has(m, Annotations.BORROWED) || Annotations.mustCallAliasOfReceiver(m))) {
      // `@NotOwning`, and `@MustCallAlias` tying the result to the receiver, are borrows whose
      // source is elided as Rust elides it.
      result = Contract.Result.BORROWED;
      sources = borrowSources(m, borrowed);
    } else if (m.getKind() == ElementKind.METHOD && Tracking.isBorrowingType(m.getReturnType())
        && !Annotations.has(m, Annotations.OWNED) && !borrowedInputs(m).isEmpty()) {
      // An instance of a borrowing class borrows from the method's inputs as Rust elides
      // `fn over(b: &Buf) -> Cursor<'_>`; with several inputs and no `this` it is E0106, as
      // in Rust. With none it can only borrow statics: an owned result.
      result = Contract.Result.BORROWED;
      sources = borrowSources(m, null);
    } else if (m.getReturnType().getKind() != TypeKind.VOID
        && (tracking.isTrackedType(m.getReturnType()) || Annotations.has(m, Annotations.OWNED))) {
      result = Contract.Result.OWNED;
    } else {
      result = Contract.Result.UNTRACKED;
    }
    return new Contract(m, receiver, params, result, sources);
  }

  private static boolean annotated(ExecutableElement m) {
    for (String a : List.of(Annotations.OWNED, Annotations.BORROWED, Annotations.MUT,
        Annotations.CONSUMES)) {
      if (Annotations.has(m, a)) {
        return true;
      }
    }
    for (VariableElement p : m.getParameters()) {
      if (Annotations.has(p, Annotations.OWNED) || Annotations.has(p, Annotations.MUT)
          || Annotations.has(p, Annotations.BORROWED)) {
        return true;
      }
    }
    return false;
  }

  /** A library method as its model annotates it; the borrowed result of a method is of this. */
  private Contract modelled(ExecutableElement m, LibraryModels.Entry e) {
    List<Contract.Param> params = new ArrayList<>();
    for (int i = 0; i < m.getParameters().size(); i++) {
      String a = e.params() == null ? null : e.params().get(i).annotation();
      params.add("@Owned".equals(a) ? Contract.Param.OWNED
          : "@Mut".equals(a) ? Contract.Param.MUT : Contract.Param.SHARED);
    }
    boolean isStatic = m.getModifiers().contains(Modifier.STATIC)
        || m.getKind() == ElementKind.CONSTRUCTOR;
    Contract.Receiver receiver = isStatic ? Contract.Receiver.NONE
        : e.annotations().contains("@Consumes") || isClose(m) ? Contract.Receiver.CONSUMES
        : e.annotations().contains("@Mut") ? Contract.Receiver.MUT : Contract.Receiver.SHARED;
    Contract.Result result;
    List<Integer> sources = List.of();
    if (!e.carries().isEmpty()) {
      List<Integer> carried = new ArrayList<>(e.carries());
      if (isStatic) {
        carried.remove(Integer.valueOf(Contract.THIS)); // a static method has no receiver
      }
      return new Contract(m, receiver, params, Contract.Result.BORROWED, carried, true);
    }
    if (e.annotations().contains("@Borrowed")) {
      result = Contract.Result.BORROWED;
      sources = isStatic ? List.of() : List.of(Contract.THIS);
    } else if (e.annotations().contains("@PassThrough") && !m.getParameters().isEmpty()) {
      result = Contract.Result.ARGUMENT;
    } else if (m.getReturnType().getKind() != TypeKind.VOID
        && (e.annotations().contains("@Owned") || tracking.isTrackedType(m.getReturnType()))) {
      result = Contract.Result.OWNED;
    } else {
      result = Contract.Result.UNTRACKED;
    }
    return new Contract(m, receiver, params, result, sources);
  }

  /**
   * The named {@code from} parameters, or Rust's elision: {@code this} for an instance method of
   * a tracked type, else the single borrowed parameter. Empty when neither applies (E0106) or
   * a name is not a borrowed parameter (J0004).
   */
  private List<Integer> borrowSources(ExecutableElement m, AnnotationMirror borrowed) {
    List<String> from = borrowed == null ? List.of() : Annotations.from(borrowed);
    List<Integer> borrowedInputs = borrowedInputs(m);
    if (!from.isEmpty()) {
      List<Integer> named = new ArrayList<>();
      for (String name : from) {
        int index = indexOf(m, name);
        if (name.equals("this") && borrowedInputs.contains(Contract.THIS)) {
          named.add(Contract.THIS);
        } else if (index >= 0 && borrowedInputs.contains(index)) {
          named.add(index);
        } else {
          return List.of();
        }
      }
      return named;
    }
    if (borrowedInputs.contains(Contract.THIS)) {
      return List.of(Contract.THIS);
    }
    return borrowedInputs.size() == 1 ? borrowedInputs : List.of();
  }

  /**
   * Tracked parameters that are not {@code @Owned}, then {@code this} if it can lend (it is
   * tracked, or holds a tracked field).
   */
  public List<Integer> borrowedInputs(ExecutableElement m) {
    List<Integer> inputs = new ArrayList<>();
    List<? extends VariableElement> ps = m.getParameters();
    for (int i = 0; i < ps.size(); i++) {
      VariableElement p = ps.get(i);
      if (tracking.isTracked(p) && !tracking.isOwnedParameter(p)) {
        inputs.add(i);
      }
    }
    if (!m.getModifiers().contains(Modifier.STATIC)
        && m.getKind() == ElementKind.METHOD
        && tracking.lends(m.getEnclosingElement())) {
      inputs.add(Contract.THIS);
    }
    return inputs;
  }

  private static int indexOf(ExecutableElement m, String name) {
    List<? extends VariableElement> ps = m.getParameters();
    for (int i = 0; i < ps.size(); i++) {
      if (ps.get(i).getSimpleName().contentEquals(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The accessor of a record component of tracked type, unless it says otherwise. An
   * {@code @Owned} on the component (the record takes ownership in its constructor) reaches the
   * accessor too, as Java copies a component's annotations to the field, the constructor's
   * parameter and the accessor; it does not make the accessor hand the component away (an
   * accessor that returns its field could not: that is a move out of {@code this}).
   */
  private boolean isLendingAccessor(ExecutableElement m) {
    return isRecordAccessor(m) && tracking.isTrackedType(m.getReturnType())
        && !Annotations.has(m, Annotations.BORROWED) && !Annotations.has(m, Annotations.MUT)
        && !Annotations.has(m, Annotations.CONSUMES);
  }

  /** Whether the method is the accessor of a record component: it reads what the record holds. */
  public static boolean isRecordAccessor(ExecutableElement m) {
    if (m.getEnclosingElement().getKind() != ElementKind.RECORD || !m.getParameters().isEmpty()) {
      return false;
    }
    for (RecordComponentElement c : ((TypeElement) m.getEnclosingElement()).getRecordComponents()) {
      if (m.equals(c.getAccessor())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether values of {@code t} are released by a call, so that a value of it that is not a
   * resource ({@link Tracking#mustBeClosed} false) holds nothing: {@link AutoCloseable}, or a
   * type a model or {@code @MustCall} gives a disposal method ({@code @MustCall({})} on a
   * subtype says that subtype holds nothing).
   */
  public boolean isCloseable(javax.lang.model.type.TypeMirror t) {
    if (!(t instanceof DeclaredType d) || !(d.asElement() instanceof TypeElement type)) {
      return released(t);
    }
    // A class type's answer is its class's, whatever its type arguments: the erasure drops them.
    Boolean known = closeableClasses.get(type);
    if (known == null) {
      known = released(t);
      closeableClasses.put(type, known);
    }
    return known;
  }

  private boolean released(javax.lang.model.type.TypeMirror t) {
    return types.isSubtype(types.erasure(t), autoCloseable) || tracking.isDisposable(t);
  }

  /**
   * A method that {@code @MustCall} on its class (or a supertype's) names: calling it
   * discharges the value, as {@code close()} does, so it consumes the receiver.
   */
  private boolean isDisposal(ExecutableElement m) {
    return m.getParameters().isEmpty() && m.getKind() == ElementKind.METHOD
        && m.getEnclosingElement() instanceof TypeElement owner
        && tracking.disposalMethods(owner).contains(m.getSimpleName().toString());
  }

  /** {@code close()} of an {@link AutoCloseable}: consumes its receiver without annotation. */
  public boolean isClose(ExecutableElement m) {
    return m.getSimpleName().contentEquals("close")
        && m.getParameters().isEmpty()
        && m.getEnclosingElement() instanceof TypeElement owner
        && types.isSubtype(types.erasure(owner.asType()), autoCloseable);
  }
}
