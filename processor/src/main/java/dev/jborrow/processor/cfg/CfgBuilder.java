package dev.jborrow.processor.cfg;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssertTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.UnionTypeTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.jborrow.processor.model.JavaBase;
import dev.jborrow.processor.model.Tracking;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Builds the {@link ControlFlowGraph} of one body from attributed javac trees.
 *
 * <p>Structured jumps ({@code break}, {@code continue}, {@code return}, {@code yield}) walk the
 * stack of enclosing {@link Frame frames}: every variable frame they leave is dropped with a
 * {@link Node.ScopeEnd}, and every {@code finally} block or try-with-resources close they leave
 * is copied onto the jump's path, so that each path through a {@code finally} is analysed with
 * its own state (javac inlines {@code finally} the same way in bytecode). Exceptions are
 * dispatched the same way to the innermost matching {@code catch}; those paths are built once
 * per frame and exception type and shared by every call that throws from there.
 */
public final class CfgBuilder {

  private final Trees trees;
  private final ImplicitThrows implicitThrows;
  private final Types types;
  private final TypeMirror runtimeException;
  private final TypeMirror error;
  private final TypeMirror assertionError;

  private int nextBlockId;
  private Block current;
  private Frame top;
  private Block exit;
  private Block exceptionalExit;
  private TypeElement thisClass;
  private final Map<Frame, Map<Object, Block>> exceptionalPaths = new IdentityHashMap<>();
  private final Map<Frame, Boolean> catchesUnchecked = new IdentityHashMap<>();
  private final Map<Frame, Boolean> uncheckedHandler = new IdentityHashMap<>();
  /** The block begun just after an edge to the unchecked handlers, while it is empty. */
  private Block afterUncheckedEdge;
  /** By node index, the copy of its trees each node belongs to (see ControlFlowGraph). */
  private int[] instances = new int[0];
  private int instance;
  /** The index of the next node made: dense from 0 in each graph. */
  private int nextNode;
  /** The paths to the closures the body makes, kept as they are met (see ControlFlowGraph). */
  private Map<Tree, TreePath> closurePaths = new IdentityHashMap<>();
  private int nextInstance;

  /** Asked only for the {@code close()} of a try-with-resources statement's resource. */
  private final Elements elements;
  /** The {@code close()} of each resource class met, null for none. */
  private final Map<TypeElement, ExecutableElement> closeMethods = new HashMap<>();

  public CfgBuilder(Trees trees, Types types, Elements elements) {
    this.trees = trees;
    this.elements = elements;
    this.implicitThrows = new ImplicitThrows(trees, types);
    this.types = types;
    this.runtimeException = JavaBase.type(elements, "java.lang.RuntimeException").asType();
    this.error = JavaBase.type(elements, "java.lang.Error").asType();
    this.assertionError = JavaBase.type(elements, "java.lang.AssertionError").asType();
    this.thisName = elements.getName("this");
    this.superName = elements.getName("super");
    this.className = elements.getName("class");
  }

  /** javac's names, compared by identity: {@code Name.contentEquals} decodes the name. */
  private final Name thisName;
  private final Name superName;
  private final Name className;

  private boolean isThisOrSuper(Name name) {
    return name.equals(thisName) || name.equals(superName);
  }

  // ---------------------------------------------------------------- entry points

  /**
   * The graph of a method, constructor or lambda body, or of an initialiser block, given by its
   * path. Parameters are declared in the entry block.
   */
  public ControlFlowGraph build(TreePath bodyPath) {
    nextBlockId = 0;
    instances = new int[0];
    nextNode = 0;
    closurePaths = new IdentityHashMap<>(4); // few closures in a body, most none
    instance = 0;
    nextInstance = 0;
    exceptionalPaths.clear();
    catchesUnchecked.clear();
    uncheckedHandler.clear();
    afterUncheckedEdge = null;
    Block entry = newBlock(Block.Kind.ENTRY);
    exit = newBlock(Block.Kind.EXIT);
    exceptionalExit = newBlock(Block.Kind.EXCEPTIONAL_EXIT);
    top = new MethodFrame();
    thisClass = enclosingClass(bodyPath);
    current = newBlock(Block.Kind.REGULAR);
    link(entry, current);

    Tree body = bodyPath.getLeaf();
    if (body instanceof MethodTree method) {
      declareParameters(method.getParameters(), bodyPath);
      statement(method.getBody(), child(bodyPath, method.getBody()));
      storeComponents(method, bodyPath);
    } else if (body instanceof LambdaExpressionTree lambda) {
      declareParameters(lambda.getParameters(), bodyPath);
      TreePath bodyTree = child(bodyPath, lambda.getBody());
      if (lambda.getBodyKind() == LambdaExpressionTree.BodyKind.STATEMENT) {
        statement((StatementTree) lambda.getBody(), bodyTree);
      } else {
        ExpressionTree value = (ExpressionTree) lambda.getBody();
        expression(value, bodyTree);
        if (current != null && returnsValue(bodyPath)) {
          add(new Node.Return(value, value, nextNode++));
        }
      }
    } else if (body instanceof BlockTree block) {
      statement(block, bodyPath);
    } else {
      throw new UnsupportedConstructException(body, "body");
    }
    if (current != null) {
      link(current, exit);
    }
    return new ControlFlowGraph(body, entry, exit, exceptionalExit, nextNode,
        Arrays.copyOf(instances, Math.min(instances.length, nextNode)), closurePaths);
  }

  /**
   * A compact canonical constructor of a record (or the implicit one) stores each parameter in
   * its field when its body completes; the body itself may not assign them. An explicit
   * canonical constructor assigns them in its body, where they are seen as any assignment.
   */
  private void storeComponents(MethodTree method, TreePath path) {
    if (current == null || !(element(path) instanceof ExecutableElement ctor)
        || ctor.getKind() != ElementKind.CONSTRUCTOR
        || ctor.getEnclosingElement().getKind() != ElementKind.RECORD) {
      return;
    }
    TypeElement record = (TypeElement) ctor.getEnclosingElement();
    List<? extends RecordComponentElement> components = record.getRecordComponents();
    if (components.size() != method.getParameters().size()) {
      return;
    }
    List<VariableElement> fields = new ArrayList<>();
    for (int i = 0; i < components.size(); i++) {
      VariableTree p = method.getParameters().get(i);
      if (!types.isSameType(types.erasure(components.get(i).asType()),
          types.erasure(trees.getTypeMirror(child(path, p))))) {
        return; // not the canonical constructor
      }
      for (VariableElement f : ElementFilter.fieldsIn(record.getEnclosedElements())) {
        if (f.getSimpleName().equals(components.get(i).getSimpleName())
            && !f.getModifiers().contains(Modifier.STATIC)) {
          fields.add(f);
        }
      }
    }
    if (fields.size() != components.size() || assignsAny(method.getBody(), fields, path)) {
      return;
    }
    for (int i = 0; i < fields.size(); i++) {
      VariableTree p = method.getParameters().get(i);
      add(new Node.ComponentStore(p, (VariableElement) element(child(path, p)), fields.get(i),
          nextNode++));
    }
  }

