package dev.jborrow.processor.errors;

import com.sun.source.tree.MemberReferenceTree;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.diag.Code;
import dev.jborrow.processor.diag.Diagnostic;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.model.Annotations;
import dev.jborrow.processor.model.Tracking;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;

/** The wording of mutation through a shared borrow: E0596 and E0594. */
public final class MutabilityErrors {

  private final Spans body;

  public MutabilityErrors(Spans body) {
    this.body = body;
  }

  public Diagnostic of(Effect.IllegalMutation m) {
    Place p = m.place();
    if (p == null && m.at() instanceof MemberReferenceTree) {
      // `Buf::push` as a BiConsumer<Buf, Integer>: it mutates what the functional method lends.
      return Diagnostic.of(Code.E0596, "cannot borrow the argument of `" + m.display()
              + "` as mutable, as it is behind a shared reference", body.span(m.at()))
          .primaryLabel("the functional interface lends its argument shared, so it cannot be "
              + "borrowed as mutable")
          .help("call the `@Mut` method where its receiver is lent mutably, or take a functional "
              + "interface whose method takes it `@Mut`")
          .build();
    }
    String name = m.display();
    // Assigning a field replaces it: what holds it decides, not the field itself.
    Place field = sharedBorrowField(m.assignment() && p != null ? p.parent() : p);
    if (field != null) {
      // Through a `@Borrowed` field of a borrowing class (`buf: &'a Buf`): `this` being
      // mutable does not help, the field itself is a shared borrow.
      String shared = "`" + field.display() + "` is a shared borrow (a `@Borrowed` field)";
      Diagnostic.Builder d = m.assignment()
          ? Diagnostic.of(Code.E0594, "cannot assign to `" + name
                  + "`, which is behind a shared reference", body.span(m.at()))
              .primaryLabel(shared + ", so `" + name + "` cannot be written")
          : Diagnostic.of(Code.E0596, "cannot borrow `" + name
                  + "` as mutable, as it is behind a shared reference", body.span(m.at()))
              .primaryLabel(shared + ", so it cannot be borrowed as mutable");
      return d.help("to write through the field, mark it `@Mut` and give the constructor a "
          + "`@Mut` parameter for it").build();
    }
    Diagnostic.Builder d = m.assignment()
        ? Diagnostic.of(Code.E0594, "cannot assign to `" + name
                + "`, which is behind a shared reference", body.span(m.at()))
            .primaryLabel((p == null ? rootName(p) : "`" + rootName(p) + "`")
                + " is a shared borrow, so `" + name + "` cannot be written")
        : Diagnostic.of(Code.E0596, "cannot borrow `" + name
                + "` as mutable, as it is behind a shared reference", body.span(m.at()))
            .primaryLabel((p == null ? rootName(p) : "`" + rootName(p) + "`")
                + " is a shared borrow, so it cannot be borrowed as mutable");
    return d.help(fix(p)).build();
  }

  /** The place up to the last {@code @Borrowed} field of a borrowing class on it, or null. */
  private static Place sharedBorrowField(Place p) {
    if (p == null) {
      return null;
    }
    Place found = null;
    Place q = Place.of(p.root());
    for (VariableElement f : p.fields()) {
      q = q.field(f);
      if (Tracking.isBorrowField(f) && Annotations.find(f, Annotations.MUT) == null) {
        found = q;
      }
    }
    return found;
  }

  private static String rootName(Place p) {
    if (p == null) {
      return "the call's result";
    }
    return p.isThis() ? "this" : p.root().getSimpleName().toString();
  }

  private static String fix(Place p) {
    if (p == null) {
      return "the method returns a shared borrow; a `@Mut @Borrowed` method returns one that "
          + "may be mutated";
    }
    if (p.isThis()) {
      return "consider marking the method `@Mut`, so that it borrows `this` mutably";
    }
    VariableElement v = (VariableElement) p.root();
    if (v.getKind() == ElementKind.PARAMETER) {
      return "consider marking the parameter `@Mut`: `@Mut " + v.asType() + " "
          + v.getSimpleName() + "`";
    }
    return "consider borrowing mutably: declare `" + v.getSimpleName() + "` `@Mut`";
  }
}
