package dev.jborrow.processor.check.loans;

import com.sun.source.tree.Tree;
import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.dataflow.Dataflow;
import dev.jborrow.processor.dataflow.DataflowResult;
import dev.jborrow.processor.dataflow.LiveHolders;
import dev.jborrow.processor.dataflow.Liveness;
import dev.jborrow.processor.diag.DiagnosticSink;
import dev.jborrow.processor.errors.BorrowExplanation;
import dev.jborrow.processor.errors.ConflictErrors;
import dev.jborrow.processor.errors.EscapeErrors;
import dev.jborrow.processor.errors.Spans;
import dev.jborrow.processor.ir.BodyEffects;
import dev.jborrow.processor.ir.Effect;
import dev.jborrow.processor.ir.Loan;
import dev.jborrow.processor.lower.BodyContext;
import dev.jborrow.processor.model.Tracking;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;

/**
 * Checks every access against the loans in scope there (rustc's {@code check_access_for_conflict}):
 * a loan is in scope while it is a temporary, or while a live variable holds it. E0499, E0502,
 * E0503, E0505, E0506, E0597; what leaves the method with borrows (E0515, E0521, E0597 of a
 * closure or a value carried out) is judged by {@link LeavingBorrows}.
 */
public final class ConflictChecker {

  private final BodyContext context;
  private final BodyEffects body;
  private final DiagnosticSink sink;
  private final ConflictErrors errors;
  private final EscapeErrors escapes;
  private final Holders holders;
  private final LoanAnalysis loans;
  /** Built on the first conflict: most bodies have none. */
  private BorrowExplanation explain;
  /** Reservations already in a reported conflict: their activation is not reported again. */
  private final Set<Loan> reportedReservations = new HashSet<>();
  /** Where a reservation itself conflicted: the call that activates it is not reported too. */
  private final Set<Tree> reportedReserveSites = new HashSet<>();
  /** Owners dropped while borrowed (E0597), each with the loans of it still in scope there. */
  private final List<Dropped> droppedWhileBorrowed = new ArrayList<>();
  /** Where an illegal move out of a @Mut borrow was reported as moved while borrowed. */
  private final Set<Tree> movedWhileBorrowed = new HashSet<>();
  /** Assignments through a shared borrow (E0594): rustc reports no conflict of them besides. */
  private final Set<Tree> illegalAssignments = new HashSet<>();
  /** Borrows that leave the method: judged apart, by what they may outlive. */
  private final LeavingBorrows leaving;
  private final Access access = new Access();

  private ConflictChecker(BodyContext context, BodyEffects body, Spans spans,
      DiagnosticSink sink, Holders holders,
      DataflowResult<BitSet> liveness) {
    this.context = context;
    this.body = body;
    this.sink = sink;
    this.errors = new ConflictErrors(spans);
    this.escapes = new EscapeErrors(spans);
    this.holders = holders;
    this.loans = new LoanAnalysis(body, holders, liveness);
    this.leaving = new LeavingBorrows(context, body, holders, errors, escapes, sink);
  }

  public static void check(BodyContext context, BodyEffects body, LiveHolders live,
      Spans spans, DiagnosticSink sink) {
    if (!hasBorrows(body)) {
      return;
    }
    Holders holders = new Holders(body, live);
    new ConflictChecker(context, body, spans, sink, holders, live.solve()).run(live);
  }

