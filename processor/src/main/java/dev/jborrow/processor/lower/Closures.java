package dev.jborrow.processor.lower;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.Tree;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.model.Tracking;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Which nodes make closures (lambdas, method references, anonymous and local classes) and the
 * class whose {@code this} they may capture.
 */
final class Closures {

  private final BodyContext body;
  private final Tracking tracking;
  private final Element enclosingClass;

  Closures(BodyContext body) {
    this.body = body;
    this.tracking = body.tracking();
    Element found = null;
    for (var p = body.path(); p != null && found == null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof ClassTree) {
        found = body.trees().getElement(p);
      }
    }
    this.enclosingClass = found;
  }

  /** The class whose {@code this} the body sees, or null. */
  Element enclosingClass() {
    return enclosingClass;
  }

  /**
   * The code a node makes a closure of, whose captures it borrows (or owns, spawned): a lambda
   * or method reference, an anonymous class's body, or a local class instantiated here; null
   * for any other node.
   */
  Tree closureOf(Node n) {
    if (n instanceof Node.Closure) {
      return n.tree();
    }
    if (n instanceof Node.New nw) {
      if (nw.tree().getClassBody() != null) {
        return nw.tree().getClassBody();
      }
      if (nw.constructor() != null
          && nw.constructor().getEnclosingElement() instanceof TypeElement cls
          && (cls.getNestingKind() == NestingKind.LOCAL
              || cls.getNestingKind() == NestingKind.MEMBER
                  && !cls.getModifiers().contains(Modifier.STATIC)
                  && nw.tree().getEnclosingExpression() == null)) {
        // Its methods use what it captures; an inner class's, what it uses of `this`.
        return body.trees().getTree(cls);
      }
    }
    return null;
  }

  /**
   * Whether what a closure uses of {@code this} reaches tracked values: any use in a tracked
   * class; in another class, a tracked field it reads or writes ({@code conn.send()} in a task
   * of a service that owns {@code conn}).
   */
  boolean reachesTrackedState(Element self, Captures.ThisUse use) {
    if (tracking.isTrackedThis(self)) {
      return use.any();
    }
    if (!tracking.lends(self)) {
      return false;
    }
    for (VariableElement f : use.read()) {
      if (body.isTracked(f)) {
        return true;
      }
    }
    for (VariableElement f : use.written()) {
      if (body.isTracked(f)) {
        return true;
      }
    }
    return false;
  }
}
