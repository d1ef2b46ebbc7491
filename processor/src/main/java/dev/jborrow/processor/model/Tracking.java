package dev.jborrow.processor.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Decides what the checker follows: a type is tracked when it, or a supertype, is
 * {@code @Owned}, or it is a type variable bounded by one; a variable is tracked when its type
 * is, or when it carries {@code @Owned}, {@code @Borrowed} or {@code @Mut}. Answers are cached
 * per class, since every identifier of every method asks.
 */
public final class Tracking {

  private static final Set<ElementKind> LOCAL_KINDS = EnumSet.of(ElementKind.LOCAL_VARIABLE,
      ElementKind.PARAMETER, ElementKind.EXCEPTION_PARAMETER, ElementKind.RESOURCE_VARIABLE,
      ElementKind.BINDING_VARIABLE);

  private final Types types;
  private final TypeMirror autoCloseable;
  private final boolean stress;
  // The memos below are keyed by javac's elements, which are unique in a compilation and
  // compare by identity: identity maps find them without calling equals or hashCode.
  private final Map<TypeElement, Boolean> trackedClasses = new IdentityHashMap<>();
  private final Map<TypeElement, Boolean> closeableClasses = new IdentityHashMap<>();
  private final Map<TypeElement, Boolean> lendingClasses = new IdentityHashMap<>();
  private final Map<TypeElement, Boolean> classesWithTrackedFields = new IdentityHashMap<>();
  private final Map<TypeElement, List<String>> disposal = new IdentityHashMap<>();
  private final Map<TypeElement, Boolean> ownedInSource = new IdentityHashMap<>();
  /**
   * {@link #discharges}, {@link #obliges} and {@link #mustBeClosedResult} per method: lowering
   * and the fast path ask them of every call.
   */
  private final Map<ExecutableElement, Boolean> discharging = new IdentityHashMap<>();
  private final Map<ExecutableElement, Boolean> obliging = new IdentityHashMap<>();
  private final Map<ExecutableElement, Boolean> closingResults = new IdentityHashMap<>();
  /** {@link #isDisposable} per class: lowering asks it of every value it follows. */
  private final Map<TypeElement, Boolean> disposableClasses = new IdentityHashMap<>();
  /** Per method, which parameters it takes by ownership because a method it overrides does. */
  private final Map<ExecutableElement, boolean[]> inherited = new IdentityHashMap<>();
  private final Elements elements;
  private final LibraryModels models;
  /**
   * The locals that own a resource by the value they were given, whatever their declared type
   * ({@code Object o = new Socket(h, p)}): found by the lowering of their body before anything
   * asks about them, and kept for the compilation (a lambda in the body asks later).
   */
  private final java.util.Set<VariableElement> ownersByValue = new java.util.HashSet<>();
  /** {@code BaseStream}, erased, looked up on the first question. */
  private TypeMirror baseStream;

  public Tracking(Types types, Elements elements, LibraryModels models, boolean stress) {
    this.types = types;
    this.autoCloseable = types.erasure(JavaBase.type(elements, "java.lang.AutoCloseable").asType());
    this.stress = stress;
    this.models = models;
    this.elements = elements;
  }

  public boolean isTrackedType(TypeMirror t) {
    if (t == null) {
      return false;
    }
    switch (t.getKind()) {
      case DECLARED -> {
        return isTrackedClass((TypeElement) ((DeclaredType) t).asElement());
      }
      case TYPEVAR -> {
        return isTrackedType(((TypeVariable) t).getUpperBound());
      }
      case INTERSECTION -> {
        for (TypeMirror bound : ((IntersectionType) t).getBounds()) {
          if (isTrackedType(bound)) {
            return true;
          }
        }
        return false;
      }
      default -> {
        return false;
      }
    }
  }

