package dev.jborrow.processor.check.loans;

import com.sun.source.tree.Tree;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.diag.Diagnostic;
import dev.jborrow.processor.diag.DiagnosticSink;
import dev.jborrow.processor.errors.ConflictErrors;
import dev.jborrow.processor.errors.EscapeErrors;
import dev.jborrow.processor.ir.BodyEffects;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.ir.Holder;
import dev.jborrow.processor.ir.Loan;
import dev.jborrow.processor.lower.BodyContext;
import dev.jborrow.processor.model.Contract;
import dev.jborrow.processor.model.Tracking;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;

/**
 * Borrows that leave the method, judged by what they may outlive (rustc's region errors): a
 * returned borrow (E0515), what a closure that escapes captures (E0597, E0515, E0521), and the
 * loans an untracked value carries out. {@link ConflictChecker} hands each such effect here,
 * with the loans that exist where it happens.
 */
final class LeavingBorrows {

  private final BodyContext context;
  private final BodyEffects body;
  private final Holders holders;
  private final ConflictErrors errors;
  private final EscapeErrors escapes;
  private final DiagnosticSink sink;
  /** Loans a return may give back: their owner's drop is E0515 at the return, not E0597. */
  private final Set<Loan> returnedLoans = new HashSet<>();

  LeavingBorrows(BodyContext context, BodyEffects body, Holders holders, ConflictErrors errors,
      EscapeErrors escapes, DiagnosticSink sink) {
    this.context = context;
    this.body = body;
    this.holders = holders;
    this.errors = errors;
    this.escapes = escapes;
    this.sink = sink;
  }

  /** Whether a return met so far may give {@code loan} back (then its owner's drop is no E0597). */
  boolean mayBeReturned(Loan loan) {
    return returnedLoans.contains(loan);
  }

  /**
   * E0515: a {@code @Borrowed} method may only return borrows of its sources: the elided or
   * named inputs. Holders are followed to the places they borrow.
   */
  void returned(Effect.ReturnBorrow r, LoanState state) {
    if (r.temporary()) {
      report(escapes.returnsTemporary(r.at()));
      return;
    }
    Contract contract = context.contracts().of(context.method());
    List<Place> places = new ArrayList<>(r.places());
    Map<Place, Loan> via = new HashMap<>();
    for (Loan l : r.loans()) {
      places.add(l.place());
      via.putIfAbsent(l.place(), l);
    }
    Set<Object> seen = new HashSet<>();
    Set<Place> carried = new HashSet<>(); // reached through what a holder carries
    LoanSet lent = state.lentTo(r.at()); // by holders returned on one arm of a conditional
    if (lent != null) {
      for (Loan l : holders.loans(lent)) {
        places.add(l.place());
        via.putIfAbsent(l.place(), l);
        carried.add(l.place());
      }
    }
    while (!places.isEmpty()) {
      Place p = places.remove(places.size() - 1);
      if (!seen.add(p)) {
        continue;
      }
      Object root = p.root();
      if (!(root instanceof VariableElement v)) {
        if (!contract.borrowSources().contains(Contract.THIS)) {
          report(escapes.returnsUnlistedSource("this", r.at()));
        }
        continue;
      }
      if (v.getKind() == ElementKind.FIELD) {
        continue; // a static: lives as long as the program
      }
      if (v.getKind() == ElementKind.PARAMETER
          && context.method().getParameters().contains(v)) {
        int index = context.method().getParameters().indexOf(v);
        if (context.ownsParameter(v)) {
          report(escapes.returnsLocal(v, r.at(), true, via.get(p), returnsView()));
        } else if (!contract.borrowSources().contains(index)) {
          report(escapes.returnsUnlistedSource(v.getSimpleName().toString(), r.at()));
        }
        continue;
      }
      if (carried.contains(p) && body.isHolder(v)) {
        // A loan that reborrows through a holder: what the holder borrowed was carried along
        // where it was reborrowed, and is among the loans followed here (the holder itself
        // may be dead by now, and hold nothing any more).
        continue;
      }
      if (via.containsKey(p) && !r.places().contains(p) && !carried.contains(p)
          && Tracking.isBorrowingType(v.asType()) && !body.isHolder(v)) {
        // A borrow of the cursor itself (`new Outer(c)`, `c.sub()`), not of what it
        // borrows: the cursor dies with the method (SPEC 3.8).
        report(escapes.returnsLocal(v, r.at(), false, via.get(p), returnsView()));
        continue;
      }
      Set<Loan> held = holders.heldBy(state, v);
      LoanSet gone = state.goneFrom(holders.indexOf(v)).copy();
      boolean assignedAway = gone.intersects(state.overwritten);
      gone.removeAll(state.overwritten);
      held.addAll(holders.loans(gone));
      returnedLoans.addAll(held);
      if (held.isEmpty() && assignedAway) {
        continue; // what it borrowed was assigned a new value: E0506 if that was wrong
      }
      if (held.isEmpty()) {
        report(escapes.returnsLocal(v, r.at(), false, via.get(p), returnsView()));
      } else {
        for (Loan l : held) {
          places.add(l.place());
          via.putIfAbsent(l.place(), l);
          carried.add(l.place());
        }
      }
    }
  }

