package dev.jborrow.processor.check;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreeScanner;
import dev.jborrow.processor.cfg.Block;
import dev.jborrow.processor.cfg.ControlFlowGraph;
import dev.jborrow.processor.cfg.Node;
import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.model.Annotations;
import dev.jborrow.processor.model.Contract;
import dev.jborrow.processor.model.Tracking;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;

/**
 * Turns the nodes of a graph into {@link Effect effects}: decides, from contracts and
 * annotations, whether each read of a place moves it, borrows it, or just reads it, and what
 * each new value's holder owns. This is where Java syntax meets ownership; everything after it
 * works on effects alone.
 *
 * <p>A value's fate is decided by its consumer (the declaration, assignment, call, return or
 * throw that takes it), but takes effect where the value is evaluated, so that evaluation
 * order is kept: {@code f(a, a)} with an owned first parameter moves the first {@code a} before
 * the second is read. So the consumers are visited first, and their operands are given a
 * {@link Context}.
 */
final class Lowering {

  private final BodyContext body;
  private final Tracking tracking;
  private final Map<Tree, Context> contexts = new IdentityHashMap<>();
  private final Map<Tree, Node> nodes = new IdentityHashMap<>();
  private final Set<Element> declared = new HashSet<>();
  private final Set<VariableElement> borrowHolders = new HashSet<>();

  Lowering(BodyContext body) {
    this.body = body;
    this.tracking = body.tracking();
  }

  /** How a consumer takes an operand. */
  private enum Context {
    READ,
    WRITE,
    MOVE_ASSIGN,
    MOVE_ARGUMENT,
    MOVE_RETURN,
    MOVE_CONSUME,
    MOVE_THROW,
    MOVE_STORE;

    Effect.MoveKind moveKind() {
      return switch (this) {
        case MOVE_ASSIGN -> Effect.MoveKind.ASSIGN;
        case MOVE_ARGUMENT -> Effect.MoveKind.ARGUMENT;
        case MOVE_RETURN -> Effect.MoveKind.RETURN;
        case MOVE_CONSUME -> Effect.MoveKind.CONSUME;
        case MOVE_THROW -> Effect.MoveKind.THROW;
        case MOVE_STORE -> Effect.MoveKind.STORE;
        default -> null;
      };
    }
  }

  Map<Node, List<Effect>> lower(ControlFlowGraph graph) {
    for (Block b : graph.blocks()) {
      for (Node n : b.nodes()) {
        nodes.put(n.tree(), n);
        if (n instanceof Node.Declare d) {
          declared.add(d.variable());
          if (isBorrowHolder(d)) {
            borrowHolders.add(d.variable());
          }
        }
      }
    }
    for (Block b : graph.blocks()) {
      for (Node n : b.nodes()) {
        giveContexts(n);
      }
    }
    Map<Node, List<Effect>> effects = new IdentityHashMap<>();
    for (Block b : graph.blocks()) {
      for (Node n : b.nodes()) {
        List<Effect> es = effectsOf(n);
        if (!es.isEmpty()) {
          effects.put(n, es);
        }
      }
    }
    return effects;
  }

  // ---------------------------------------------------------------- contexts

  private void giveContexts(Node n) {
    if (n instanceof Node.Declare d) {
      if (d.source() != null
          && (d.kind() == Node.DeclKind.LOCAL || d.kind() == Node.DeclKind.RESOURCE)) {
        give(d.source(), holderContext(d.variable()));
      }
    } else if (n instanceof Node.Assign a) {
      if (a.value() != null && a.tree() instanceof AssignmentTree) {
        give(a.value(), a.place() != null && a.place().isRoot() && Tracking.isLocal(a.place().root())
            ? holderContext((VariableElement) a.place().root())
            : Context.MOVE_STORE); // an array element or a field: ownership passes to its object
      }
    } else if (n instanceof Node.Invoke i) {
      Contract c = body.contracts().of(i.method());
      ExpressionTree select = i.tree().getMethodSelect();
      Tree receiver = select instanceof MemberSelectTree m ? m.getExpression() : select;
      give(receiver, switch (c.receiver()) {
        case CONSUMES -> Context.MOVE_CONSUME;
        case MUT -> Context.WRITE;
        default -> Context.READ;
      });
      arguments(c, i.tree().getArguments());
    } else if (n instanceof Node.New nw) {
      if (nw.constructor() != null) {
        arguments(body.contracts().of(nw.constructor()), nw.tree().getArguments());
      }
    } else if (n instanceof Node.Return r) {
      if (r.expression() != null) {
        give(r.expression(), Context.MOVE_RETURN);
      }
    } else if (n instanceof Node.Throw t) {
      give(t.expression(), Context.MOVE_THROW);
    } else if (n instanceof Node.NewArray na && na.tree().getInitializers() != null) {
      for (ExpressionTree e : na.tree().getInitializers()) {
        give(e, Context.MOVE_STORE);
      }
    }
  }

