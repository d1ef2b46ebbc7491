package dev.jborrow.processor.ir;

import com.sun.source.tree.Tree;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.ir.Loan;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * What a node does to ownership, in the order it happens: the small vocabulary every check
 * reads, in the spirit of rustc's MIR statements. {@link Lowering} derives effects from nodes and
 * contracts; the analyses never look at trees or annotations themselves.
 */
public sealed interface Effect {

  /** The tree a diagnostic about this effect points at. */
  Tree at();

  /** Calls the visitor's method for this kind of effect. */
  <S> void accept(Visitor<S> visitor, S state);

  /** The answer of {@code cases} for this kind of effect. */
  <R> R match(Cases<R> cases);

  /**
   * One method per kind of effect, none with a default: an analysis implements them all, so a
   * new kind fails to compile until every analysis says what it does with it (as rustc's
   * exhaustive {@code match} over MIR statements does). Java 17 has no pattern {@code switch},
   * hence a visitor.
   *
   * @param <S> the state the effect is applied to
   */
  interface Visitor<S> {
    void visitUse(Use e, S state);

    void visitBorrow(Borrow e, S state);

    void visitActivate(Activate e, S state);

    void visitEndLoans(EndLoans e, S state);

    void visitHold(Hold e, S state);

    void visitLend(Lend e, S state);

    void visitKeep(Keep e, S state);

    void visitReturnBorrow(ReturnBorrow e, S state);

    void visitMove(Move e, S state);

    void visitIllegalMove(IllegalMove e, S state);

    void visitIllegalMutation(IllegalMutation e, S state);

    void visitSpawnCapture(SpawnCapture e, S state);

    void visitEscape(Escape e, S state);

    void visitCarryOut(CarryOut e, S state);

    void visitLeak(Leak e, S state);

    void visitInit(Init e, S state);

    void visitDrop(Drop e, S state);

    void visitObligation(Obligation e, S state);
  }


  /**
   * A question about one effect, answered for every kind, none with a default: what a check
   * asks of an effect outside a fixpoint (the place it uses, whether it starts a loan), so
   * that a new kind fails to compile there too. {@link Visitor} is the same for transfers.
   *
   * @param <R> the answer
   */
  interface Cases<R> {
    R use(Use e);

    R borrow(Borrow e);

    R activate(Activate e);

    R endLoans(EndLoans e);

    R hold(Hold e);

    R lend(Lend e);

    R keep(Keep e);

    R returnBorrow(ReturnBorrow e);

    R move(Move e);

    R illegalMove(IllegalMove e);

    R illegalMutation(IllegalMutation e);

    R spawnCapture(SpawnCapture e);

    R escape(Escape e);

    R carryOut(CarryOut e);

    R leak(Leak e);

    R init(Init e);

    R drop(Drop e);

    R obligation(Obligation e);
  }

  /** An access to {@code place}: a read, or the start of a borrow of it. */
  record Use(Place place, Tree at, Access access) implements Effect {
    @Override
    public <S> void accept(Visitor<S> v, S state) {
      v.visitUse(this, state);
    }

    @Override
    public <R> R match(Cases<R> c) {
      return c.use(this);
    }
  }

  /** {@code loan} starts; it is a temporary until its consumer. */
  record Borrow(Loan loan) implements Effect {
    @Override
    public <S> void accept(Visitor<S> v, S state) {
      v.visitBorrow(this, state);
    }

    @Override
    public <R> R match(Cases<R> c) {
      return c.borrow(this);
    }

    @Override
    public Tree at() {
      return loan.at();
    }
  }

  /** A two-phase borrow of a call's receiver becomes a real mutable borrow: the call starts. */
  record Activate(Loan loan, Tree at) implements Effect {
    @Override
    public <S> void accept(Visitor<S> v, S state) {
      v.visitActivate(this, state);
    }

    @Override
    public <R> R match(Cases<R> c) {
      return c.activate(this);
    }
  }

  /** Temporaries whose consumer is here end here: a call returned, a value was discarded. */
  record EndLoans(List<Loan> loans, Tree at) implements Effect {
    @Override
    public <S> void accept(Visitor<S> v, S state) {
      v.visitEndLoans(this, state);
    }

    @Override
    public <R> R match(Cases<R> c) {
      return c.endLoans(this);
    }
  }

  /**
   * {@code holder} now holds the borrows of its new value: the listed temporaries that are
   * active, and whatever the {@code copies} hold (a borrow copied from another holder). A
   * reborrow through a holder also holds what that holder holds.
   */
  record Hold(Holder holder, List<Loan> loans, List<Holder> copies, Tree at)
      implements Effect {
    @Override
    public <S> void accept(Visitor<S> v, S state) {
      v.visitHold(this, state);
    }

    @Override
    public <R> R match(Cases<R> c) {
      return c.hold(this);
    }
  }