  /** Whether the method returns an instance of a borrowing class (SPEC 3.8). */
  private boolean returnsView() {
    return context.method() != null
        && Tracking.isBorrowingType(context.method().getReturnType());
  }

  /**
   * What a closure that leaves the method takes with it: a local owner that dies with the
   * method (E0597 stored, E0515 returned), a borrow of the caller's data (E0521), or what a
   * captured holder borrows, judged the same way.
   */
  void escaped(Effect.Escape esc, LoanState state) {
    if (!(esc.captured() instanceof VariableElement v)) {
      report(escapes.escapesThis(esc.at()));
      return;
    }
    List<Element> roots = new ArrayList<>();
    // Where each root was borrowed, for a value that keeps the borrow: rustc points there.
    List<Tree> borrowedAt = new ArrayList<>();
    // An instance of a borrowing class takes its loans along (SPEC 3.8), as a holder does.
    if (body.isHolder(v) || Tracking.isBorrowingType(v.asType())) {
      for (Loan l : holders.heldBy(state, v)) {
        roots.add(l.place().root());
        borrowedAt.add(l.at());
      }
    } else {
      roots.add(v);
      borrowedAt.add(esc.closure());
    }
    for (int k = 0; k < roots.size(); k++) {
      Element root = roots.get(k);
      if (!(root instanceof VariableElement owner)) {
        report(escapes.escapesThis(esc.at()));
      } else if (!Tracking.isLocal(owner)) {
        continue; // a static lives as long as the program
      } else if (owner.getKind() == ElementKind.PARAMETER
          && !context.ownsParameter(owner)) {
        report(escapes.escapes(owner.getSimpleName().toString(), owner, esc.at()));
      } else if (esc.returned() && !EscapeErrors.isClosure(esc.closure())) {
        // A borrowing class's value over the method's own data, returned by a method with no
        // borrowed input to tie it to (SPEC 3.8).
        report(escapes.returnsLocal(owner, esc.at(), owner.getKind() == ElementKind.PARAMETER,
            null, true));
      } else if (esc.returned()) {
        report(escapes.returnsCapture(owner, esc.closure(), esc.at()));
      } else {
        report(EscapeErrors.isClosure(esc.closure())
            ? errors.storedBeyondItsOwner(owner, esc.closure(), esc.at())
            : errors.keptBeyondItsOwner(owner, borrowedAt.get(k), esc.at()));
      }
      return;
    }
  }

  /**
   * An untracked value that leaves the method with loans: judged by the first loan that may
   * not leave, followed through the holders that reborrowed it. One error per value, as rustc
   * reports one per returned or stored value.
   */
  void carriedOut(Effect.CarryOut c, LoanState state) {
    if (!c.returned() && !c.lent().isEmpty()) {
      VariableElement lent = c.lent().get(0);
      report(escapes.escapes(lent.getSimpleName().toString(), lent, c.at()));
      return;
    }
    List<Loan> carried = new ArrayList<>(c.loans());
    for (Holder h : c.holders()) {
      carried.addAll(holders.loans(state.heldBy(holders.indexOf(h))));
    }
    Set<Loan> seen = new HashSet<>();
    for (int k = 0; k < carried.size(); k++) {
      Loan l = carried.get(k);
      if (!seen.add(l)) {
        continue;
      }
      if (!(l.place().root() instanceof VariableElement owner)) {
        if (!c.returned()) {
          report(escapes.escapesThis(c.at()));
          return;
        }
        continue;
      }
      if (!Tracking.isLocal(owner)) {
        continue; // a static lives as long as the program
      }
      if (body.isHolder(owner)) {
        carried.addAll(holders.heldBy(state, owner)); // a reborrow: judged by what it reborrows
        continue;
      }
      boolean lent = owner.getKind() == ElementKind.PARAMETER && !context.ownsParameter(owner);
      if (lent && c.returned()) {
        continue;
      }
      report(lent ? escapes.escapes(owner.getSimpleName().toString(), owner, c.at())
          : c.returned() ? escapes.returnsHolderOf(owner, c.at(),
              owner.getKind() == ElementKind.PARAMETER, l)
          : errors.carriedBeyondItsOwner(owner, l.at(), c.at()));
      return;
    }
  }

  private void report(Diagnostic d) {
    sink.report(d);
  }
}