  private void arguments(Contract c, List<? extends ExpressionTree> args) {
    for (int k = 0; k < args.size(); k++) {
      give(args.get(k), switch (c.param(k)) {
        case OWNED -> Context.MOVE_ARGUMENT;
        case MUT -> Context.WRITE;
        case SHARED -> Context.READ;
      });
    }
  }

  /** What storing a value into local {@code v} does to it. */
  private Context holderContext(VariableElement v) {
    if (Annotations.has(v, Annotations.BORROWED)) {
      return Context.READ;
    }
    if (Annotations.has(v, Annotations.MUT)) {
      return Context.WRITE;
    }
    // An untracked local is an alias the checker does not follow: the owner keeps its value.
    return tracking.isTracked(v) ? Context.MOVE_ASSIGN : Context.READ;
  }

  /** Gives {@code c} to the expressions whose value {@code e} yields. */
  private void give(Tree e, Context c) {
    switch (e.getKind()) {
      case PARENTHESIZED -> give(((ParenthesizedTree) e).getExpression(), c);
      case TYPE_CAST -> give(((TypeCastTree) e).getExpression(), c);
      case CONDITIONAL_EXPRESSION -> {
        ConditionalExpressionTree ce = (ConditionalExpressionTree) e;
        give(ce.getTrueExpression(), c);
        give(ce.getFalseExpression(), c);
      }
      case SWITCH_EXPRESSION -> {
        for (ExpressionTree result : results((SwitchExpressionTree) e)) {
          give(result, c);
        }
      }
      default -> contexts.put(e, c);
    }
  }