  /**
   * The value of {@code holder} is taken here on its way to a new holder, the declaration or
   * assignment at {@code consumer} ({@code o = flag ? e : f()}): its borrows travel with the
   * value from here, on this path only, and {@code holder} need not live until the consumer.
   */
  record Lend(Holder holder, Tree consumer, Tree at) implements Effect {
    @Override
    public <S> void accept(Visitor<S> v, S state) {
      v.visitLend(this, state);
    }

    @Override
    public <R> R match(Cases<R> c) {
      return c.lend(this);
    }
  }

  /** The holder's value is used here (passed into a call), so its borrows live until here. */
  record Keep(Holder holder, Tree at) implements Effect {
    @Override
    public <S> void accept(Visitor<S> v, S state) {
      v.visitKeep(this, state);
    }

    @Override
    public <R> R match(Cases<R> c) {
      return c.keep(this);
    }
  }

  /**
   * A {@code @Borrowed} method returns a value that borrows {@code places}; a {@code temporary}
   * is a value created here, which nothing outside owns (E0515).
   */
  record ReturnBorrow(List<Place> places, List<Loan> loans, boolean temporary, Tree at)
      implements Effect {
    @Override
    public <S> void accept(Visitor<S> v, S state) {
      v.visitReturnBorrow(this, state);
    }

    @Override
    public <R> R match(Cases<R> c) {
      return c.returnBorrow(this);
    }
  }

  /**
   * The value leaves {@code place}; afterwards the place holds nothing.
   *
   * @param callee for a move into a call, the method that takes it ({@code Vec.free}); else null
   * @param mustRestore the place is a field behind a mutable borrow ({@code this.conn} in a
   *     {@code @Mut} method): it must hold a new value again before the method returns, as
   *     after Rust's {@code mem::replace}
   */
  record Move(Place place, Tree at, MoveKind kind, String callee, boolean mustRestore)
      implements Effect {
    @Override
    public <S> void accept(Visitor<S> v, S state) {
      v.visitMove(this, state);
    }

    @Override
    public <R> R match(Cases<R> c) {
      return c.move(this);
    }

    public Move(Place place, Tree at, MoveKind kind, String callee) {
      this(place, at, kind, callee, false);
    }
  }

  /** A move the rules forbid whatever the flow: out of a borrow, an array, a resource. */
  record IllegalMove(Place place, Tree at, Why why) implements Effect {
    @Override
    public <S> void accept(Visitor<S> v, S state) {
      v.visitIllegalMove(this, state);
    }

    @Override
    public <R> R match(Cases<R> c) {
      return c.illegalMove(this);
    }
  }

  /**
   * A mutation through a shared borrow, wrong whatever the flow: a mutable borrow (E0596) or a
   * field assignment (E0594).
   */
  record IllegalMutation(Place place, String display, Tree at, boolean assignment)
      implements Effect {
    @Override
    public <S> void accept(Visitor<S> v, S state) {
      v.visitIllegalMutation(this, state);
    }

    @Override
    public <R> R match(Cases<R> c) {
      return c.illegalMutation(this);
    }
  }

  /**
   * A closure handed to another thread captures {@code holder}, a borrow: it would outlive
   * what it borrows (E0597 for a local owner, E0521 for a borrowed input).
   */
  record SpawnCapture(VariableElement holder, Tree at, Tree spawn) implements Effect {
    @Override
    public <S> void accept(Visitor<S> v, S state) {
      v.visitSpawnCapture(this, state);
    }

    @Override
    public <R> R match(Cases<R> c) {
      return c.spawnCapture(this);
    }
  }

  /**
   * A closure that is not spawned leaves the method with what it captured: stored in a field,
   * a static or an array ({@code where} is the store), or returned ({@code returned}). A
   * captured local owner does not live that long (E0597, or E0515 for a return); a captured
   * borrowed parameter or shared {@code this} escapes (E0521).
   *
   * @param captured the captured variable, or the class whose {@code this} is captured
   */
  record Escape(Element captured, Tree closure, Tree at, boolean returned) implements Effect {
    @Override
    public <S> void accept(Visitor<S> v, S state) {
      v.visitEscape(this, state);
    }

    @Override
    public <R> R match(Cases<R> c) {
      return c.escape(this);
    }
  }