  private static boolean hasBorrows(BodyEffects body) {
    for (Effect e : body.all()) {
      if (e.match(NEEDS_LOANS)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an effect gives this check work: a loan, a returned borrow, an escape. */
  private static final Effect.Cases<Boolean> NEEDS_LOANS = new Effect.Cases<>() {
    @Override
    public Boolean use(Effect.Use e) {
      return false;
    }

    @Override
    public Boolean borrow(Effect.Borrow e) {
      return true;
    }

    @Override
    public Boolean activate(Effect.Activate e) {
      return false; // its loan is a Borrow too
    }

    @Override
    public Boolean endLoans(Effect.EndLoans e) {
      return false;
    }

    @Override
    public Boolean hold(Effect.Hold e) {
      return false; // holds loans that a Borrow started, or copies of none
    }

    @Override
    public Boolean lend(Effect.Lend e) {
      return false;
    }

    @Override
    public Boolean keep(Effect.Keep e) {
      return false;
    }

    @Override
    public Boolean returnBorrow(Effect.ReturnBorrow e) {
      return true;
    }

    @Override
    public Boolean move(Effect.Move e) {
      return false;
    }

    @Override
    public Boolean illegalMove(Effect.IllegalMove e) {
      return e.why() == Effect.Why.ESCAPES;
    }

    @Override
    public Boolean illegalMutation(Effect.IllegalMutation e) {
      return false;
    }

    @Override
    public Boolean spawnCapture(Effect.SpawnCapture e) {
      return true;
    }

    @Override
    public Boolean escape(Effect.Escape e) {
      return true;
    }

    @Override
    public Boolean carryOut(Effect.CarryOut e) {
      return true;
    }

    @Override
    public Boolean leak(Effect.Leak e) {
      return false;
    }

    @Override
    public Boolean obligation(Effect.Obligation e) {
      return false; // an obligation is the leak checks' alone
    }

    @Override
    public Boolean init(Effect.Init e) {
      return false;
    }

    @Override
    public Boolean drop(Effect.Drop e) {
      return false;
    }
  };

  private void run(LiveHolders holderLiveness) {
    DataflowResult<BitSet> liveness = holderLiveness.solve();
    DataflowResult<LoanState> result = Dataflow.solve(body.graph(), loans);
    Liveness live = holderLiveness.analysis();
    for (Block b : body.graph().blocks()) {
      if (!body.hasEffects(b)) {
        continue;
      }
      List<Node> nodes = b.nodes();
      LiveBefore liveBefore = new LiveBefore(live, liveness.entryState(b), nodes, body);
      LoanState state = result.entryState(b).copy();
      Site site = new Site();
      for (int i = 0; i < nodes.size(); i++) {
        Node n = nodes.get(i);
        List<Effect> effects = body.of(n);
        for (int k = 0; k < effects.size(); k++) { // no iterator per node
          Effect e = effects.get(k);
          e.accept(access, site.at(n, liveBefore, i, state));
          loans.apply(e, state);
        }
      }
    }
    // rustc reports a borrow that flows into the returned value as E0515 at the return, even
    // where the owner is dropped first on the way there.
    for (Dropped drop : droppedWhileBorrowed) {
      for (Loan l : drop.loans()) {
        if (!leaving.mayBeReturned(l)) {
          report(errors.droppedWhileBorrowed(drop.owner(), drop.at(), l,
              explain().laterUse(l, drop.node())));
          break;
        }
      }
    }
  }

  /** The loans a temporary or a live holder carries, in the order they were created. */
  private List<Loan> inScope(LoanState state, LiveBefore live, int node) {
    if (state.hasNoLoans()) {
      return List.of();
    }
    return holders.loans(state.inScope(live.node(node)));
  }

  private BorrowExplanation explain() {
    if (explain == null) {
      explain = new BorrowExplanation(body);
    }
    return explain;
  }

  /**
   * The holders live before each node of a block, replayed backward from the block's end when
   * first asked: only a point where some loan exists asks, and most blocks of most bodies
   * have none. Consecutive nodes with the same live holders share one set.
   */
  private static final class LiveBefore {
    private final Liveness live;
    private final BitSet atEnd;
    private final List<Node> nodes;
    private final BodyEffects body;
    private BitSet[] before;

    LiveBefore(Liveness live, BitSet atEnd, List<Node> nodes, BodyEffects body) {
      this.live = live;
      this.atEnd = atEnd;
      this.nodes = nodes;
      this.body = body;
    }

    /** The holders live before node {@code i}, which has effects. Read only. */
    BitSet node(int i) {
      if (before == null) {
        before = new BitSet[nodes.size()];
        BitSet l = (BitSet) atEnd.clone();
        BitSet last = null;
        for (int n = nodes.size() - 1; n >= 0; n--) {
          if (!body.of(nodes.get(n)).isEmpty()) {
            live.apply(nodes.get(n), l);
            if (last == null || !last.equals(l)) {
              last = (BitSet) l.clone();
            }
            before[n] = last;
          }
        }
      }
      return before[i];
    }
  }

  /**
   * Where an effect is checked: its node, the holders live there, the loan state before it;
   * the loans in scope are listed when first asked (most effects do not ask). One site is
   * moved from effect to effect: a check reads it only while it checks its effect.
   */
  private final class Site {
    private Node node;
    private LiveBefore live;
    private int index;
    private LoanState state;
    private List<Loan> inScope;

    /** This site, moved to an effect of node {@code index} about to be checked. */
    Site at(Node node, LiveBefore live, int index, LoanState state) {
      this.node = node;
      this.live = live;
      this.index = index;
      this.state = state;
      this.inScope = null;
      return this;
    }

    Node node() {
      return node;
    }

    LoanState state() {
      return state;
    }

    List<Loan> inScope() {
      if (inScope == null) {
        inScope = ConflictChecker.this.inScope(state, live, index);
      }
      return inScope;
    }
  }

  /** What each kind of effect may break, given the loans in scope where it happens. */
  private final class Access implements Effect.Visitor<Site> {

    @Override
    public void visitIllegalMove(Effect.IllegalMove m, Site at) {
      if (m.why() == Effect.Why.ESCAPES) {
        report(escapes.escapedMove(m)); // wrong whatever the loans in scope
      } else if (m.why() == Effect.Why.BEHIND_MUT_BORROW && m.place() != null) {
        // Out of a @Mut borrow while it is borrowed: rustc says E0505 besides E0507, and the
        // read that stands for the move is not a second conflict.
        Loan l = first(at.inScope(), m.place(), false);
        if (l != null) {
          report(errors.moveWhileBorrowed(m.place(), m.at(), l,
              explain().laterUse(l, at.node())));
          movedWhileBorrowed.add(m.at());
        }
      }
    }

    @Override
    public void visitUse(Effect.Use u, Site at) {
      if (u.access() == Effect.Access.READ && movedWhileBorrowed.contains(u.at())) {
        return;
      }
      use(at.node(), u, at.inScope());
    }

    @Override
    public void visitActivate(Effect.Activate a, Site at) {
      if (reportedReservations.contains(a.loan())
          || reportedReserveSites.contains(a.loan().at())) {
        return;
      }
      for (Loan l : at.inScope()) {
        if (l != a.loan() && l.place().conflictsWith(a.loan().place())) {
          // A reservation is a mutable borrow not yet used: a second one is E0499, as rustc
          // says of `v.push(v.pop())`.
          Tree later = explain().laterUse(l, at.node());
          report(l.mutable() ? errors.twoMutable(a.loan().place(), a.at(), l, later)
              : errors.mutableWhileShared(a.loan().place(), a.at(), l, later));
          return;
        }
      }
    }

    @Override
    public void visitMove(Effect.Move m, Site at) {
      if (m.kind() == Effect.MoveKind.RETURN && context.returnsBorrow()) {
        // `return a1` from a method that returns a borrow is rustc's `return &a1`: it borrows
        // the local, and E0515 is the error (LeavingBorrows). The move only says that the
        // value leaves with the return, so that it is not also reported as leaked.
        return;
      }
      Loan l = first(at.inScope(), m.place(), false);
      if (l != null) {
        report(errors.moveWhileBorrowed(m.place(), m.at(), l,
            explain().laterUse(l, at.node())));
      }
    }

    @Override
    public void visitInit(Effect.Init i, Site at) {
      if (at.node() instanceof Node.Assign
          && !(i.place().isRoot() && body.isHolder(i.place().root()))
          && !illegalAssignments.contains(i.at())) {
        // Overwriting a holder replaces a reference; what it referred to stays borrowed.
        Loan l = first(at.inScope(), i.place(), false);
        if (l != null) {
          report(errors.assignWhileBorrowed(i.place(), i.at(), l,
              explain().laterUse(l, at.node())));
        }
      }
    }

    @Override
    public void visitDrop(Effect.Drop d, Site at) {
      if (body.isHolder(d.variable())) {
        return;
      }
      List<Loan> live = new ArrayList<>();
      for (Loan l : at.inScope()) {
        if (l.place().root().equals(d.variable())
            && !isHeldOnlyBy(l, d.variable(), at.state())) {
          live.add(l);
        }
      }
      if (!live.isEmpty()) {
        droppedWhileBorrowed.add(new Dropped(d.variable(), d.at(), at.node(), live));
      }
    }

    @Override
    public void visitReturnBorrow(Effect.ReturnBorrow r, Site at) {
      leaving.returned(r, at.state());
    }

    @Override
    public void visitEscape(Effect.Escape esc, Site at) {
      leaving.escaped(esc, at.state());
    }

    @Override
    public void visitCarryOut(Effect.CarryOut c, Site at) {
      leaving.carriedOut(c, at.state());
    }

    @Override
    public void visitSpawnCapture(Effect.SpawnCapture s, Site at) {
      Set<Loan> held = holders.heldBy(at.state(), s.holder());
      if (held.isEmpty() && !Tracking.isBorrowingType(s.holder().asType())) {
        // A borrow of what the caller lent (an element of a lent list): it cannot go to
        // another thread either.
        report(escapes.escapes(s.holder().getSimpleName().toString(), null, s.spawn()));
      }
      for (Loan l : held) {
        if (l.place().root() instanceof VariableElement owner && Tracking.isLocal(owner)
            && !(owner.getKind() == ElementKind.PARAMETER
                && !context.ownsParameter(owner))) {
          report(errors.escapesToThread(owner, l, s.spawn()));
        } else {
          // A holder names itself; an instance of a borrowing class the parameter it keeps.
          VariableElement from = l.place().root() instanceof VariableElement p ? p : null;
          report(!Tracking.isBorrowingType(s.holder().asType())
              ? escapes.escapes(s.holder().getSimpleName().toString(), from, s.spawn())
              : from != null ? escapes.escapes(from.getSimpleName().toString(), from, s.spawn())
              : escapes.escapesThis(s.spawn()));
        }
      }
    }

    @Override
    public void visitBorrow(Effect.Borrow e, Site at) {
      // Starting a loan accesses its place: the Use before it is what is checked.
    }

    @Override
    public void visitEndLoans(Effect.EndLoans e, Site at) {
      // Ending temporaries accesses nothing.
    }

    @Override
    public void visitHold(Effect.Hold e, Site at) {
      // A holder taking loans accesses no place.
    }

    @Override
    public void visitLend(Effect.Lend e, Site at) {
      // Moves loans between holders, accessing no place.
    }

    @Override
    public void visitKeep(Effect.Keep e, Site at) {
      // Keeps the holder's loans live; the use of its value is a Use.
    }

    @Override
    public void visitIllegalMutation(Effect.IllegalMutation e, Site at) {
      // MutabilityCheck's E0596/E0594, whatever the loans: one mistake, one error. An
      // assignment reported so (E0594) is not also E0506 at its Init, as in rustc.
      if (e.assignment()) {
        illegalAssignments.add(e.at());
      }
    }

    @Override
    public void visitLeak(Effect.Leak e, Site at) {
      // LeakCheck's J0001; a hand-off to another owner accesses no loan.
    }

    @Override
    public void visitObligation(Effect.Obligation e, Site at) {
      // an obligation is the leak checks' alone
    }
  }

  private void use(Node node, Effect.Use u, List<Loan> inScope) {
    switch (u.access()) {
      case PREFIX -> {
        // Assigning `x.f` names `x` without reading it: the store itself is checked.
      }
      case READ, BORROW -> {
        Loan l = first(inScope, u.place(), true);
        if (l != null) {
          report(u.access() == Effect.Access.READ
              ? errors.useWhileMutablyBorrowed(u.place(), u.at(), l, explain().laterUse(l, node))
              : errors.sharedWhileMutable(u.place(), u.at(), l, explain().laterUse(l, node)));
        }
      }
      case MUT_BORROW -> {
        Loan l = first(inScope, u.place(), false);
        if (l != null) {
          if (l.twoPhase()) {
            reportedReservations.add(l);
          }
          report(l.mutable()
              ? errors.twoMutable(u.place(), u.at(), l, explain().laterUse(l, node))
              : errors.mutableWhileShared(u.place(), u.at(), l, explain().laterUse(l, node)));
        }
      }
      case RESERVE -> {
        Loan l = first(inScope, u.place(), true);
        if (l != null) {
          reportedReserveSites.add(u.at());
          report(errors.twoMutable(u.place(), u.at(), l, explain().laterUse(l, node)));
        }
      }
    }
  }

  /** An owner dropped where loans of it are in scope. */
  private record Dropped(VariableElement owner, Tree at, Node node, List<Loan> loans) {}

  /** The first loan in scope on a place that conflicts with {@code p}; only mutable ones if asked. */
  private static Loan first(List<Loan> inScope, Place p, boolean mutableOnly) {
    for (Loan l : inScope) {
      if (l.place().conflictsWith(p) && (!mutableOnly || l.mutable() && !l.twoPhase())) {
        return l;
      }
    }
    return null;
  }

  /** A holder that borrows itself (a reborrow of a dropped holder) does not outlive itself. */
  private boolean isHeldOnlyBy(Loan l, VariableElement v, LoanState state) {
    return state.heldBy(holders.indexOf(v)).contains(l.id())
        && !state.temporaries.contains(l.id());
  }

  private void report(dev.jborrow.processor.diag.Diagnostic d) {
    sink.report(d);
  }
}
