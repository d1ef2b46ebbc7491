package dev.jborrow.processor.difftest;

import dev.jborrow.processor.difftest.TwinGenerator.Kind;
import dev.jborrow.processor.difftest.TwinGenerator.Place;
import dev.jborrow.processor.difftest.TwinGenerator.Source;
import dev.jborrow.processor.difftest.TwinGenerator.Var;
import java.util.List;
import java.util.Random;

/**
 * The statements of the twin language over its compound values, which the core statements of
 * {@link TwinGenerator} never use as places:
 *
 * <ul>
 *   <li>a record {@code P(@Owned R a, @Owned R b)} / {@code struct P { a: R, b: R }} with getters
 *       {@code fn a(&self) -> &R}: its constructor moves its components in, its accessors lend
 *       them (a loan of the whole record, as a getter's {@code &self} is);
 *   <li>a value that holds a borrow, {@code @Borrowed class V} with a {@code @Borrowed R} field /
 *       {@code struct V<'a> { r: &'a R }} (SPEC 3.8): {@code new V(x)} is a loan of {@code x}
 *       held by the value, and {@code v.get()} a borrow tied to {@code v}; and one that holds
 *       a mutable borrow, {@code W} with a {@code @Mut R} field / {@code struct W<'a> { r: &'a
 *       mut R }}, whose {@code @Mut bump()} writes through it;
 *   <li>an array of two {@code R}s, {@code R[] xs = {a, b}} / {@code let mut xs = [a, b];}: the
 *       initializer and an element store move owners in, an element is read, mutated and lent
 *       to a call through its index, and moving one out is E0508 on both sides. An element is
 *       lent for one statement only (see {@link #borrowSource}).
 * </ul>
 */
final class CompoundForms {

  private final TwinGenerator g;

  CompoundForms(TwinGenerator g) {
    this.g = g;
  }

  /**
   * One statement over a compound value; declares one first when there is none to use. Mostly
   * over one already in scope: a value declared and never used tells little.
   */
  void statement() {
    List<Var> inScope = g.vars(CompoundForms::isCompound);
    Kind kind = !inScope.isEmpty() && random().nextInt(4) != 0
        ? inScope.get(random().nextInt(inScope.size())).kind()
        : List.of(Kind.RECORD, Kind.HOLDER, Kind.MUT_HOLDER, Kind.ARRAY)
            .get(random().nextInt(4));
    switch (kind) {
      case RECORD -> record();
      case HOLDER -> holder();
      case MUT_HOLDER -> mutHolder();
      default -> array();
    }
  }

  /**
   * A borrow of an R out of a record or a holder, or null when there is none in scope. Never an
   * array element: rustc's borrow of {@code xs[i]} is a loan of the whole array, jborrow's is no
   * loan (arrays are untracked, SPEC 3.8), so an element borrow that outlives its statement is
   * a known gap (bench/README.md), not generated.
   */
  Source borrowSource() {
    List<Var> vs = g.vars(v -> v.kind() == Kind.RECORD || v.kind() == Kind.HOLDER);
    if (vs.isEmpty()) {
      return null;
    }
    Var v = vs.get(random().nextInt(vs.size()));
    if (v.kind() == Kind.HOLDER) {
      return new Source(v.name() + ".get()", v.name() + ".get()");
    }
    String c = component();
    return new Source(v.name() + "." + c + "()", v.name() + "." + c + "()");
  }

  // ------------------------------------------------------------------ records

  private void record() {
    Var p = existing(Kind.RECORD);
    if (p == null || random().nextInt(4) == 0) {
      String name = p != null && random().nextBoolean() ? p.name() : g.fresh("pr");
      Place a = ownerOrNull();
      Place b = ownerOrNull();
      String java = "new P(" + (a == null ? "new R()" : a.java()) + ", "
          + (b == null ? "new R()" : b.java()) + ")";
      String rust = "P::new(" + (a == null ? "R::new()" : a.rust()) + ", "
          + (b == null ? "R::new()" : b.rust()) + ")";
      if (p != null && name.equals(p.name())) {
        g.line("recordAssign", name + " = " + java + ";", name + " = " + rust + ";");
      } else {
        g.line("record", "P " + name + " = " + java + ";", "let mut " + name + " = " + rust + ";");
        g.declare(name, Kind.RECORD);
      }
      return;
    }
    String c = component();
    switch (random().nextInt(5)) {
      case 0 -> g.line("recordRead", p.name() + "." + c + "().read();",
          p.name() + "." + c + "().read();");
      case 1 -> g.line("recordLook", "look(" + p.name() + "." + c + "());",
          "look(" + p.name() + "." + c + "());");
      case 2 -> g.line("recordMoveOut", "take(" + p.name() + "." + c + "());",
          "take(*" + p.name() + "." + c + "());");
      default -> g.line("recordMove", "ptake(" + p.name() + ");", "ptake(" + p.name() + ");");
    }
  }