  /** Whether the body assigns one of {@code fields}: the canonical constructor is explicit. */
  private boolean assignsAny(BlockTree body, List<VariableElement> fields, TreePath path) {
    Boolean found = new TreePathScanner<Boolean, Void>() {
      @Override
      public Boolean scan(Tree tree, Void unused) {
        return Boolean.TRUE.equals(super.scan(tree, unused)); // never null: `||` unboxes it
      }

      @Override
      public Boolean reduce(Boolean a, Boolean b) {
        return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
      }

      @Override
      public Boolean visitAssignment(AssignmentTree a, Void unused) {
        return fields.contains(trees.getElement(new TreePath(getCurrentPath(), a.getVariable())))
            || super.visitAssignment(a, unused);
      }
    }.scan(new TreePath(path, body), null);
    return Boolean.TRUE.equals(found);
  }

  private void declareParameters(List<? extends VariableTree> parameters, TreePath owner) {
    for (VariableTree p : parameters) {
      VariableElement v = (VariableElement) element(child(owner, p));
      if (!holdsNoReference(v)) {
        add(new Node.Declare(p, v, Node.DeclKind.PARAMETER, null, nextNode++));
        top = new VarFrame(top, v);
      }
    }
  }

  private boolean returnsValue(TreePath lambdaPath) {
    TypeMirror fi = trees.getTypeMirror(lambdaPath);
    if (!(fi instanceof DeclaredType declared)) {
      return true;
    }
    for (Element member : declared.asElement().getEnclosedElements()) {
      if (member instanceof ExecutableElement m
          && m.getModifiers().contains(Modifier.ABSTRACT)
          && !isObjectMethod(m)) {
        return m.getReturnType().getKind() != TypeKind.VOID;
      }
    }
    return true;
  }

  private static boolean isObjectMethod(ExecutableElement m) {
    String name = m.getSimpleName().toString();
    return (name.equals("equals") && m.getParameters().size() == 1)
        || (name.equals("hashCode") || name.equals("toString")) && m.getParameters().isEmpty();
  }

  // ---------------------------------------------------------------- frames

  /** The static context of a point in the body, innermost first. */
  private sealed interface Frame permits MethodFrame, VarFrame, JumpFrame, TryFrame, CleanupFrame {
    Frame parent();
  }

  private record MethodFrame() implements Frame {
    @Override
    public Frame parent() {
      return null;
    }
  }

  /** One variable in scope; a block pops back to the frame it started with. */
  private record VarFrame(Frame parent, VariableElement variable) implements Frame {}

  /**
   * A target of {@code break}, {@code continue} or {@code yield}: a loop, a switch, or a
   * labelled statement.
   */
  private record JumpFrame(
      Frame parent,
      Name label,
      boolean takesPlainBreak,
      boolean isSwitchExpression,
      Block breakTarget,
      Block continueTarget)
      implements Frame {}

  /** The catch clauses of a try statement. */
  private record TryFrame(Frame parent, List<List<TypeMirror>> catchTypes, List<Block> handlers)
      implements Frame {}

  /** Code that runs whenever control leaves: a {@code finally} block or a resource close. */
  private record CleanupFrame(Frame parent, Runnable emit) implements Frame {}

  // ---------------------------------------------------------------- statements

  private void statement(StatementTree s, TreePath path) {
    if (current == null) {
      // Unreachable code (javac rejects most of it): give it a block nobody jumps to.
      current = newBlock(Block.Kind.REGULAR);
    }
    if (catchesUncheckedAround(top) && throwsUnchecked(s, path)) {
      mayThrowUnchecked();
    }
    switch (s.getKind()) {
      case BLOCK -> block((BlockTree) s, path);
      case VARIABLE -> localVariable((VariableTree) s, path);
      case EXPRESSION_STATEMENT ->
          expression(((ExpressionStatementTree) s).getExpression(),
              child(path, ((ExpressionStatementTree) s).getExpression()));
      case IF -> ifStatement((IfTree) s, path);
      case WHILE_LOOP -> whileLoop((WhileLoopTree) s, path, null);
      case DO_WHILE_LOOP -> doWhileLoop((DoWhileLoopTree) s, path, null);
      case FOR_LOOP -> forLoop((ForLoopTree) s, path, null);
      case ENHANCED_FOR_LOOP -> enhancedFor((EnhancedForLoopTree) s, path, null);
      case LABELED_STATEMENT -> labelled((LabeledStatementTree) s, path);
      case BREAK -> breakStatement((BreakTree) s);
      case CONTINUE -> continueStatement((ContinueTree) s);
      case RETURN -> returnStatement((ReturnTree) s, path);
      case THROW -> throwStatement((ThrowTree) s, path);
      case TRY -> tryStatement((TryTree) s, path);
      case SWITCH -> switchStatement((SwitchTree) s, path);
      case YIELD -> yieldStatement((YieldTree) s, path);
      case SYNCHRONIZED -> {
        SynchronizedTree sync = (SynchronizedTree) s;
        expression(sync.getExpression(), child(path, sync.getExpression()));
        statement(sync.getBlock(), child(path, sync.getBlock()));
      }
      case ASSERT -> assertStatement((AssertTree) s, path);
      case EMPTY_STATEMENT -> {}
      default -> {
        // Local classes, records, interfaces and enums are bodies of their own.
        if (!(s instanceof ClassTree)) {
          throw new UnsupportedConstructException(s, "statement");
        }
      }
    }
  }

  /**
   * Whether the statement itself (not the statements it holds) may throw an unchecked
   * exception without a call: a null lock, selector or unboxed value, or what
   * {@link ImplicitThrows} finds in its own expression. Asked only where a catch takes such
   * exceptions.
   */
  private boolean throwsUnchecked(StatementTree s, TreePath path) {
    if (s instanceof SynchronizedTree || s instanceof SwitchTree sw
        && !isPrimitive(child(path, sw.getExpression()))
        || s instanceof VariableTree v && v.getInitializer() != null
            && implicitThrows.unboxesInto(trees.getTypeMirror(path),
                child(path, v.getInitializer()))) {
      return true;
    }
    ExpressionTree own = switch (s.getKind()) {
      case VARIABLE -> ((VariableTree) s).getInitializer();
      case EXPRESSION_STATEMENT -> ((ExpressionStatementTree) s).getExpression();
      case RETURN -> ((ReturnTree) s).getExpression();
      case THROW -> ((ThrowTree) s).getExpression();
      case YIELD -> ((YieldTree) s).getValue();
      case IF -> ((IfTree) s).getCondition();
      case SWITCH -> ((SwitchTree) s).getExpression();
      case SYNCHRONIZED -> ((SynchronizedTree) s).getExpression();
      case ENHANCED_FOR_LOOP -> ((EnhancedForLoopTree) s).getExpression();
      case ASSERT -> ((AssertTree) s).getCondition();
      default -> null; // loops test their conditions at their heads; blocks have statements
    };
    return own != null && implicitThrows.mayThrow(child(path, own));
  }

