package dev.jborrow.processor.check;

import com.sun.source.tree.Tree;
import dev.jborrow.processor.cfg.Place;
import javax.lang.model.element.VariableElement;

/**
 * What a node does to ownership, in the order it happens: the small vocabulary every check
 * reads, in the spirit of rustc's MIR statements. {@link Lowering} derives effects from nodes and
 * contracts; the analyses never look at trees or annotations themselves.
 */
public sealed interface Effect {

  /** The tree a diagnostic about this effect points at. */
  Tree at();

  /** A read of {@code place}: a call on it, an argument that borrows it, a field read. */
  record Use(Place place, Tree at, Access access) implements Effect {}

  /** The value leaves {@code place}; afterwards the place holds nothing. */
  record Move(Place place, Tree at, MoveKind kind) implements Effect {}

  /** A move the rules forbid whatever the flow: out of a borrow, an array, a resource. */
  record IllegalMove(Place place, Tree at, Why why) implements Effect {}

  /** {@code place} gets a new value. */
  record Init(Place place, Tree at, Origin origin) implements Effect {}

  /** A variable goes out of scope. */
  record Drop(VariableElement variable, Tree at) implements Effect {}

  /** How a use touches its place. */
  enum Access {
    /** Reads it, or borrows it shared for the duration of a call. */
    READ,
    /** Borrows it mutably for the duration of a call ({@code @Mut} parameter or method). */
    WRITE
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
    /** E0507: the place is a borrow, or reached through one. */
    BEHIND_BORROW,
    /** E0507: the place is a variable captured by a closure that only borrows it. */
    CAPTURED,
    /** E0507: a static field, which the whole program shares. */
    STATIC,
    /** E0508: an element of an array. */
    ARRAY_ELEMENT,
    /** J0002: a try-with-resources variable, which the statement closes. */
    RESOURCE
  }

  /** Where a new value comes from, which decides whether its holder owns it. */
  enum Origin {
    /** A value the holder owns: {@code new}, an owned result, a move, untracked code. */
    OWNED,
    /** {@code null}: the holder owns nothing. */
    NULL,
    /** A borrow of another place: the holder does not own it. */
    BORROWED,
    /** No value yet, or one whose ownership was already reported as wrong. */
    NONE
  }
}