  /** An owner place to move into a compound value, or null for a fresh {@code R}. */
  private Place ownerOrNull() {
    return random().nextBoolean() ? null : g.place(true, Var::owner);
  }

  private String component() {
    return random().nextBoolean() ? "a" : "b";
  }

  // ------------------------------------------------------------------ values holding borrows

  private void holder() {
    Var v = existing(Kind.HOLDER);
    if (v == null || random().nextInt(4) == 0) {
      Source s = g.borrowSource();
      if (v != null && random().nextBoolean()) {
        g.line("holderAssign", v.name() + " = new V(" + s.java() + ");",
            v.name() + " = V::new(" + s.rust() + ");");
      } else {
        String name = g.fresh("v");
        g.line("holder", "V " + name + " = new V(" + s.java() + ");",
            "let mut " + name + " = V::new(" + s.rust() + ");");
        g.declare(name, Kind.HOLDER);
      }
      return;
    }
    switch (random().nextInt(4)) {
      case 0 -> g.line("holderMove", "vtake(" + v.name() + ");", "vtake(" + v.name() + ");");
      case 1 -> g.line("holderGet", v.name() + ".get().read();", v.name() + ".get().read();");
      default -> g.line("holderUse", v.name() + ".peek();", v.name() + ".peek();");
    }
  }

  /**
   * {@code @Borrowed class W} with a {@code @Mut R} field / {@code struct W<'a> { r: &'a mut R }}:
   * {@code new W(x)} is a mutable loan of {@code x} held by the value.
   */
  private void mutHolder() {
    Var w = existing(Kind.MUT_HOLDER);
    if (w == null || random().nextInt(4) == 0) {
      Place p = g.place(true, v -> v.kind() != Kind.REF_R || random().nextInt(4) == 0);
      if (w != null && random().nextBoolean()) {
        g.line("mutHolderAssign", w.name() + " = new W(" + p.java() + ");",
            w.name() + " = W::new(" + p.mutable() + ");");
      } else {
        String name = g.fresh("u");
        g.line("mutHolder", "W " + name + " = new W(" + p.java() + ");",
            "let mut " + name + " = W::new(" + p.mutable() + ");");
        g.declare(name, Kind.MUT_HOLDER);
      }
      return;
    }
    switch (random().nextInt(4)) {
      case 0 -> g.line("mutHolderMove", "wtake(" + w.name() + ");", "wtake(" + w.name() + ");");
      case 1 -> g.line("mutHolderPeek", w.name() + ".peek();", w.name() + ".peek();");
      default -> g.line("mutHolderBump", w.name() + ".bump();", w.name() + ".bump();");
    }
  }

  // ------------------------------------------------------------------ arrays

  private void array() {
    Var xs = existing(Kind.ARRAY);
    if (xs == null || random().nextInt(5) == 0) {
      String name = g.fresh("xs");
      Place a = ownerOrNull();
      Place b = ownerOrNull();
      g.line("array", "R[] " + name + " = {" + (a == null ? "new R()" : a.java()) + ", "
              + (b == null ? "new R()" : b.java()) + "};",
          "let mut " + name + " = [" + (a == null ? "R::new()" : a.rust()) + ", "
              + (b == null ? "R::new()" : b.rust()) + "];");
      g.declare(name, Kind.ARRAY);
      return;
    }
    String e = element(xs);
    switch (random().nextInt(7)) {
      case 0 -> g.line("elementRead", e + ".read();", e + ".read();");
      case 1 -> g.line("elementLook", "look(" + e + ");", "look(&" + e + ");");
      case 2 -> g.line("elementWrite", e + ".write();", e + ".write();");
      case 3 -> g.line("elementPoke", "poke(" + e + ");", "poke(&mut " + e + ");");
      case 4 -> {
        Place from = ownerOrNull();
        g.line("elementStore", e + " = " + (from == null ? "new R()" : from.java()) + ";",
            e + " = " + (from == null ? "R::new()" : from.rust()) + ";");
      }
      case 5 -> g.line("elementMoveOut", "take(" + e + ");", "take(" + e + ");");
      default -> {
        Source s = g.borrowSource();
        g.line("elementMerge", e + ".merge(" + s.java() + ");", e + ".merge(" + s.rust() + ");");
      }
    }
  }

  private String element(Var xs) {
    return xs.name() + "[" + random().nextInt(2) + "]";
  }

  // ------------------------------------------------------------------ helpers

  boolean anyInScope() {
    return !g.vars(CompoundForms::isCompound).isEmpty();
  }

  private static boolean isCompound(Var v) {
    return v.kind() == Kind.RECORD || v.kind() == Kind.HOLDER || v.kind() == Kind.MUT_HOLDER
        || v.kind() == Kind.ARRAY;
  }

  /** A variable of {@code kind} in scope, or null. */
  private Var existing(Kind kind) {
    List<Var> vs = g.vars(v -> v.kind() == kind);
    return vs.isEmpty() ? null : vs.get(random().nextInt(vs.size()));
  }

  private Random random() {
    return g.random();
  }
}