  /**
   * Where a handler catches unchecked exceptions, an expression may throw one without a call
   * (an index out of bounds, a division by zero, a null): an edge leads to that handler with
   * the state before the statement that evaluates it. Before, not after: such a statement
   * throws before its store ({@code this.conn = a[i]} either stores or throws, never both, JLS
   * 15.26.1), and one that cannot throw ({@code this.conn = c}) gets no edge. Calls have
   * edges of their own.
   */
  private void mayThrowUncheckedIn(ExpressionTree e, TreePath statement) {
    if (current != null && e != null && catchesUncheckedAround(top)
        && implicitThrows.mayThrow(child(statement, e))) {
      mayThrowUnchecked();
    }
  }

  private boolean isPrimitive(TreePath expression) {
    TypeMirror t = trees.getTypeMirror(expression);
    return t != null && t.getKind().isPrimitive();
  }

  /** An edge to the handlers of unchecked exceptions with the state at this point. */
  private void mayThrowUnchecked() {
    if (current != null && catchesUncheckedAround(top)
        && !(current == afterUncheckedEdge && current.nodes().isEmpty())) {
      Block from = current;
      linkExceptional(from, runtimeException, false);
      current = newBlock(Block.Kind.REGULAR);
      link(from, current);
      afterUncheckedEdge = current; // its state is the one just linked: no second edge
    }
  }

  /** Whether a {@code catch} between {@code f} and the method exit takes unchecked exceptions. */
  private boolean catchesUncheckedAround(Frame f) {
    if (f instanceof MethodFrame) {
      return false;
    }
    Boolean known = uncheckedHandler.get(f);
    if (known == null) {
      known = f instanceof TryFrame t && t.catchTypes().stream().flatMap(List::stream)
          .anyMatch(c -> types.isSubtype(c, runtimeException) || types.isSubtype(c, error)
              || types.isSubtype(runtimeException, c) || types.isSubtype(error, c))
          || catchesUncheckedAround(f.parent());
      uncheckedHandler.put(f, known);
    }
    return known;
  }

  private void block(BlockTree b, TreePath path) {
    Frame scope = top;
    for (StatementTree s : b.getStatements()) {
      statement(s, child(path, s));
    }
    endScope(scope, b);
  }

  /** Drops the variables declared since {@code scope} and pops back to it. */
  private void endScope(Frame scope, Tree at) {
    if (current != null) {
      List<VariableElement> dropped = variablesUpTo(scope);
      if (!dropped.isEmpty()) {
        add(new Node.ScopeEnd(at, dropped, nextNode++));
      }
    }
    top = scope;
  }

  private List<VariableElement> variablesUpTo(Frame scope) {
    List<VariableElement> vars = new ArrayList<>();
    for (Frame f = top; f != scope; f = f.parent()) {
      if (f instanceof VarFrame v) {
        vars.add(v.variable());
      }
    }
    return vars;
  }

  private void localVariable(VariableTree v, TreePath path) {
    if (v.getInitializer() != null) {
      expression(v.getInitializer(), child(path, v.getInitializer()));
    }
    declare(v, path, Node.DeclKind.LOCAL, v.getInitializer());
  }

  private void declare(VariableTree v, TreePath path, Node.DeclKind kind, ExpressionTree source) {
    VariableElement var = (VariableElement) element(path);
    if (holdsNoReference(var)) {
      return;
    }
    if (current != null) {
      add(new Node.Declare(v, var, kind, source, nextNode++));
    }
    top = new VarFrame(top, var);
  }

  private void ifStatement(IfTree s, TreePath path) {
    Block then = newBlock(Block.Kind.REGULAR);
    Block otherwise = newBlock(Block.Kind.REGULAR);
    Block after = newBlock(Block.Kind.REGULAR);
    condition(s.getCondition(), child(path, s.getCondition()), then, otherwise);
    current = then;
    statement(s.getThenStatement(), child(path, s.getThenStatement()));
    goTo(after);
    current = otherwise;
    if (s.getElseStatement() != null) {
      statement(s.getElseStatement(), child(path, s.getElseStatement()));
    }
    goTo(after);
    current = after;
  }

  private void whileLoop(WhileLoopTree s, TreePath path, Name label) {
    Block head = newBlock(Block.Kind.REGULAR);
    Block body = newBlock(Block.Kind.REGULAR);
    Block after = newBlock(Block.Kind.REGULAR);
    goTo(head);
    current = head;
    mayThrowUncheckedIn(s.getCondition(), path); // on every test, with the back edge's state
    condition(s.getCondition(), child(path, s.getCondition()), body, after);
    current = body;
    loopBody(s.getStatement(), child(path, s.getStatement()), label, after, head);
    current = after;
  }

  private void doWhileLoop(DoWhileLoopTree s, TreePath path, Name label) {
    Block body = newBlock(Block.Kind.REGULAR);
    Block test = newBlock(Block.Kind.REGULAR);
    Block after = newBlock(Block.Kind.REGULAR);
    goTo(body);
    current = body;
    loopBody(s.getStatement(), child(path, s.getStatement()), label, after, test);
    current = test;
    mayThrowUncheckedIn(s.getCondition(), path);
    condition(s.getCondition(), child(path, s.getCondition()), body, after);
    current = after;
  }

  private void forLoop(ForLoopTree s, TreePath path, Name label) {
    Frame scope = top;
    for (StatementTree init : s.getInitializer()) {
      statement(init, child(path, init));
    }
    Block head = newBlock(Block.Kind.REGULAR);
    Block body = newBlock(Block.Kind.REGULAR);
    Block update = newBlock(Block.Kind.REGULAR);
    Block after = newBlock(Block.Kind.REGULAR);
    goTo(head);
    current = head;
    if (s.getCondition() == null) {
      goTo(body);
    } else {
      mayThrowUncheckedIn(s.getCondition(), path);
      condition(s.getCondition(), child(path, s.getCondition()), body, after);
    }
    current = body;
    loopBody(s.getStatement(), child(path, s.getStatement()), label, after, update);
    current = update;
    for (ExpressionStatementTree u : s.getUpdate()) {
      statement(u, child(path, u));
    }
    goTo(head);
    current = after;
    endScope(scope, s);
  }

  private void enhancedFor(EnhancedForLoopTree s, TreePath path, Name label) {
    expression(s.getExpression(), child(path, s.getExpression()));
    add(new Node.LoopIterator(s, false, nextNode++));
    Block head = newBlock(Block.Kind.REGULAR);
    Block next = newBlock(Block.Kind.REGULAR);
    Block after = newBlock(Block.Kind.REGULAR);
    goTo(head);
    current = head;
    mayThrowUnchecked(); // hasNext() and next() may throw (ConcurrentModificationException)
    add(new Node.LoopIterator(s, true, nextNode++));
    link(current, next, Edge.Kind.TRUE, null);
    link(current, after, Edge.Kind.FALSE, null);
    current = next;
    Frame outside = top;
    JumpFrame loop = new JumpFrame(top, label, true, false, after, head);
    top = loop;
    declare(s.getVariable(), child(path, s.getVariable()), Node.DeclKind.FOREACH,
        s.getExpression());
    statement(s.getStatement(), child(path, s.getStatement()));
    if (current != null) {
      jump(loop, head, s);
    }
    top = outside;
    current = after;
  }