  /**
   * Whether a value of type {@code t} can hold a tracked value: it is tracked, or one of its
   * type arguments (or an array's elements) can ({@code Optional<Conn>}, {@code List<Conn[]>}).
   * What cannot ({@code Optional<Integer>}) carries no loan of the values it was made from.
   */
  public boolean mayHoldTracked(TypeMirror t) {
    if (t == null) {
      return false;
    }
    return switch (t.getKind()) {
      case ARRAY -> mayHoldTracked(((javax.lang.model.type.ArrayType) t).getComponentType());
      case WILDCARD -> mayHoldTracked(((javax.lang.model.type.WildcardType) t).getExtendsBound());
      case DECLARED -> isTrackedType(t)
          || anyMayHoldTracked(((DeclaredType) t).getTypeArguments());
      default -> isTrackedType(t);
    };
  }

  /** A loop, not a stream: asked of the type of every call on the fast path. */
  private boolean anyMayHoldTracked(List<? extends TypeMirror> arguments) {
    for (TypeMirror a : arguments) {
      if (mayHoldTracked(a)) {
        return true;
      }
    }
    return false;
  }

  public boolean isTrackedClass(TypeElement type) {
    Boolean known = trackedClasses.get(type);
    if (known != null) {
      return known;
    }
    boolean tracked;
    if (stress) {
      tracked = !type.getQualifiedName().toString().startsWith("java.lang.");
    } else {
      // `@Borrowed` on the type itself: a borrowing supertype is tracked, and found as one
      // (isBorrowingClass would walk every supertype again for each new type).
      tracked = Annotations.has(type, Annotations.OWNED) || models.isOwned(type)
          || Annotations.find(type, Annotations.BORROWED) != null || mustCallSomething(type)
          || trackedSupertype(type);
    }
    trackedClasses.put(type, tracked);
    return tracked;
  }

  /**
   * A borrowing class (SPEC 3.8): {@code @Borrowed} on the class or record, or on a supertype,
   * says that its instances hold borrows, as a lifetime parameter does on a Rust struct. Only
   * {@code @Borrowed} itself: the Checker Framework's {@code @NotOwning} means nothing on a
   * type.
   */
  public static boolean isBorrowingClass(Element type) {
    if (!(type instanceof TypeElement t)) {
      return false;
    }
    if (Annotations.find(t, Annotations.BORROWED) != null) {
      return true;
    }
    // A subclass's instances hold the borrows its superclass's fields keep.
    TypeElement s = superclass(t);
    if (s != null && isBorrowingClass(s)) {
      return true;
    }
    for (TypeMirror i : t.getInterfaces()) {
      if (isClassType(i) && isBorrowingClass(((DeclaredType) i).asElement())) {
        return true;
      }
    }
    return false;
  }

  /** Whether values of static type {@code t} are instances of a borrowing class. */
  public static boolean isBorrowingType(TypeMirror t) {
    return t instanceof DeclaredType d && isBorrowingClass(d.asElement());
  }

  /**
   * A field that holds a borrow (SPEC 3.8): {@code @Borrowed} or {@code @Mut} on an instance
   * field of a borrowing class (a record component's annotation lands on its field too).
   */
  public static boolean isBorrowField(VariableElement f) {
    return f.getKind() == ElementKind.FIELD && !f.getModifiers().contains(Modifier.STATIC)
        && isBorrowingClass(f.getEnclosingElement())
        && (Annotations.find(f, Annotations.BORROWED) != null
            || Annotations.find(f, Annotations.MUT) != null);
  }

  /** {@code @MustCall("close")}: tracked; {@code @MustCall({})} says there is nothing to call. */
  private static boolean mustCallSomething(TypeElement type) {
    List<String> methods = Annotations.mustCall(type);
    return methods != null && !methods.isEmpty();
  }

