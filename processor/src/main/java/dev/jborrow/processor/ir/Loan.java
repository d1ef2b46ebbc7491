package dev.jborrow.processor.ir;

import com.sun.source.tree.Tree;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.cfg.Place;

/**
 * A borrow of a place, created at one node of the graph (rustc's {@code BorrowData}). Until
 * its value reaches its {@code consumer} it is a temporary; a declaration or assignment there
 * hands it to a holder variable, and then it lives as long as that holder is live (NLL).
 *
 * @param at the borrowing expression, labelled "borrow occurs here"
 * @param consumer the node that takes the borrowed value: the call it is an argument or
 *     receiver of, the declaration that holds it; the creating node itself when nothing does
 * @param twoPhase a mutable borrow of a call's receiver that is only reserved until the call
 *     itself, so that the arguments may still read the receiver
 */
public record Loan(int id, Place place, boolean mutable, boolean twoPhase, Tree at,
    Node consumer) {

  @Override
  public boolean equals(Object o) {
    return o instanceof Loan l && l.id == id;
  }

  @Override
  public int hashCode() {
    return id;
  }

  @Override
  public String toString() {
    return (mutable ? "&mut " : "&") + place + "#" + id;
  }
}