  /** The body of a loop whose {@code break} goes to {@code after}, {@code continue} to next. */
  private void loopBody(StatementTree body, TreePath path, Name label, Block after, Block next) {
    Frame outside = top;
    top = new JumpFrame(top, label, true, false, after, next);
    statement(body, path);
    goTo(next);
    top = outside;
  }

  private void labelled(LabeledStatementTree s, TreePath path) {
    StatementTree inner = s.getStatement();
    TreePath innerPath = child(path, inner);
    Name label = s.getLabel();
    switch (inner.getKind()) {
      case WHILE_LOOP -> whileLoop((WhileLoopTree) inner, innerPath, label);
      case DO_WHILE_LOOP -> doWhileLoop((DoWhileLoopTree) inner, innerPath, label);
      case FOR_LOOP -> forLoop((ForLoopTree) inner, innerPath, label);
      case ENHANCED_FOR_LOOP -> enhancedFor((EnhancedForLoopTree) inner, innerPath, label);
      default -> {
        Block after = newBlock(Block.Kind.REGULAR);
        Frame outside = top;
        top = new JumpFrame(top, label, false, false, after, null);
        statement(inner, innerPath);
        goTo(after);
        top = outside;
        current = after;
      }
    }
  }

  private void breakStatement(BreakTree s) {
    for (Frame f = top; f != null; f = f.parent()) {
      if (f instanceof JumpFrame j
          && (s.getLabel() == null ? j.takesPlainBreak() : s.getLabel().equals(j.label()))) {
        jump(j, j.breakTarget(), s);
        return;
      }
    }
    throw new UnsupportedConstructException(s, "break without target");
  }

  private void continueStatement(ContinueTree s) {
    for (Frame f = top; f != null; f = f.parent()) {
      if (f instanceof JumpFrame j
          && j.continueTarget() != null
          && (s.getLabel() == null || s.getLabel().equals(j.label()))) {
        jump(j, j.continueTarget(), s);
        return;
      }
    }
    throw new UnsupportedConstructException(s, "continue without target");
  }

  private void yieldStatement(YieldTree s, TreePath path) {
    expression(s.getValue(), child(path, s.getValue()));
    for (Frame f = top; f != null; f = f.parent()) {
      if (f instanceof JumpFrame j && j.isSwitchExpression()) {
        jump(j, j.breakTarget(), s);
        return;
      }
    }
    throw new UnsupportedConstructException(s, "yield outside a switch expression");
  }

  private void returnStatement(ReturnTree s, TreePath path) {
    if (s.getExpression() != null) {
      expression(s.getExpression(), child(path, s.getExpression()));
    }
    add(new Node.Return(s, s.getExpression(), nextNode++));
    jump(methodFrame(), exit, s);
  }

  private void throwStatement(ThrowTree s, TreePath path) {
    TreePath exprPath = child(path, s.getExpression());
    expression(s.getExpression(), exprPath);
    add(new Node.Throw(s, s.getExpression(), nextNode++));
    TypeMirror thrown = trees.getTypeMirror(exprPath);
    if (thrown == null || thrown.getKind() == TypeKind.ERROR) {
      throw new UnattributedCodeException("throw");
    }
    linkExceptional(current, types.erasure(thrown), true);
    current = null;
  }

  private void assertStatement(AssertTree s, TreePath path) {
    // Assertions may be disabled: the check is a path that may be skipped.
    Block check = newBlock(Block.Kind.REGULAR);
    Block fail = newBlock(Block.Kind.REGULAR);
    Block after = newBlock(Block.Kind.REGULAR);
    link(current, after);
    goTo(check);
    current = check;
    condition(s.getCondition(), child(path, s.getCondition()), after, fail);
    current = fail;
    if (s.getDetail() != null) {
      expression(s.getDetail(), child(path, s.getDetail()));
    }
    linkExceptional(current, assertionError, false);
    current = after;
  }

  /**
   * Leaves for {@code target}, whose frame is {@code targetFrame}: drops the variables of every
   * scope left and runs every cleanup passed on the way, innermost first.
   */
  private void jump(Frame targetFrame, Block target, Tree at) {
    List<VariableElement> dropped = new ArrayList<>();
    for (Frame f = top; f != targetFrame; f = f.parent()) {
      if (f instanceof VarFrame v) {
        dropped.add(v.variable());
      } else if (f instanceof CleanupFrame c) {
        drop(dropped, at);
        dropped = new ArrayList<>();
        Frame saved = top;
        top = c.parent();
        emitCleanup(c);
        top = saved;
        if (current == null) {
          return; // the finally block itself left (return, throw, break)
        }
      }
    }
    if (target != exit) {
      drop(dropped, at); // everything ends at the exit: no drops needed on the way there
    }
    goTo(target);
    current = null;
  }

  /** Emits one copy of a cleanup; its nodes are told apart from other copies' by an instance. */
  private void emitCleanup(CleanupFrame c) {
    int saved = instance;
    instance = ++nextInstance;
    c.emit().run();
    instance = saved;
  }

  private void drop(List<VariableElement> vars, Tree at) {
    if (!vars.isEmpty() && current != null) {
      add(new Node.ScopeEnd(at, List.copyOf(vars), nextNode++));
    }
  }

  private Frame methodFrame() {
    Frame f = top;
    while (f.parent() != null) {
      f = f.parent();
    }
    return f;
  }

  // ---------------------------------------------------------------- try

  private void tryStatement(TryTree s, TreePath path) {
    Frame outside = top;
    Block after = newBlock(Block.Kind.REGULAR);
    if (s.getFinallyBlock() != null) {
      BlockTree fin = s.getFinallyBlock();
      TreePath finPath = child(path, fin);
      top = new CleanupFrame(top, () -> statement(fin, finPath));
    }
    Frame beforeCatch = top;
    List<Block> handlers = new ArrayList<>();
    if (!s.getCatches().isEmpty()) {
      List<List<TypeMirror>> catchTypes = new ArrayList<>();
      for (CatchTree c : s.getCatches()) {
        catchTypes.add(caughtTypes(c, child(child(path, c), c.getParameter())));
        handlers.add(newBlock(Block.Kind.REGULAR));
      }
      top = new TryFrame(top, catchTypes, handlers);
    }
    for (Tree resource : s.getResources()) {
      resource(resource, child(path, resource));
    }
    // A catch of unchecked exceptions is reachable (JLS 14.22) even around a body that cannot
    // throw one: it is checked with the state before the body.
    mayThrowUnchecked();
    statement(s.getBlock(), child(path, s.getBlock()));
    if (current != null) {
      jump(outside, after, s.getBlock());
    }
    for (int i = 0; i < s.getCatches().size(); i++) {
      CatchTree c = s.getCatches().get(i);
      TreePath catchPath = child(path, c);
      top = beforeCatch;
      current = handlers.get(i);
      declare(c.getParameter(), child(catchPath, c.getParameter()), Node.DeclKind.CATCH, null);
      statement(c.getBlock(), child(catchPath, c.getBlock()));
      if (current != null) {
        jump(outside, after, c.getBlock());
      }
    }
    top = outside;
    current = after;
  }