  private boolean trackedSupertype(TypeElement type) {
    for (TypeElement s : supertypes(type)) {
      if (isTrackedClass(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A variable the checker follows: a tracked type, or an ownership annotation on it, unless it
   * is a local under {@code @SuppressWarnings("ownership")}.
   */
  public boolean isTracked(VariableElement v) {
    // Not cached: the answer costs about what a lookup would, and a cache would keep every
    // variable of the compilation alive to the end.
    return (isTrackedType(v.asType())
        || !ownersByValue.isEmpty() && ownersByValue.contains(v)
        || Annotations.has(v, Annotations.OWNED)
        || Annotations.has(v, Annotations.BORROWED)
        || Annotations.has(v, Annotations.MUT))
        && !(isLocal(v) && Annotations.suppressed(v));
  }

  /**
   * A parameter the method takes ownership of: {@code @Owned}, or a tracked component of a
   * record's canonical constructor, which stores it in the record (Rust's struct literal
   * {@code Lease { conn: c }} moves {@code c}), unless it says {@code @Borrowed} or {@code @Mut}.
   */
  public boolean isOwnedParameter(VariableElement p) {
    if (Annotations.has(p, Annotations.OWNED)) {
      return true;
    }
    if (!(p.getEnclosingElement() instanceof ExecutableElement m)
        || Annotations.has(p, Annotations.BORROWED) || Annotations.has(p, Annotations.MUT)) {
      return false;
    }
    return isCanonicalConstructor(m) ? isTracked(p) : isInheritedOwned(m, p);
  }

  /**
   * A parameter that states no contract takes the one of the parameter it overrides (Rust's
   * impl of a trait method has the trait's signature): {@code accept(Chan c)} implementing
   * {@code accept(@Owned Chan c)} owns {@code c}. Only tracked parameters inherit, which is what
   * ownership means; a narrower contract stated on the override is J0003.
   */
  private boolean isInheritedOwned(ExecutableElement m, VariableElement p) {
    if (m.getKind() != ElementKind.METHOD || m.getModifiers().contains(Modifier.STATIC)
        || !(m.getEnclosingElement() instanceof TypeElement owner)
        || !isTrackedType(p.asType())) {
      return false;
    }
    boolean[] owned = inherited.get(m);
    if (owned == null) {
      owned = new boolean[m.getParameters().size()];
      for (ExecutableElement o : overridden(m, owner)) {
        List<? extends VariableElement> theirs = o.getParameters();
        for (int i = 0; i < owned.length && i < theirs.size(); i++) {
          owned[i] |= isOwnedParameter(theirs.get(i));
        }
      }
      inherited.put(m, owned);
    }
    int index = m.getParameters().indexOf(p);
    return index >= 0 && owned[index];
  }

  /** The methods {@code m} overrides, in every supertype of {@code owner}. */
  private List<ExecutableElement> overridden(ExecutableElement m, TypeElement owner) {
    List<ExecutableElement> found = new java.util.ArrayList<>();
    java.util.Set<TypeElement> seen = new java.util.HashSet<>();
    java.util.ArrayDeque<TypeMirror> work =
        new java.util.ArrayDeque<>(types.directSupertypes(owner.asType()));
    while (!work.isEmpty()) {
      TypeMirror t = work.poll();
      if (t.getKind() != TypeKind.DECLARED
          || !seen.add((TypeElement) ((DeclaredType) t).asElement())) {
        continue;
      }
      TypeElement s = (TypeElement) ((DeclaredType) t).asElement();
      for (ExecutableElement c : ElementFilter.methodsIn(s.getEnclosedElements())) {
        if (c.getSimpleName().equals(m.getSimpleName())
            && c.getParameters().size() == m.getParameters().size()
            && elements.overrides(m, c, owner)) {
          found.add(c);
        }
      }
      work.addAll(types.directSupertypes(t));
    }
    return found;
  }

  private boolean isCanonicalConstructor(ExecutableElement ctor) {
    if (ctor.getKind() != ElementKind.CONSTRUCTOR
        || ctor.getEnclosingElement().getKind() != ElementKind.RECORD) {
      return false;
    }
    List<? extends RecordComponentElement> components =
        ((TypeElement) ctor.getEnclosingElement()).getRecordComponents();
    List<? extends VariableElement> params = ctor.getParameters();
    if (components.size() != params.size()) {
      return false;
    }
    for (int i = 0; i < params.size(); i++) {
      if (!types.isSameType(types.erasure(components.get(i).asType()),
          types.erasure(params.get(i).asType()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Makes local {@code v} an owner of the resource it is given though its declared type is not
   * one ({@code Closeable c = new FileInputStream(f)}), unless it says it borrows or is under
   * {@code @SuppressWarnings("ownership")}.
   */
  public void adoptOwnerByValue(VariableElement v) {
    if (!Annotations.suppressed(v) && !Annotations.has(v, Annotations.BORROWED)
        && !Annotations.has(v, Annotations.MUT)) {
      ownersByValue.add(v);
    }
  }

  /** A local that owns a resource by its value, not its type (see {@link #adoptOwnerByValue}). */
  public boolean ownsByValue(VariableElement v) {
    return !ownersByValue.isEmpty() && ownersByValue.contains(v);
  }

  /**
   * A method or constructor whose result is a resource the caller must close whatever its type
   * says: Error Prone's {@code @MustBeClosed} on it, or in a model ({@code Files.lines}: a
   * {@code Stream}, which as a rule holds nothing).
   */
  public boolean mustBeClosedResult(ExecutableElement m) {
    return says(closingResults, m, Annotations.MUST_BE_CLOSED, "@MustBeClosed");
  }

  /** {@code java.lang.AutoCloseable}, erased: what a resource is a subtype of. */
  TypeMirror autoCloseable() {
    return autoCloseable;
  }

  /**
   * A {@code java.util.stream} stream: its operations return a stream whose {@code close()}
   * closes the one they were called on (a pipeline shares its close handlers).
   */
  public boolean isStream(TypeMirror t) {
    if (baseStream == null) {
      TypeElement b = JavaBase.type(elements, "java.util.stream.BaseStream");
      baseStream = b == null ? types.getNoType(TypeKind.NONE) : types.erasure(b.asType());
    }
    return t != null && t.getKind() == TypeKind.DECLARED
        && baseStream.getKind() == TypeKind.DECLARED
        && types.isSubtype(types.erasure(t), baseStream);
  }

  /** An owner: tracked, and neither a borrow nor annotated as one. */
  public boolean isOwner(VariableElement v) {
    return isTracked(v)
        && !Annotations.has(v, Annotations.BORROWED)
        && !Annotations.has(v, Annotations.MUT);
  }

  /**
   * Whether {@code this} can lend something inside members of {@code type}: it is tracked, or
   * it holds a tracked field (a service that owns a connection can have a getter that lends it,
   * {@code fn conn(&self) -> &Conn}).
   */
  public boolean lends(Element type) {
    if (!(type instanceof TypeElement t)) {
      return false;
    }
    return isTrackedThis(t) || holdsTrackedField(t);
  }

  /**
   * Whether an instance of {@code type} has a tracked field, its own or a superclass's. Asked
   * of every method whose contract is read: cached for each class of the chain, which the
   * subclasses share.
   */
  private boolean holdsTrackedField(TypeElement type) {
    Boolean known = lendingClasses.get(type);
    if (known == null) {
      TypeElement s = superclass(type);
      known = declaresTrackedField(type) || s != null && holdsTrackedField(s);
      lendingClasses.put(type, known);
    }
    return known;
  }

  /**
   * Whether {@code type} itself declares a tracked instance field: its constructors run the
   * field's initialiser or must store it (SPEC 3.9). Asked of every constructor, so cached; a
   * superclass's fields are left to the superclass, since listing a class's members makes javac
   * read the class file of each of its nested classes.
   */
  public boolean declaresTrackedField(TypeElement type) {
    Boolean known = classesWithTrackedFields.get(type);
    if (known == null) {
      known = false;
      for (VariableElement f : ElementFilter.fieldsIn(type.getEnclosedElements())) {
        if (!f.getModifiers().contains(Modifier.STATIC) && isTracked(f)) {
          known = true;
          break;
        }
      }
      classesWithTrackedFields.put(type, known);
    }
    return known;
  }

  /**
   * The superclass of {@code t}, or null for none. Not an erroneous one: javac gives each class
   * of a cyclic hierarchy ({@code A extends B}, {@code B extends A}) an error type for a
   * superclass, and that type still leads to the other class, so a walk would never end.
   */
  public static TypeElement superclass(TypeElement t) {
    return isClassType(t.getSuperclass()) ? (TypeElement) ((DeclaredType) t.getSuperclass())
        .asElement() : null;
  }

  /**
   * The classes and interfaces {@code type} names as its superclass and superinterfaces, not
   * erroneous ones (see {@link #superclass}). Read from the class, not from {@link
   * Types#directSupertypes}, which substitutes type arguments no caller here needs.
   */
  public static List<TypeElement> supertypes(TypeElement type) {
    List<TypeElement> found = new ArrayList<>(1 + type.getInterfaces().size());
    TypeElement s = superclass(type);
    if (s != null) {
      found.add(s);
    }
    for (TypeMirror i : type.getInterfaces()) {
      if (isClassType(i)) {
        found.add((TypeElement) ((DeclaredType) i).asElement());
      }
    }
    return found;
  }

  /** A class or interface type, not an erroneous one (see {@link #superclass}). */
  public static boolean isClassType(TypeMirror t) {
    return t.getKind() == TypeKind.DECLARED;
  }

  /**
   * Whether {@code this} is tracked inside members of {@code type}: its class, or a supertype,
   * says {@code @Owned} in source. A class tracked only because a model or another checker's
   * annotation names it or a supertype ({@code class CountingInputStream extends InputStream})
   * never opted into jborrow's discipline for {@code this} ({@code @Mut} methods, E0594): it is
   * checked as a client of its own resources, as any untracked class is, while its values are
   * tracked wherever they are used.
   */
  public boolean isTrackedThis(Element type) {
    return type instanceof TypeElement t && isTrackedClass(t) && (stress || ownedInSource(t));
  }

  private boolean ownedInSource(TypeElement type) {
    Boolean known = ownedInSource.get(type);
    if (known == null) {
      known = Annotations.find(type, Annotations.OWNED) != null || isBorrowingClass(type);
      for (TypeElement s : supertypes(type)) {
        known = known || ownedInSource(s);
      }
      ownedInSource.put(type, known);
    }
    return known;
  }

  /**
   * A type whose owners must be closed (J0001): closeable, or given a disposal method by a
   * model or by {@code @MustCall}; and not resource-free (by a model, or by {@code @MustCall({})}
   * on it or a supertype).
   */
  public boolean mustBeClosed(TypeMirror t) {
    TypeMirror erased = types.erasure(t);
    if (erased.getKind() == TypeKind.TYPEVAR) {
      erased = types.erasure(((TypeVariable) t).getUpperBound());
    }
    if (erased.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement type = (TypeElement) ((DeclaredType) erased).asElement();
    return closeableClasses.computeIfAbsent(type,
        k -> (types.isSubtype(types.erasure(k.asType()), autoCloseable)
                || models.isDisposable(k) || !disposalMethods(k).isEmpty()
                || declaresDischarge(k))
            && !models.isResourceFree(k) && !declaredResourceFree(k));
  }

  /**
   * The methods that {@code @MustCall} on {@code type} or its nearest annotated supertype names:
   * calling one of them discharges a value of the type, as {@code close()} does.
   */
  public List<String> disposalMethods(TypeElement type) {
    List<String> known = disposal.get(type);
    if (known == null) {
      known = findDisposalMethods(type);
      disposal.put(type, known);
    }
    return known;
  }

  private List<String> findDisposalMethods(TypeElement type) {
    List<String> own = Annotations.mustCall(type);
    if (own != null) {
      return own;
    }
    for (TypeElement s : supertypes(type)) {
      List<String> inherited = disposalMethods(s);
      if (!inherited.isEmpty()) {
        return inherited;
      }
    }
    return List.of();
  }

  /**
   * Whether {@code t} or a supertype has a disposal method other than {@code close()}: a
   * model's {@code @Consumes} line or {@code @MustCall}, also where a subtype says
   * {@code @MustCall({})}.
   */
  public boolean isDisposable(TypeMirror t) {
    TypeMirror erased = types.erasure(t);
    if (erased.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement type = (TypeElement) ((DeclaredType) erased).asElement();
    Boolean known = disposableClasses.get(type);
    if (known == null) {
      known = models.isDisposable(type) || hasMustCall(type);
      disposableClasses.put(type, known);
    }
    return known;
  }

  private boolean hasMustCall(TypeElement type) {
    if (Annotations.mustCall(type) != null) {
      return true;
    }
    for (TypeElement s : supertypes(type)) {
      if (hasMustCall(s)) {
        return true;
      }
    }
    return false;
  }

  /** A {@code @Discharges} call meets the obligation of the receiver's owner (SPEC 3.9). */
  public boolean discharges(ExecutableElement m) {
    return says(discharging, m, Annotations.DISCHARGES, "@Discharges");
  }

  /**
   * Whether a call of {@code m} needs the graph whatever its receiver and arguments: it obliges
   * its receiver, or its result must be closed. The fast path asks it of every call.
   */
  public boolean bindsItsCaller(ExecutableElement m) {
    return obliges(m) || mustBeClosedResult(m);
  }

  /** An {@code @Obliges} call creates an obligation on its receiver (SPEC 3.9). */
  public boolean obliges(ExecutableElement m) {
    return says(obliging, m, Annotations.OBLIGES, "@Obliges");
  }

  /**
   * Whether {@code m} carries {@code annotation} or a model says {@code modelTag} of it, kept in
   * {@code known}: the lowering and the fast path ask it of every call.
   */
  private boolean says(Map<ExecutableElement, Boolean> known, ExecutableElement m,
      String annotation, String modelTag) {
    Boolean answer = known.get(m);
    if (answer == null) {
      answer = Annotations.find(m, annotation) != null || models.says(m, modelTag);
      known.put(m, answer);
    }
    return answer;
  }

  /**
   * A type whose own methods (or a supertype's) say {@code @Discharges} and none
   * {@code @Obliges}: its owners must meet the obligation (an {@code @Obliges} type's
   * obligations come from calls instead).
   */
  private boolean declaresDischarge(TypeElement type) {
    boolean discharge = false;
    for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (Annotations.find(m, Annotations.OBLIGES) != null) {
        return false;
      }
      discharge |= Annotations.find(m, Annotations.DISCHARGES) != null;
    }
    return discharge;
  }

  /**
   * What disposes of a value of {@code t} or meets its obligation, for messages: {@code close},
   * the methods models, {@code @MustCall}, {@code @Consumes} and {@code @Discharges} name.
   */
  public List<String> disposalNames(TypeMirror t) {
    TypeMirror erased = types.erasure(t);
    java.util.Set<String> names = new java.util.TreeSet<>();
    if (!(erased instanceof DeclaredType d)) {
      return List.of("close");
    }
    TypeElement type = (TypeElement) d.asElement();
    if (types.isSubtype(erased, autoCloseable)) {
      names.add("close");
    }
    names.addAll(models.disposalNames(type));
    names.addAll(disposalMethods(type));
    for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (Annotations.find(m, Annotations.DISCHARGES) != null
          || Annotations.find(m, Annotations.CONSUMES) != null) {
        names.add(m.getSimpleName().toString());
      }
    }
    return names.isEmpty() ? List.of("close") : List.copyOf(names);
  }

  /** {@code @MustCall({})} on the type or a supertype: its values hold nothing to release. */
  private boolean declaredResourceFree(TypeElement type) {
    List<String> own = Annotations.mustCall(type);
    if (own != null) {
      return own.isEmpty();
    }
    for (TypeElement s : supertypes(type)) {
      if (declaredResourceFree(s)) {
        return true;
      }
    }
    return false;
  }

  /** Asked of every name on the fast path: a set lookup, not a comparison of names. */
  public static boolean isLocal(Element e) {
    return LOCAL_KINDS.contains(e.getKind());
  }
}