  /**
   * A value the checker does not track leaves the method with loans in it (SPEC 3.8): a list
   * of borrows, a stream, the {@code Optional} of {@code findFirst()}, returned ({@code
   * returned}) or stored in a field, a static or an array element at {@code at}. It carries
   * {@code loans} (those of the temporaries it was made from) and what its {@code holders}
   * hold. A loan of a local owner ends with the method (E0515 returned, E0597 stored); one of a
   * borrowed input may be returned, the result's lifetime being the input's by elision, but
   * not stored (E0521), nor may borrows of the {@code lent} parameters, which no loan records.
   */
  record CarryOut(List<Loan> loans, List<Holder> holders, List<VariableElement> lent, Tree at,
      boolean returned) implements Effect {
    public CarryOut {
      loans = List.copyOf(loans);
      holders = List.copyOf(holders);
      lent = List.copyOf(lent);
    }

    @Override
    public <S> void accept(Visitor<S> v, S state) {
      v.visitCarryOut(this, state);
    }

    @Override
    public <R> R match(Cases<R> c) {
      return c.carryOut(this);
    }
  }

  /**
   * A resource is handed to code that takes ownership and never closes it (a method reference
   * run on another thread that does not consume its receiver), or, with no {@code variable}, a
   * temporary resource is dropped where it is made: J0001 there.
   */
  record Leak(VariableElement variable, Tree at) implements Effect {
    @Override
    public <S> void accept(Visitor<S> v, S state) {
      v.visitLeak(this, state);
    }

    @Override
    public <R> R match(Cases<R> c) {
      return c.leak(this);
    }
  }

  /** {@code place} gets a new value. */
  record Init(Place place, Tree at, Origin origin) implements Effect {
    @Override
    public <S> void accept(Visitor<S> v, S state) {
      v.visitInit(this, state);
    }

    @Override
    public <R> R match(Cases<R> c) {
      return c.init(this);
    }
  }

  /** A variable goes out of scope. */
  record Drop(VariableElement variable, Tree at) implements Effect {
    @Override
    public <S> void accept(Visitor<S> v, S state) {
      v.visitDrop(this, state);
    }

    @Override
    public <R> R match(Cases<R> c) {
      return c.drop(this);
    }
  }

  /**
   * A call that creates or meets an obligation on the value in {@code place} without moving it
   * (SPEC 3.9): {@code lock.lock()} creates one that {@code lock.unlock()} meets;
   * {@code executor.shutdown()} meets its owner's.
   */
  record Obligation(Place place, Tree at, boolean creates) implements Effect {
    @Override
    public <S> void accept(Visitor<S> v, S state) {
      v.visitObligation(this, state);
    }

    @Override
    public <R> R match(Cases<R> c) {
      return c.obligation(this);
    }
  }

  /** How a use touches its place. */
  enum Access {
    /** Reads it without borrowing: a field read, a comparison, a cast. */
    READ,
    /** Names it as the base of an assigned field: it must hold a value, nothing is read. */
    PREFIX,
    /** Borrows it shared: a receiver, an argument, a {@code @Borrowed} local. */
    BORROW,
    /** Borrows it mutably: a {@code @Mut} parameter or local. */
    MUT_BORROW,
    /** Reserves it for a {@code @Mut} call that starts after its arguments (two-phase). */
    RESERVE;

    public boolean isMutable() {
      return this == MUT_BORROW || this == RESERVE;
    }
  }

  /** How a value was moved, for the label under the move. */
  enum MoveKind {
    ASSIGN,
    ARGUMENT,
    RETURN,
    CONSUME,
    THROW,
    STORE,
    CAPTURE
  }

  /** Why a move is not allowed. */
  enum Why {
    /** E0507: the place is a shared borrow, or reached through one. */
    BEHIND_BORROW,
    /** E0507: the place is a mutable borrow, or reached through one ({@code this} of a @Mut method). */
    BEHIND_MUT_BORROW,
    /** E0507: the place is a variable captured by a closure that only borrows it. */
    CAPTURED,
    /** E0507: a static field, which the whole program shares. */
    STATIC,
    /** E0508: an element of an array. */
    ARRAY_ELEMENT,
    /** J0002: a try-with-resources variable, which the statement closes. */
    RESOURCE,
    /** E0521: a borrow stored where it outlives the method. */
    ESCAPES;

    public boolean isBehindBorrow() {
      return this == BEHIND_BORROW || this == BEHIND_MUT_BORROW;
    }
  }

  /** Where a new value comes from, which decides whether its holder owns it. */
  enum Origin {
    /** A value the holder owns: {@code new}, an owned result, a move, untracked code. */
    OWNED,
    /** An owned value whose class holds no resource (a ByteArrayInputStream). */
    RESOURCE_FREE,
    /** {@code null}: the holder owns nothing. */
    NULL,
    /** A borrow of another place: the holder does not own it. */
    BORROWED,
    /** No value yet, or one whose ownership was already reported as wrong. */
    NONE
  }
}