  /** The values a switch expression can yield: rule expressions and its own yields. */
  private static List<ExpressionTree> results(SwitchExpressionTree s) {
    List<ExpressionTree> out = new ArrayList<>();
    TreeScanner<Void, Void> yields = new TreeScanner<>() {
      @Override
      public Void visitYield(YieldTree y, Void unused) {
        out.add(y.getValue());
        return null;
      }

      // Yields inside these belong to them.
      @Override
      public Void visitSwitchExpression(SwitchExpressionTree inner, Void unused) {
        return null;
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree l, Void unused) {
        return null;
      }

      @Override
      public Void visitClass(ClassTree k, Void unused) {
        return null;
      }
    };
    for (CaseTree c : s.getCases()) {
      if (c.getCaseKind() == CaseTree.CaseKind.RULE) {
        if (c.getBody() instanceof ExpressionTree e) {
          out.add(e);
        } else {
          yields.scan(c.getBody(), null);
        }
      } else {
        yields.scan(c.getStatements(), null);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- effects

  private List<Effect> effectsOf(Node n) {
    if (n instanceof Node.Ref r) {
      return reference(r);
    } else if (n instanceof Node.Declare d) {
      return declaration(d);
    } else if (n instanceof Node.Assign a) {
      return assignment(a);
    } else if (n instanceof Node.ArrayRead a) {
      Context c = contexts.get(a.tree());
      if (c != null && c.moveKind() != null && tracking.isTrackedType(a.elementType())) {
        return List.of(new Effect.IllegalMove(null, a.tree(), Effect.Why.ARRAY_ELEMENT));
      }
    } else if (n instanceof Node.Closure c) {
      return captures(c.tree());
    } else if (n instanceof Node.New nw && nw.tree().getClassBody() != null) {
      return captures(nw.tree().getClassBody());
    } else if (n instanceof Node.ResourceClose rc) {
      // A declared resource ends with the statement; a resource named by an expression
      // (`try (conn)`) is consumed by it and cannot be used afterwards.
      Place p = rc.resource();
      if (p.root() instanceof VariableElement v && v.getKind() != ElementKind.RESOURCE_VARIABLE
          && isFollowed(p) && holdsTrackedValue(p) && illegalMove(p) == null) {
        return List.of(new Effect.Move(p, rc.tree(), Effect.MoveKind.CONSUME));
      }
    } else if (n instanceof Node.ScopeEnd s) {
      List<Effect> drops = new ArrayList<>();
      for (VariableElement v : s.variables()) {
        if (tracking.isTracked(v)) {
          drops.add(new Effect.Drop(v, s.tree()));
        }
      }
      return drops;
    }
    return List.of();
  }

  private List<Effect> reference(Node.Ref r) {
    Place place = r.place();
    if (!isFollowed(place)) {
      return List.of();
    }
    Context c = contexts.getOrDefault(r.tree(), Context.READ);
    if (c.moveKind() != null && holdsTrackedValue(place)) {
      Effect.Why why = illegalMove(place);
      if (why != null) {
        return List.of(new Effect.IllegalMove(place, r.tree(), why),
            new Effect.Use(place, r.tree(), Effect.Access.READ));
      }
      return List.of(new Effect.Move(place, r.tree(), c.moveKind()));
    }
    return List.of(new Effect.Use(place, r.tree(),
        c == Context.WRITE ? Effect.Access.WRITE : Effect.Access.READ));
  }

  private List<Effect> declaration(Node.Declare d) {
    VariableElement v = d.variable();
    if (!tracking.isTracked(v)) {
      return List.of();
    }
    Effect.Origin origin = switch (d.kind()) {
      case PARAMETER -> Annotations.has(v, Annotations.OWNED)
          ? Effect.Origin.OWNED : Effect.Origin.BORROWED;
      case FOREACH -> Effect.Origin.BORROWED;
      case BINDING -> borrowHolders.contains(v) ? Effect.Origin.BORROWED : Effect.Origin.OWNED;
      case CATCH, RESOURCE -> Effect.Origin.OWNED;
      case LOCAL -> d.source() == null ? Effect.Origin.NONE
          : borrowHolders.contains(v) ? Effect.Origin.BORROWED : origin(d.source());
    };
    return List.of(new Effect.Init(Place.of(v), d.tree(), origin));
  }

  private List<Effect> assignment(Node.Assign a) {
    Place place = a.place();
    if (place == null || !isFollowed(place)) {
      return List.of();
    }
    if (a.value() == null || !(a.tree() instanceof AssignmentTree)) {
      return List.of(new Effect.Use(place, a.tree(), Effect.Access.WRITE));
    }
    Effect.Origin origin = place.isRoot() && borrowHolders.contains(place.root())
        ? Effect.Origin.BORROWED : origin(a.value());
    return List.of(new Effect.Init(place, a.tree(), origin));
  }

  /** Every tracked local a closure reads from the enclosing body: a shared borrow of it. */
  private List<Effect> captures(Tree closure) {
    List<Effect> uses = new ArrayList<>();
    for (VariableElement v : body.captures(closure)) {
      if (tracking.isTracked(v)) {
        uses.add(new Effect.Use(Place.of(v), closure, Effect.Access.READ));
      }
    }
    return uses;
  }

  // ---------------------------------------------------------------- ownership facts

  /** Whether the checker follows a place at all: a tracked root or a tracked field on the way. */
  private boolean isFollowed(Place place) {
    Element root = place.root();
    if (root instanceof VariableElement v) {
      if (tracking.isTracked(v)) {
        return true;
      }
    } else if (tracking.isTrackedThis(root)) {
      return true;
    }
    for (VariableElement f : place.fields()) {
      if (tracking.isTracked(f)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the value in the place is tracked, so that taking it moves it. */
  private boolean holdsTrackedValue(Place place) {
    if (!place.fields().isEmpty()) {
      return tracking.isTracked(place.fields().get(place.fields().size() - 1));
    }
    Element root = place.root();
    return root instanceof VariableElement v ? tracking.isTracked(v)
        : tracking.isTrackedThis(root);
  }

  /** Why moving out of {@code place} is forbidden whatever the flow, or null. */
  private Effect.Why illegalMove(Place place) {
    Element root = place.root();
    if (!(root instanceof VariableElement v)) {
      return body.ownsThis() ? null : Effect.Why.BEHIND_BORROW;
    }
    if (!Tracking.isLocal(v)) {
      return Effect.Why.STATIC;
    }
    if (v.getKind() == ElementKind.RESOURCE_VARIABLE) {
      return Effect.Why.RESOURCE;
    }
    if (!declared.contains(v)) {
      return body.ownsCaptures() ? null : Effect.Why.CAPTURED;
    }
    if (v.getKind() == ElementKind.PARAMETER && !Annotations.has(v, Annotations.OWNED)) {
      return Effect.Why.BEHIND_BORROW;
    }
    if (borrowHolders.contains(v)) {
      return Effect.Why.BEHIND_BORROW;
    }
    return null;
  }

  /** Variables that hold a borrow, not an owned value, from their declaration. */
  private boolean isBorrowHolder(Node.Declare d) {
    VariableElement v = d.variable();
    if (Annotations.has(v, Annotations.BORROWED) || Annotations.has(v, Annotations.MUT)) {
      return true;
    }
    return switch (d.kind()) {
      case FOREACH -> true;
      case BINDING -> d.source() != null && nodes.get(strip(d.source())) instanceof Node.Ref r
          && isFollowed(r.place());
      default -> false;
    };
  }

  /** What the holder of the value of {@code e} owns. */
  private Effect.Origin origin(ExpressionTree e) {
    switch (e.getKind()) {
      case PARENTHESIZED -> {
        return origin(((ParenthesizedTree) e).getExpression());
      }
      case TYPE_CAST -> {
        return origin(((TypeCastTree) e).getExpression());
      }
      case NULL_LITERAL -> {
        return Effect.Origin.NULL;
      }
      case CONDITIONAL_EXPRESSION -> {
        ConditionalExpressionTree c = (ConditionalExpressionTree) e;
        return join(origin(c.getTrueExpression()), origin(c.getFalseExpression()));
      }
      case SWITCH_EXPRESSION -> {
        Effect.Origin o = Effect.Origin.NULL;
        for (ExpressionTree r : results((SwitchExpressionTree) e)) {
          o = join(o, origin(r));
        }
        return o;
      }
      case ASSIGNMENT -> {
        return origin(((AssignmentTree) e).getExpression());
      }
      case METHOD_INVOCATION -> {
        Node n = nodes.get(e);
        if (n instanceof Node.Invoke i
            && body.contracts().of(i.method()).result() == Contract.Result.BORROWED) {
          return Effect.Origin.BORROWED;
        }
        return Effect.Origin.OWNED;
      }
      case ARRAY_ACCESS -> {
        return Effect.Origin.NONE; // E0508 was reported where it was read
      }
      default -> {
        Node n = nodes.get(e);
        if (n instanceof Node.Ref r && isFollowed(r.place()) && holdsTrackedValue(r.place())
            && illegalMove(r.place()) != null) {
          return Effect.Origin.NONE; // E0507 was reported where it was read
        }
        return e instanceof LiteralTree ? Effect.Origin.NONE : Effect.Origin.OWNED;
      }
    }
  }

  private static Effect.Origin join(Effect.Origin a, Effect.Origin b) {
    if (a == Effect.Origin.OWNED || b == Effect.Origin.OWNED) {
      return Effect.Origin.OWNED;
    }
    if (a == Effect.Origin.BORROWED || b == Effect.Origin.BORROWED) {
      return Effect.Origin.BORROWED;
    }
    if (a == Effect.Origin.NULL && b == Effect.Origin.NULL) {
      return Effect.Origin.NULL;
    }
    return Effect.Origin.NONE;
  }

  private static Tree strip(ExpressionTree e) {
    while (e instanceof ParenthesizedTree p) {
      e = p.getExpression();
    }
    return e;
  }
}
