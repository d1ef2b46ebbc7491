package dev.jborrow.processor.lower;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.jborrow.processor.cfg.ControlFlowGraph;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.model.Contract;
import dev.jborrow.processor.model.Contracts;
import dev.jborrow.processor.model.Tracking;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;

/**
 * What the closures of one body capture (RFC 2229's places): the locals of enclosing bodies
 * each lambda, method reference or class body reads, which of them it mutates, and how it uses
 * {@code this}. Each is found by one walk of the closure, on the first request, and kept.
 */
public final class Captures {

  private final Trees trees;
  private final CompilationUnitTree unit;
  private final TreePath path;
  private final Tracking tracking;
  private final Contracts contracts;
  // By closure: a body makes few, most none; and an identity map makes its table when it is
  // made, so these start small.
  private final Map<Tree, TreePath> paths = new IdentityHashMap<>(4);
  private final Map<Tree, Set<VariableElement>> captures = new IdentityHashMap<>(4);
  private final Map<Tree, ThisUse> thisUses = new IdentityHashMap<>(4);
  private final Map<Tree, List<Capture>> places = new IdentityHashMap<>(4);
  /** The body's graph: it knows the paths of the closures it makes. */
  private final ControlFlowGraph graph;

  Captures(Trees trees, CompilationUnitTree unit, TreePath path, ControlFlowGraph graph,
      Tracking tracking, Contracts contracts) {
    this.trees = trees;
    this.unit = unit;
    this.path = path;
    this.graph = graph;
    this.tracking = tracking;
    this.contracts = contracts;
  }

  /**
   * The path to a closure of this body (a lambda, a method reference, a class body), or the
   * body's own. Those the body's graph makes, its builder met on its way; the others (a local
   * class, a closure inside a closure) are all found in one walk: looking for each from the top
   * would cost the body's size per closure.
   */
  TreePath pathTo(Tree closure) {
    if (closure == path.getLeaf()) {
      return path;
    }
    TreePath built = graph.closurePath(closure);
    if (built != null) {
      return built; // a closure the body makes: no walk of the body needed
    }
    if (paths.isEmpty()) {
      new TreePathScanner<Void, Void>() {
        @Override
        public Void visitLambdaExpression(LambdaExpressionTree l, Void unused) {
          paths.put(l, getCurrentPath());
          return super.visitLambdaExpression(l, unused);
        }

        @Override
        public Void visitMemberReference(MemberReferenceTree m, Void unused) {
          paths.put(m, getCurrentPath());
          return super.visitMemberReference(m, unused);
        }

        @Override
        public Void visitClass(ClassTree c, Void unused) {
          paths.put(c, getCurrentPath());
          return super.visitClass(c, unused);
        }
      }.scan(path, null);
      paths.put(path.getLeaf(), path); // found: even a body without closures looks only once
    }
    TreePath found = paths.get(closure);
    if (found == null && closure instanceof ClassTree) {
      // An inner class instantiated here, declared elsewhere in the unit.
      found = TreePath.getPath(unit, closure);
      paths.put(closure, found);
    }
    return found;
  }

  /** The locals of enclosing bodies that a lambda, method reference or class body reads. */
  public Set<VariableElement> of(Tree closure) {
    return captures.computeIfAbsent(closure, this::findCaptures);
  }

  /**
   * A place below a local of an enclosing body that a closure captures, and whether the closure
   * mutates it there.
   */
  public record Capture(Place place, boolean mutable) {}

  /**
   * The places a closure captures (RFC 2229, Rust 2021): each use of a captured local counts
   * with the field path it names ({@code () -> look(h.s)} captures {@code h.s}, so {@code h.t}
   * stays free beside it; {@code d.out::size} captures {@code d.out}, evaluated where the
   * reference is made, JLS 15.13.3). A place and a longer one are one capture of the shorter,
   * mutable when either use mutates. In source order of first use.
   */
  public List<Capture> places(Tree closure) {
    return places.computeIfAbsent(closure, this::findPlaces);
  }