  private void resource(Tree resource, TreePath path) {
    Place place;
    Tree at;
    if (resource instanceof VariableTree v) {
      expression(v.getInitializer(), child(path, v.getInitializer()));
      declare(v, path, Node.DeclKind.RESOURCE, v.getInitializer());
      place = Place.of(((VarFrame) top).variable());
      at = v;
    } else {
      ExpressionTree e = (ExpressionTree) resource;
      expression(e, path);
      place = placeOf(e, path);
      at = e;
      if (place == null) {
        return; // a resource we cannot name is closed by code nobody tracks
      }
    }
    Place closed = place;
    ExecutableElement close = closeMethod(trees.getTypeMirror(path));
    // A close that throws is an exit (issue 17): the exception leaves after the resources
    // declared before it are closed too, as JLS 14.20.3 has it, which the frames around give.
    top = new CleanupFrame(top, () -> {
      add(new Node.ResourceClose(at, closed, nextNode++));
      afterCall(close);
    });
  }

  /** The {@code close()} a try-with-resources statement calls on a value of {@code type}. */
  private ExecutableElement closeMethod(TypeMirror type) {
    if (!(type instanceof DeclaredType d) || !(d.asElement() instanceof TypeElement t)) {
      return null;
    }
    // Per class, once: listing all members of a class is costly, and bodies close the same few.
    if (closeMethods.containsKey(t)) {
      return closeMethods.get(t);
    }
    ExecutableElement close = null;
    for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(t))) {
      if (m.getSimpleName().contentEquals("close") && m.getParameters().isEmpty()) {
        close = m;
        break;
      }
    }
    closeMethods.put(t, close);
    return close;
  }

  private List<TypeMirror> caughtTypes(CatchTree c, TreePath paramPath) {
    List<TypeMirror> result = new ArrayList<>();
    Tree type = c.getParameter().getType();
    if (type instanceof UnionTypeTree union) {
      for (Tree alt : union.getTypeAlternatives()) {
        result.add(types.erasure(attributed(trees.getTypeMirror(new TreePath(paramPath, alt)))));
      }
    } else {
      result.add(types.erasure(attributed(trees.getTypeMirror(paramPath))));
    }
    return result;
  }

  /** Links {@code from} to wherever an exception of {@code type} thrown there goes. */
  private void linkExceptional(Block from, TypeMirror type, boolean explicit) {
    Block target = exceptionalPath(top, type);
    Block.link(new Edge(from, target, Edge.Kind.EXCEPTION, null, type, explicit));
  }

  /**
   * The entry of the path an exception of {@code type} takes from the frames {@code f}: the
   * variables it leaves are dropped, cleanups run, and it ends in a handler or the exceptional
   * exit. Built once per frame and type.
   */
  private Block exceptionalPath(Frame f, TypeMirror type) {
    if (f instanceof MethodFrame) {
      return exceptionalExit;
    }
    if (!handledWithin(f)) {
      return exceptionalExit; // nothing in this body sees the exception any more
    }
    // An exception class is never generic (JLS 8.1.2): its element names it, without
    // rendering the type as text for every call that may throw. A type variable still does.
    Object key = type instanceof DeclaredType d ? d.asElement() : type.toString();
    Map<Object, Block> byType = exceptionalPaths.computeIfAbsent(f, k -> new HashMap<>());
    Block cached = byType.get(key);
    if (cached != null) {
      return cached;
    }
    Block entry = newBlock(Block.Kind.REGULAR);
    byType.put(key, entry);
    Block savedCurrent = current;
    Frame savedTop = top;
    current = entry;
    top = f.parent();
    if (f instanceof VarFrame v) {
      // No tree: nothing is reported at an exceptional drop, leaks are reported at acquisition.
      add(new Node.ScopeEnd(null, List.of(v.variable()), nextNode++));
      goTo(exceptionalPath(f.parent(), type));
    } else if (f instanceof TryFrame t) {
      boolean caught = false;
      for (int i = 0; i < t.handlers().size() && !caught; i++) {
        for (TypeMirror c : t.catchTypes().get(i)) {
          if (types.isSubtype(type, c)) {
            link(entry, t.handlers().get(i));
            caught = true;
            break;
          } else if (types.isSubtype(c, type)) {
            link(entry, t.handlers().get(i));
            break;
          }
        }
      }
      if (!caught) {
        link(entry, exceptionalPath(f.parent(), type));
      }
    } else if (f instanceof CleanupFrame c) {
      emitCleanup(c);
      if (current != null) {
        goTo(exceptionalPath(f.parent(), type));
      }
    } else {
      goTo(exceptionalPath(f.parent(), type));
    }
    current = savedCurrent;
    top = savedTop;
    return entry;
  }

  /** Whether a handler or cleanup between {@code f} and the method exit sees an exception. */
  private boolean handledWithin(Frame f) {
    if (f instanceof MethodFrame) {
      return false;
    }
    Boolean known = catchesUnchecked.get(f);
    if (known == null) {
      known = f instanceof TryFrame || f instanceof CleanupFrame || handledWithin(f.parent());
      catchesUnchecked.put(f, known);
    }
    return known;
  }

  /** After a call: the exceptions it declares, and unchecked ones if a handler can see them. */
  private void afterCall(ExecutableElement method) {
    List<TypeMirror> thrown = new ArrayList<>();
    if (method != null) {
      for (TypeMirror t : method.getThrownTypes()) {
        thrown.add(types.erasure(t));
      }
    }
    boolean unchecked = handledWithin(top);
    if (thrown.isEmpty() && !unchecked) {
      return;
    }
    Block from = current;
    for (TypeMirror t : thrown) {
      linkExceptional(from, t, false);
    }
    if (unchecked) {
      linkExceptional(from, runtimeException, false);
      linkExceptional(from, error, false);
    }
    current = newBlock(Block.Kind.REGULAR);
    link(from, current);
  }

  // ---------------------------------------------------------------- switch

  private void switchStatement(SwitchTree s, TreePath path) {
    expression(s.getExpression(), child(path, s.getExpression()));
    cases(s.getCases(), s.getExpression(), path, false);
  }

  private void switchExpression(SwitchExpressionTree s, TreePath path) {
    expression(s.getExpression(), child(path, s.getExpression()));
    cases(s.getCases(), s.getExpression(), path, true);
  }

  /**
   * The cases are tried in order (a pattern's bindings hold on the path where it matched, a
   * guard is a condition on that path); {@code default} is taken when none matched. In the
   * colon form a body that completes normally falls through into the next.
   */
  private void cases(List<? extends CaseTree> cases, ExpressionTree selector, TreePath path,
      boolean isExpression) {
    Block after = newBlock(Block.Kind.REGULAR);
    Frame outside = top;
    JumpFrame frame = new JumpFrame(top, null, !isExpression, isExpression, after, null);
    top = frame;
    Block test = current;
    Block defaultBody = null;
    Block fallthrough = null;
    boolean exhaustive = isExpression;
    for (CaseTree c : cases) {
      if (c.getCaseKind() == CaseTree.CaseKind.RULE) {
        top = frame; // a rule's bindings and locals end with the rule
      }
      TreePath casePath = child(path, c);
      SwitchCases.Shape shape = SwitchCases.shape(c);
      exhaustive |= shape.enhanced();
      Block body = newBlock(Block.Kind.REGULAR);
      if (shape.isDefault()) {
        defaultBody = body;
      }
      if (!shape.isDefault() || shape.alsoMatches()) {
        current = test;
        Block next = newBlock(Block.Kind.REGULAR);
        Block matched = newBlock(Block.Kind.REGULAR);
        // `case null` carries its null to the edge, so that the selector is refined there.
        link(current, matched, Edge.Kind.TRUE, shape.onlyNull());
        link(current, next, Edge.Kind.FALSE, null);
        current = matched;
        for (VariableTree binding : shape.bindings()) {
          declare(binding, pathTo(casePath, binding), Node.DeclKind.BINDING, selector);
        }
        if (shape.guard() != null) {
          condition(shape.guard(), pathTo(casePath, shape.guard()), body, next);
        } else {
          goTo(body);
        }
        test = next;
      }
      if (fallthrough != null) {
        link(fallthrough, body);
      }
      current = body;
      if (c.getCaseKind() == CaseTree.CaseKind.RULE) {
        Tree rule = c.getBody();
        TreePath rulePath = child(casePath, rule);
        if (rule instanceof ExpressionTree value) {
          expression(value, rulePath);
        } else {
          statement((StatementTree) rule, rulePath);
        }
        if (current != null) {
          jump(frame, after, c);
        }
        fallthrough = null;
      } else {
        for (StatementTree st : c.getStatements()) {
          statement(st, child(casePath, st));
        }
        fallthrough = current;
      }
    }
    current = test;
    if (defaultBody != null) {
      goTo(defaultBody);
    } else if (exhaustive) {
      // javac proves the cases cover every value; its implicit default throws (a MatchException,
      // or an IncompatibleClassChangeError for an enum that gained a constant since).
      if (current != null) {
        linkExceptional(current, runtimeException, false);
      }
    } else {
      goTo(after);
    }
    current = fallthrough;
    if (current != null) {
      jump(frame, after, null);
    }
    top = outside;
    current = after;
  }

  // ---------------------------------------------------------------- conditions

  /**
   * Evaluates {@code e} as a branch: short-circuit operators, negation and {@code ?:} become
   * control flow, and the edges of each leaf test carry the test for refinement.
   */
  private void condition(ExpressionTree e, TreePath path, Block ifTrue, Block ifFalse) {
    switch (e.getKind()) {
      case PARENTHESIZED -> {
        ExpressionTree inner = ((ParenthesizedTree) e).getExpression();
        condition(inner, child(path, inner), ifTrue, ifFalse);
      }
      case LOGICAL_COMPLEMENT -> {
        ExpressionTree inner = ((UnaryTree) e).getExpression();
        condition(inner, child(path, inner), ifFalse, ifTrue);
      }
      case CONDITIONAL_AND, CONDITIONAL_OR -> {
        BinaryTree b = (BinaryTree) e;
        Block right = newBlock(Block.Kind.REGULAR);
        if (e.getKind() == Tree.Kind.CONDITIONAL_AND) {
          condition(b.getLeftOperand(), child(path, b.getLeftOperand()), right, ifFalse);
        } else {
          condition(b.getLeftOperand(), child(path, b.getLeftOperand()), ifTrue, right);
        }
        current = right;
        condition(b.getRightOperand(), child(path, b.getRightOperand()), ifTrue, ifFalse);
      }
      case CONDITIONAL_EXPRESSION -> {
        ConditionalExpressionTree c = (ConditionalExpressionTree) e;
        Block t = newBlock(Block.Kind.REGULAR);
        Block f = newBlock(Block.Kind.REGULAR);
        condition(c.getCondition(), child(path, c.getCondition()), t, f);
        current = t;
        condition(c.getTrueExpression(), child(path, c.getTrueExpression()), ifTrue, ifFalse);
        current = f;
        condition(c.getFalseExpression(), child(path, c.getFalseExpression()), ifTrue, ifFalse);
      }
      case INSTANCE_OF -> {
        InstanceOfTree i = (InstanceOfTree) e;
        expression(i.getExpression(), child(path, i.getExpression()));
        List<VariableTree> bindings = SwitchCases.bindings(i.getPattern());
        if (bindings.isEmpty()) {
          branch(e, ifTrue, ifFalse);
        } else {
          Block matched = newBlock(Block.Kind.REGULAR);
          branch(e, matched, ifFalse);
          current = matched;
          for (VariableTree b : bindings) {
            declare(b, pathTo(path, b), Node.DeclKind.BINDING, i.getExpression());
          }
          goTo(ifTrue);
        }
      }
      default -> {
        Boolean constant = constantBoolean(e, path);
        if (constant != null) {
          goTo(constant ? ifTrue : ifFalse);
          current = null;
        } else {
          expression(e, path);
          branch(e, ifTrue, ifFalse);
        }
      }
    }
    current = null;
  }

  private void branch(ExpressionTree test, Block ifTrue, Block ifFalse) {
    if (current != null) {
      link(current, ifTrue, Edge.Kind.TRUE, test);
      link(current, ifFalse, Edge.Kind.FALSE, test);
    }
    current = null;
  }

  /** {@code true}, {@code false}, or a constant variable: loops on them never exit. */
  private Boolean constantBoolean(ExpressionTree e, TreePath path) {
    if (e instanceof LiteralTree lit && lit.getValue() instanceof Boolean b) {
      return b;
    }
    if (e.getKind() == Tree.Kind.IDENTIFIER || e.getKind() == Tree.Kind.MEMBER_SELECT) {
      Element el = trees.getElement(path);
      if (el instanceof VariableElement v && v.getConstantValue() instanceof Boolean b) {
        return b;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- expressions

  private void expression(ExpressionTree e, TreePath path) {
    if (current == null) {
      current = newBlock(Block.Kind.REGULAR);
    }
    switch (e.getKind()) {
      case IDENTIFIER, MEMBER_SELECT -> reference(e, path);
      case METHOD_INVOCATION -> invocation((MethodInvocationTree) e, path);
      case NEW_CLASS -> newClass((NewClassTree) e, path);
      case NEW_ARRAY -> {
        NewArrayTree n = (NewArrayTree) e;
        for (ExpressionTree d : n.getDimensions()) {
          expression(d, child(path, d));
        }
        if (n.getInitializers() != null) {
          for (ExpressionTree i : n.getInitializers()) {
            expression(i, child(path, i));
          }
        }
        add(new Node.NewArray(n, nextNode++));
      }
      case ASSIGNMENT -> {
        AssignmentTree a = (AssignmentTree) e;
        assignment(a, a.getVariable(), a.getExpression(), path);
      }
      case PLUS_ASSIGNMENT, MINUS_ASSIGNMENT, MULTIPLY_ASSIGNMENT, DIVIDE_ASSIGNMENT,
          REMAINDER_ASSIGNMENT, LEFT_SHIFT_ASSIGNMENT, RIGHT_SHIFT_ASSIGNMENT,
          UNSIGNED_RIGHT_SHIFT_ASSIGNMENT, AND_ASSIGNMENT, OR_ASSIGNMENT, XOR_ASSIGNMENT -> {
        CompoundAssignmentTree a = (CompoundAssignmentTree) e;
        assignment(e, a.getVariable(), a.getExpression(), path);
      }
      case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT ->
          assignment(e, ((UnaryTree) e).getExpression(), null, path);
      case CONDITIONAL_AND, CONDITIONAL_OR -> {
        Block join = newBlock(Block.Kind.REGULAR);
        condition(e, path, join, join);
        current = join;
      }
      case INSTANCE_OF -> {
        InstanceOfTree i = (InstanceOfTree) e;
        if (SwitchCases.bindings(i.getPattern()).isEmpty()) {
          expression(i.getExpression(), child(path, i.getExpression()));
        } else {
          Block join = newBlock(Block.Kind.REGULAR);
          condition(e, path, join, join);
          current = join;
        }
      }
      case CONDITIONAL_EXPRESSION -> {
        ConditionalExpressionTree c = (ConditionalExpressionTree) e;
        Block t = newBlock(Block.Kind.REGULAR);
        Block f = newBlock(Block.Kind.REGULAR);
        Block join = newBlock(Block.Kind.REGULAR);
        condition(c.getCondition(), child(path, c.getCondition()), t, f);
        current = t;
        expression(c.getTrueExpression(), child(path, c.getTrueExpression()));
        goTo(join);
        current = f;
        expression(c.getFalseExpression(), child(path, c.getFalseExpression()));
        goTo(join);
        current = join;
      }
      case PARENTHESIZED -> {
        ExpressionTree inner = ((ParenthesizedTree) e).getExpression();
        expression(inner, child(path, inner));
      }
      case TYPE_CAST -> {
        ExpressionTree inner = ((TypeCastTree) e).getExpression();
        expression(inner, child(path, inner));
      }
      case ARRAY_ACCESS -> {
        ArrayAccessTree a = (ArrayAccessTree) e;
        expression(a.getExpression(), child(path, a.getExpression()));
        expression(a.getIndex(), child(path, a.getIndex()));
        add(new Node.ArrayRead(a, attributed(trees.getTypeMirror(path)), nextNode++));
      }
      case LAMBDA_EXPRESSION -> {
        closurePaths.put(e, path);
        add(new Node.Closure(e, nextNode++));
      }
      case MEMBER_REFERENCE -> {
        ExpressionTree qualifier = ((MemberReferenceTree) e).getQualifierExpression();
        if (!isTypeOrPackage(qualifier, child(path, qualifier))) {
          expression(qualifier, child(path, qualifier));
        }
        closurePaths.put(e, path);
        add(new Node.Closure(e, nextNode++));
      }
      case SWITCH_EXPRESSION -> switchExpression((SwitchExpressionTree) e, path);
      default -> {
        if (e instanceof BinaryTree b) {
          expression(b.getLeftOperand(), child(path, b.getLeftOperand()));
          expression(b.getRightOperand(), child(path, b.getRightOperand()));
        } else if (e instanceof UnaryTree u) {
          expression(u.getExpression(), child(path, u.getExpression()));
        } else if (!(e instanceof LiteralTree) && e.getKind() != Tree.Kind.PRIMITIVE_TYPE) {
          throw new UnsupportedConstructException(e, "expression");
        }
      }
    }
  }

  private void reference(ExpressionTree e, TreePath path) {
    Place place = placeOf(e, path);
    if (place != null) {
      if (!isUnseen(place)) {
        add(new Node.Ref(e, place, nextNode++));
      }
    } else if (e instanceof MemberSelectTree select) {
      ExpressionTree qualifier = select.getExpression();
      TreePath qualifierPath = child(path, qualifier);
      if (!isTypeOrPackage(qualifier, qualifierPath)) {
        expression(qualifier, qualifierPath);
      }
    }
  }

  private void invocation(MethodInvocationTree call, TreePath path) {
    ExpressionTree select = call.getMethodSelect();
    if (!(element(path) instanceof ExecutableElement method)) {
      throw new UnattributedCodeException("call to an unresolved method");
    }
    if (select instanceof MemberSelectTree member) {
      ExpressionTree receiver = member.getExpression();
      TreePath receiverPath = child(child(path, select), receiver);
      if (!isTypeOrPackage(receiver, receiverPath)) {
        expression(receiver, receiverPath);
      }
    } else if (!method.getModifiers().contains(Modifier.STATIC)
        && method.getKind() == ElementKind.METHOD) {
      // An unqualified instance call reads the implicit `this`, named by the method's name.
      add(new Node.Ref(select, Place.of(thisFor(method)), nextNode++));
    }
    for (ExpressionTree arg : call.getArguments()) {
      expression(arg, child(path, arg));
    }
    add(new Node.Invoke(call, method, trees.getTypeMirror(path), nextNode++));
    afterCall(method);
  }

  private void newClass(NewClassTree n, TreePath path) {
    if (n.getEnclosingExpression() != null) {
      expression(n.getEnclosingExpression(), child(path, n.getEnclosingExpression()));
    }
    for (ExpressionTree arg : n.getArguments()) {
      expression(arg, child(path, arg));
    }
    Element el = element(path);
    ExecutableElement constructor = el instanceof ExecutableElement c ? c : null;
    if (constructor != null && n.getClassBody() != null) {
      constructor = superConstructor(constructor);
    }
    if (n.getClassBody() != null) {
      closurePaths.put(n.getClassBody(), child(path, n.getClassBody()));
    }
    add(new Node.New(n, constructor, nextNode++));
    afterCall(constructor);
  }

  /**
   * The constructor an anonymous class's own one hands its arguments to (JLS 15.9.5.1): its
   * contract, or its model, is what the arguments meet ({@code new Conn(inner) {...}} moves
   * {@code inner} as {@code new Conn(inner)} does). The anonymous one when none matches, as for
   * an interface, whose anonymous classes take no arguments.
   */
  private ExecutableElement superConstructor(ExecutableElement anonymous) {
    if (!(anonymous.getEnclosingElement() instanceof TypeElement cls)
        || cls.getNestingKind() != NestingKind.ANONYMOUS
        || !(cls.getSuperclass() instanceof DeclaredType superclass)) {
      return anonymous;
    }
    List<? extends VariableElement> params = anonymous.getParameters();
    for (ExecutableElement c : ElementFilter.constructorsIn(
        superclass.asElement().getEnclosedElements())) {
      List<? extends VariableElement> theirs = c.getParameters();
      boolean same = theirs.size() == params.size();
      for (int i = 0; same && i < params.size(); i++) {
        same = types.isSameType(types.erasure(theirs.get(i).asType()),
            types.erasure(params.get(i).asType()));
      }
      if (same) {
        return c;
      }
    }
    return anonymous;
  }

  private void assignment(
      ExpressionTree tree, ExpressionTree target, ExpressionTree value, TreePath path) {
    TreePath targetPath = child(path, target);
    ExpressionTree stripped = target;
    while (stripped instanceof ParenthesizedTree p) {
      stripped = p.getExpression();
      targetPath = child(targetPath, stripped);
    }
    Place place = null;
    if (stripped instanceof ArrayAccessTree a) {
      expression(a.getExpression(), child(targetPath, a.getExpression()));
      expression(a.getIndex(), child(targetPath, a.getIndex()));
      if (!(tree instanceof AssignmentTree)) {
        add(new Node.ArrayRead(a, attributed(trees.getTypeMirror(targetPath)), nextNode++));
      }
    } else {
      place = placeOf(stripped, targetPath);
      if (stripped instanceof MemberSelectTree select) {
        ExpressionTree qualifier = select.getExpression();
        TreePath qualifierPath = child(targetPath, qualifier);
        if (!isTypeOrPackage(qualifier, qualifierPath)) {
          expression(qualifier, qualifierPath);
        }
      }
      if (!(tree instanceof AssignmentTree) && place != null && !isUnseen(place)) {
        // x++ and x += 1 read x before they store
        add(new Node.Ref(stripped, place, nextNode++));
      }
    }
    if (value != null) {
      expression(value, child(path, value));
    }
    if (place == null || !isUnseen(place)) {
      add(new Node.Assign(tree, stripped, place, value, nextNode++));
    }
  }

  /**
   * Whether {@code v} is a local or parameter of a primitive type. It holds no reference, so
   * neither an owned value nor a borrow: no check has a question about it, and the graph gives
   * it no node (no declaration, read, store or end of scope) and no frame to drop it from on
   * the way out. In arithmetic code that is a third of a body's nodes, which every pass after
   * the graph would visit for nothing.
   */
  private static boolean holdsNoReference(VariableElement v) {
    return Tracking.isLocal(v) && v.asType().getKind().isPrimitive();
  }

  /** A place that is such a variable itself (a field of one cannot be named). */
  private static boolean isUnseen(Place place) {
    return place.isRoot() && place.root() instanceof VariableElement v && holdsNoReference(v);
  }

  // ---------------------------------------------------------------- places and elements

  /**
   * The place an expression names, or null: locals and parameters, {@code this}, and field
   * chains below them; static fields are places of their own.
   */
  Place placeOf(ExpressionTree e, TreePath path) {
    switch (e.getKind()) {
      case PARENTHESIZED -> {
        ExpressionTree inner = ((ParenthesizedTree) e).getExpression();
        return placeOf(inner, child(path, inner));
      }
      case IDENTIFIER -> {
        Name name = ((IdentifierTree) e).getName();
        if (isThisOrSuper(name)) {
          return Place.of(thisClass);
        }
        Element el = element(path);
        if (!(el instanceof VariableElement v)) {
          return null;
        }
        if (v.getKind() != ElementKind.FIELD && v.getKind() != ElementKind.ENUM_CONSTANT) {
          return Place.of(v);
        }
        if (v.getModifiers().contains(Modifier.STATIC)) {
          return Place.of(v);
        }
        return Place.of(thisFor(v)).field(v);
      }
      case MEMBER_SELECT -> {
        MemberSelectTree select = (MemberSelectTree) e;
        TreePath qualifierPath = child(path, select.getExpression());
        if (isThisOrSuper(select.getIdentifier())) {
          TypeMirror t = trees.getTypeMirror(qualifierPath);
          Element outer = t == null ? null : types.asElement(t);
          return outer == null ? null : Place.of(outer);
        }
        if (select.getIdentifier().equals(className)) {
          return null;
        }
        Element el = trees.getElement(path);
        if (!(el instanceof VariableElement v)
            || (v.getKind() != ElementKind.FIELD && v.getKind() != ElementKind.ENUM_CONSTANT)) {
          return null;
        }
        if (v.getModifiers().contains(Modifier.STATIC)) {
          return Place.of(v);
        }
        Place base = placeOf(select.getExpression(), qualifierPath);
        return base == null ? null : base.field(v);
      }
      default -> {
        return null;
      }
    }
  }

  /** The class whose {@code this} an unqualified field or method name refers to. */
  private Element thisFor(Element member) {
    Element owner = member.getEnclosingElement();
    for (Element c = thisClass; c != null; c = c.getEnclosingElement()) {
      if (c instanceof TypeElement type
          && types.isSubtype(types.erasure(type.asType()), types.erasure(owner.asType()))) {
        return type;
      }
    }
    return thisClass;
  }

  private boolean isTypeOrPackage(ExpressionTree e, TreePath path) {
    switch (e.getKind()) {
      case ARRAY_TYPE, PARAMETERIZED_TYPE, PRIMITIVE_TYPE, ANNOTATED_TYPE -> {
        return true; // `Conn[].class`, `ArrayList<Conn>::new`
      }
      case IDENTIFIER, MEMBER_SELECT -> { }
      default -> {
        return false;
      }
    }
    if (e instanceof IdentifierTree id
        && isThisOrSuper(id.getName())) {
      return false;
    }
    Element el = trees.getElement(path);
    return el != null
        && (el.getKind().isClass() || el.getKind().isInterface()
            || el.getKind() == ElementKind.PACKAGE);
  }

  private TypeElement enclosingClass(TreePath path) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof ClassTree) {
        Element el = trees.getElement(p);
        if (el instanceof TypeElement t) {
          return t;
        }
      }
    }
    throw new UnattributedCodeException("no enclosing class");
  }

  private Element element(TreePath path) {
    Element el = trees.getElement(path);
    if (el == null) {
      throw new UnattributedCodeException("no element for " + path.getLeaf().getKind());
    }
    return el;
  }

  private static TypeMirror attributed(TypeMirror t) {
    if (t == null || t.getKind() == TypeKind.ERROR) {
      throw new UnattributedCodeException("unattributed type");
    }
    return t;
  }

  private static TreePath child(TreePath parent, Tree leaf) {
    return new TreePath(parent, leaf);
  }

  /** The path of a tree nested somewhere below {@code ancestor} (pattern bindings, guards). */
  private static TreePath pathTo(TreePath ancestor, Tree target) {
    TreePath found = TreePath.getPath(ancestor, target);
    return found != null ? found : new TreePath(ancestor, target);
  }

  // ---------------------------------------------------------------- blocks

  private Block newBlock(Block.Kind kind) {
    return new Block(nextBlockId++, kind);
  }

  private void add(Node node) {
    current.add(node);
    if (instance != 0) {
      if (node.index() >= instances.length) {
        instances = Arrays.copyOf(instances, Math.max(16, 2 * (node.index() + 1)));
      }
      instances[node.index()] = instance;
    }
  }

  private void goTo(Block target) {
    if (current != null) {
      link(current, target);
    }
  }

  private static void link(Block from, Block to) {
    Block.link(new Edge(from, to, Edge.Kind.NORMAL, null, null, false));
  }

  private static void link(Block from, Block to, Edge.Kind kind, ExpressionTree condition) {
    Block.link(new Edge(from, to, kind, condition, null, false));
  }
}
