package dev.jborrow.processor.lower;

import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.model.Annotations;
import dev.jborrow.processor.model.Contract;
import dev.jborrow.processor.model.Tracking;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * What the method may do with a place whatever the flow: whether it is followed at all,
 * whether moving out of it is allowed, whether it may be mutated. Reads the holders that
 * {@link Roles} finds (the sets grow while Roles runs its fixpoint, and are fixed after it).
 */
final class Permissions {

  private final BodyContext body;
  private final Tracking tracking;
  private final ValueFlow flow;
  private final Set<VariableElement> borrowHolders;
  private final Set<VariableElement> mutableHolders;

  Permissions(BodyContext body, ValueFlow flow, Set<VariableElement> borrowHolders,
      Set<VariableElement> mutableHolders) {
    this.body = body;
    this.tracking = body.tracking();
    this.flow = flow;
    this.borrowHolders = borrowHolders;
    this.mutableHolders = mutableHolders;
  }

  /** Whether the checker follows a place at all: a tracked root or a tracked field on the way. */
  boolean isFollowed(Place place) {
    Element root = place.root();
    if (root instanceof VariableElement v) {
      if (body.isTracked(v)) {
        return true;
      }
    } else if (tracking.isTrackedThis(root)) {
      return true;
    }
    for (VariableElement f : place.fields()) {
      if (body.isTracked(f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A parameter of an untracked type that the caller only lends ({@code Object other} of
   * {@code equals}): a tracked value cast or matched out of it is a borrow too, not a new owner.
   */
  boolean isLentParameter(Place place) {
    return place.isRoot() && place.root() instanceof VariableElement v
        && v.getKind() == ElementKind.PARAMETER && flow.isDeclared(v)
        && !body.isTracked(v) && !body.ownsParameter(v);
  }

  /** Whether the value in the place is tracked, so that taking it moves it. */
  boolean holdsTrackedValue(Place place) {
    if (!place.fields().isEmpty()) {
      return body.isTracked(place.fields().get(place.fields().size() - 1));
    }
    Element root = place.root();
    return root instanceof VariableElement v ? body.isTracked(v)
        : tracking.isTrackedThis(root);
  }

  /**
   * A place in a static field or an enum constant: the whole program shares it, so a local it
   * is given to only borrows it (Rust's {@code &'static}), and nothing may move out of it.
   */
  static boolean isStatic(Place place) {
    return place.root() instanceof VariableElement v && !Tracking.isLocal(v);
  }

  /** Whether the place is reached through a parameter or {@code this}: the caller's. */
  static boolean isBorrowedInput(Place place) {
    return !(place.root() instanceof VariableElement v) || v.getKind() == ElementKind.PARAMETER;
  }

  /** Why moving out of {@code place} is forbidden whatever the flow, or null. */
  Effect.Why illegalMove(Place place) {
    Element root = place.root();
    Effect.Why throughField = behindBorrowField(place);
    if (throughField != null) {
      return throughField;
    }
    if (!(root instanceof VariableElement v)) {
      // A constructor's `this` is mutable, as a @Mut method's (SPEC 3.3), and so is that of a
      // class that is not tracked, whose methods say nothing of `this`. A method promising
      // with @EnsuresCalledMethods to release a field owns that field (SPEC 3.9).
      return body.ownsThis() || releasesField(place) ? null
          : body.method() != null
              && (body.contracts().of(body.method()).receiver() == Contract.Receiver.MUT
                  || body.method().getKind() == ElementKind.CONSTRUCTOR)
              || !tracking.isTrackedThis(root)
              ? Effect.Why.BEHIND_MUT_BORROW : Effect.Why.BEHIND_BORROW;
    }
    if (isStatic(place)) {
      return Effect.Why.STATIC;
    }
    if (v.getKind() == ElementKind.RESOURCE_VARIABLE) {
      return Effect.Why.RESOURCE;
    }
    if (!flow.isDeclared(v)) {
      return body.ownsCaptures() ? null : Effect.Why.CAPTURED;
    }
    if (v.getKind() == ElementKind.PARAMETER && !body.ownsParameter(v)) {
      return body.mutParameter(v) ? Effect.Why.BEHIND_MUT_BORROW
          : Effect.Why.BEHIND_BORROW;
    }
    if (borrowHolders.contains(v)) {
      return mutableHolders.contains(v) ? Effect.Why.BEHIND_MUT_BORROW
          : Effect.Why.BEHIND_BORROW;
    }
    return null;
  }

  private boolean releasesField(Place place) {
    if (body.method() == null || place.fields().size() != 1) {
      return false;
    }
    String name = place.fields().get(0).getSimpleName().toString();
    List<String> promised = Annotations.ensuredCalls(body.method());
    return promised.contains(name) || promised.contains("this." + name);
  }

  /**
   * Whether {@code place} is reached through a shared borrow, so it cannot be mutated:
   * {@code this} in a method without {@code @Mut}, a parameter that is neither {@code @Owned}
   * nor {@code @Mut}, a shared holder.
   */
  boolean isSharedRoot(Place place) {
    Element root = place.root();
    for (VariableElement f : place.fields()) {
      if (Tracking.isBorrowField(f) && Annotations.find(f, Annotations.MUT) == null) {
        return true; // through a shared borrow a `@Mut` field below lends shared too (`&&mut`)
      }
    }
    if (!(root instanceof VariableElement v)) {
      // `this` of the method it belongs to, also seen from a lambda or an anonymous class in it.
      ExecutableElement m = tracking.isTrackedThis(root) ? body.methodOfThis(root) : null;
      return m != null && m.getKind() != ElementKind.CONSTRUCTOR
          && body.contracts().of(m).receiver() == Contract.Receiver.SHARED;
    }
    if (!Tracking.isLocal(v)) {
      return false;
    }
    if (!flow.isDeclared(v)) {
      // Captured by a closure: a shared borrow stays one inside it, also in a closure on
      // another thread (taking it there is E0521 at the spawn; writing through it is E0596
      // besides, as in rustc).
      return Annotations.has(v, Annotations.BORROWED)
          || v.getKind() == ElementKind.PARAMETER && isSharedParameter(v);
    }
    if (v.getKind() == ElementKind.PARAMETER) {
      return isSharedParameter(v);
    }
    return borrowHolders.contains(v) && !mutableHolders.contains(v);
  }

  /**
   * Why a place reached through a field that holds a borrow (SPEC 3.8: {@code this.buf} of a
   * cursor, {@code c.buf}) is behind that borrow, whoever owns the object holding the field:
   * the field refers to the value, it does not own it ({@code buf: &'a Buf}). The innermost
   * such field decides, as {@code *self.buf} derefs the last reference on the way. Null when no
   * field on the way holds a borrow.
   */
  static Effect.Why behindBorrowField(Place place) {
    Effect.Why why = null;
    for (VariableElement f : place.fields()) {
      if (Tracking.isBorrowField(f)) {
        why = Annotations.find(f, Annotations.MUT) != null ? Effect.Why.BEHIND_MUT_BORROW
            : Effect.Why.BEHIND_BORROW;
      }
    }
    return why;
  }

  private boolean isSharedParameter(VariableElement v) {
    return body.isTracked(v) && !body.ownsParameter(v) && !body.mutParameter(v);
  }
}