  private List<Capture> findPlaces(Tree closure) {
    Set<VariableElement> captured = of(closure);
    if (captured.isEmpty()) {
      return List.of();
    }
    Map<Place, Boolean> uses = new LinkedHashMap<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree id, Void unused) {
        if (trees.getElement(getCurrentPath()) instanceof VariableElement v
            && captured.contains(v)) {
          TreePath at = getCurrentPath();
          Place place = Place.of(v);
          for (TreePath up = outside(at); up.getLeaf() instanceof MemberSelectTree
              && trees.getElement(up) instanceof VariableElement f
              && f.getKind() == ElementKind.FIELD && !f.getModifiers().contains(Modifier.STATIC);
              up = outside(up)) {
            place = place.field(f);
            at = up;
          }
          uses.merge(place, mutates(at), Boolean::logicalOr);
        }
        return null;
      }
    }.scan(pathTo(closure), null);
    List<Capture> found = new ArrayList<>();
    for (Place p : uses.keySet()) {
      if (uses.keySet().stream().anyMatch(q -> !q.equals(p) && p.startsWith(q))) {
        continue; // part of a shorter capture
      }
      boolean mutable = uses.entrySet().stream()
          .anyMatch(u -> u.getValue() && u.getKey().startsWith(p));
      found.add(new Capture(p, mutable));
    }
    return found;
  }

  /** The path of the expression around {@code at}'s, past parentheses. */
  private static TreePath outside(TreePath at) {
    TreePath up = at.getParentPath();
    while (up.getLeaf() instanceof ParenthesizedTree) {
      up = up.getParentPath();
    }
    return up;
  }

  /**
   * Whether the place expression at {@code at} is mutated where it stands: the receiver of a
   * {@code @Mut} method or method reference, an argument to a {@code @Mut} parameter, or the
   * target of an assignment.
   */
  private boolean mutates(TreePath at) {
    TreePath below = at;
    TreePath up = at.getParentPath();
    while (up.getLeaf() instanceof ParenthesizedTree) {
      below = up;
      up = up.getParentPath();
    }
    Tree parent = up.getLeaf();
    if (parent instanceof MemberReferenceTree) {
      return trees.getElement(up) instanceof ExecutableElement m && isMut(m);
    }
    if (parent instanceof MemberSelectTree
        && up.getParentPath().getLeaf() instanceof MethodInvocationTree call
        && call.getMethodSelect() == parent) {
      return trees.getElement(up) instanceof ExecutableElement m && isMut(m);
    }
    if (parent instanceof MethodInvocationTree call
        && trees.getElement(up) instanceof ExecutableElement m) {
      int i = indexOf(call.getArguments(), below.getLeaf());
      return i >= 0 && contracts.of(m).param(i) == Contract.Param.MUT;
    }
    return parent instanceof AssignmentTree a && a.getVariable() == below.getLeaf();
  }

  private static int indexOf(List<? extends ExpressionTree> args, Tree leaf) {
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i) == leaf) {
        return i;
      }
    }
    return -1;
  }

  /**
   * How a closure uses {@code this} of the tracked class around it: which of its fields it
   * reads and which it writes, or all of it ({@code this} itself, a method called on it), as
   * rustc's closures capture the places they use (RFC 2229). Inside a class body that the
   * closure declares (an anonymous or local class), {@code this} and {@code super} are that
   * class's own, and so are the members it declares or inherits.
   *
   * @param whole the closure uses {@code this} as a whole
   * @param wholeMutably it calls a {@code @Mut} method on it
   */
  public record ThisUse(boolean whole, boolean wholeMutably, Set<VariableElement> read,
      Set<VariableElement> written) {

    public boolean any() {
      return whole || !read.isEmpty() || !written.isEmpty();
    }
  }

  public ThisUse thisUse(Tree closure) {
    return thisUses.computeIfAbsent(closure, this::findThisUse);
  }

  private ThisUse findThisUse(Tree closure) {
    TreePath closurePath = pathTo(closure);
    boolean[] whole = {false, false};
    Set<VariableElement> read = new LinkedHashSet<>();
    Set<VariableElement> written = new LinkedHashSet<>();
    if (closurePath == null) {
      return new ThisUse(false, false, read, written);
    }
    if (closure instanceof MemberReferenceTree ref) {
      if (isThis(ref.getQualifierExpression()) || isSuper(ref.getQualifierExpression())) {
        whole[0] = true;
        whole[1] = trees.getElement(closurePath) instanceof ExecutableElement m && isMut(m);
      }
      return new ThisUse(whole[0], whole[1], read, written);
    }
    Deque<TypeElement> inner = new ArrayDeque<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitClass(ClassTree c, Void unused) {
        inner.push((TypeElement) trees.getElement(getCurrentPath()));
        super.visitClass(c, unused);
        inner.pop();
        return null;
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree m, Void unused) {
        if ((m.getIdentifier().contentEquals("this") || m.getIdentifier().contentEquals("super"))
            && trees.getElement(new TreePath(getCurrentPath(), m.getExpression()))
                instanceof TypeElement outer && !inner.contains(outer)
            && tracking.isTrackedThis(outer)) {
          whole[0] = true; // `Outer.this`, named from inside a class the closure declares
          return null;
        }
        if (isThis(m.getExpression()) && inner.isEmpty()
            && trees.getElement(getCurrentPath()) instanceof VariableElement f
            && f.getKind() == ElementKind.FIELD) {
          read.add(f); // `this.f`: the field, not all of `this`
          return null;
        }
        return super.visitMemberSelect(m, unused);
      }

      @Override
      public Void visitIdentifier(IdentifierTree id, Void unused) {
        if (isThis(id) || isSuper(id)) {
          whole[0] |= inner.isEmpty();
          return null;
        }
        Element e = trees.getElement(getCurrentPath());
        if (e == null || e.getModifiers().contains(Modifier.STATIC)
            || !(e.getEnclosingElement() instanceof TypeElement owner)
            || !tracking.lends(owner) || inner.stream().anyMatch(c -> inherits(c, owner))) {
          return null;
        }
        if (e.getKind() == ElementKind.FIELD) {
          read.add((VariableElement) e); // also in a class that only holds tracked fields
        } else if (e.getKind() == ElementKind.METHOD && tracking.isTrackedThis(owner)) {
          whole[0] = true;
        }
        return null;
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        ExpressionTree select = call.getMethodSelect();
        boolean onThis = inner.isEmpty() && (select instanceof IdentifierTree
            || select instanceof MemberSelectTree m && isThis(m.getExpression()));
        if (onThis && trees.getElement(getCurrentPath()) instanceof ExecutableElement m
            && !m.getModifiers().contains(Modifier.STATIC)
            && tracking.isTrackedThis(m.getEnclosingElement()) && isMut(m)) {
          whole[1] = true;
        }
        if (inner.isEmpty() && trees.getElement(getCurrentPath()) instanceof ExecutableElement m) {
          // `s.write()`, `poke(this.s)`: a mutation of the field, as an assignment to it is.
          Contract c = contracts.of(m);
          if (c.receiver() == Contract.Receiver.MUT && select instanceof MemberSelectTree sel) {
            write(fieldOfThis(sel.getExpression()));
          }
          for (int i = 0; i < call.getArguments().size(); i++) {
            if (c.param(i) == Contract.Param.MUT) {
              write(fieldOfThis(call.getArguments().get(i)));
            }
          }
        }
        return super.visitMethodInvocation(call, unused);
      }

      /** The first field of {@code this.f.g} or {@code f.g}: what a mutation of it mutates. */
      private ExpressionTree fieldOfThis(ExpressionTree e) {
        while (e instanceof ParenthesizedTree p) {
          e = p.getExpression();
        }
        while (e instanceof MemberSelectTree m && !isThis(m.getExpression())) {
          e = m.getExpression();
        }
        return e;
      }

      @Override
      public Void visitAssignment(AssignmentTree a, Void unused) {
        write(a.getVariable());
        return super.visitAssignment(a, unused);
      }

      @Override
      public Void visitCompoundAssignment(CompoundAssignmentTree a, Void unused) {
        write(a.getVariable());
        return super.visitCompoundAssignment(a, unused);
      }

      @Override
      public Void visitUnary(UnaryTree u, Void unused) {
        write(u.getExpression());
        return super.visitUnary(u, unused);
      }

      private void write(ExpressionTree target) {
        boolean onThis = inner.isEmpty() && (target instanceof IdentifierTree
            || target instanceof MemberSelectTree m && isThis(m.getExpression()));
        if (onThis && trees.getElement(new TreePath(getCurrentPath(), target))
            instanceof VariableElement f && f.getKind() == ElementKind.FIELD
            && !f.getModifiers().contains(Modifier.STATIC)
            && tracking.isTrackedThis(f.getEnclosingElement())) {
          written.add(f);
        }
      }
    }.scan(closurePath, null);
    read.removeAll(written);
    return new ThisUse(whole[0] || whole[1], whole[1], read, written);
  }

  private boolean isMut(ExecutableElement m) {
    return contracts.of(m).receiver() == dev.jborrow.processor.model.Contract.Receiver.MUT;
  }

  /** Whether class {@code c} is, or extends, {@code owner} (its members are then its own). */
  private static boolean inherits(TypeElement c, TypeElement owner) {
    for (TypeElement t = c; t != null; t = Tracking.superclass(t)) {
      if (t.equals(owner) || t.getInterfaces().stream().anyMatch(i ->
          i instanceof javax.lang.model.type.DeclaredType d && d.asElement().equals(owner))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSuper(ExpressionTree e) {
    return e instanceof IdentifierTree id && id.getName().contentEquals("super");
  }

  private static boolean isThis(ExpressionTree e) {
    return e instanceof IdentifierTree id && id.getName().contentEquals("this");
  }

  private Set<VariableElement> findCaptures(Tree closure) {
    TreePath closurePath = pathTo(closure);
    if (closurePath == null) {
      return Set.of();
    }
    Set<Element> inside = new HashSet<>();
    Set<VariableElement> read = new LinkedHashSet<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree v, Void unused) {
        Element e = trees.getElement(getCurrentPath());
        if (e != null) {
          inside.add(e);
        }
        return super.visitVariable(v, unused);
      }

      @Override
      public Void visitIdentifier(IdentifierTree id, Void unused) {
        Element e = trees.getElement(getCurrentPath());
        if (e instanceof VariableElement v && Tracking.isLocal(v)) {
          read.add(v);
        }
        return null;
      }
    }.scan(closurePath, null);
    read.removeAll(inside);
    return read;
  }
}
