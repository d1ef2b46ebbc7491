package dev.jborrow.processor.difftest;

import dev.jborrow.processor.difftest.TwinFunction.Receiver;
import dev.jborrow.processor.difftest.TwinFunction.Returns;
import dev.jborrow.processor.difftest.TwinLine.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Random functions of the twin language: a small language that means the same in Java with
 * jborrow's annotations and in Rust. Its values are {@code R} (a tracked value with a shared
 * {@code read()}, a mutating {@code write()}, a borrowing {@code me()} and a two-phase {@code
 * merge(R)}) and {@code H} (a pair of {@code R} fields {@code s} and {@code t}); its variables are
 * owners, shared and mutable borrow locals, and the parameters {@code p: &R}, {@code q: &mut R},
 * {@code o: R}, {@code hp: &H}, {@code hq: &mut H}, {@code ho: H}, and in an instance method of
 * H a shared or mutable {@code this} ({@code &self}, {@code &mut self}); its statements move, borrow,
 * read, mutate and assign places (variables and field paths), call functions that return borrows,
 * choose with {@code ?:}, and nest in {@code if}/{@code else}, {@code switch}, blocks, labelled loops with
 * {@code break}/{@code continue}/{@code return}, and {@code try}/{@code finally} ({@link
 * #tryFinally}).
 *
 * <p>Unlike {@code gen.ProgramGenerator}, whose programs are correct by construction, these are
 * not: whether a function is accepted is for rustc to say. Each construct is written the way a
 * Rust programmer writes the Java line: a Java owner is a {@code let mut}, passing an owner to a
 * borrowed parameter is {@code &x}, a borrow local is {@code let mut r = &x;}, a Java reference
 * behind a borrow is {@code *r} where Rust needs the place.
 */
public final class TwinGenerator {

  /** What a variable is. Parameters are variables too (never reassigned: Rust's are not mut). */
  enum Kind {
    OWNER_R, OWNER_H, REF_R, MUT_R, REF_H, MUT_H, CLOSURE,
    /** A record {@code P} of two owned {@code R} components / a struct with getters. */
    RECORD,
    /** A value that holds a borrow ({@code @Borrowed class V} / {@code struct V<'a>}). */
    HOLDER,
    /** A value that holds a mutable borrow ({@code @Mut} field / {@code &'a mut R}). */
    MUT_HOLDER,
    /** An array of two {@code R}s ({@code R[]} / {@code [R; 2]}). */
    ARRAY
  }

  record Var(String name, Kind kind, boolean param) {
    boolean isR() {
      return kind == Kind.OWNER_R || kind == Kind.REF_R || kind == Kind.MUT_R;
    }

    boolean isH() {
      return kind == Kind.OWNER_H || kind == Kind.REF_H || kind == Kind.MUT_H;
    }

    /** Whether it or its fields are places of the core statements (R or H). */
    boolean isPlace() {
      return isR() || isH();
    }

    boolean owner() {
      return kind == Kind.OWNER_R || kind == Kind.OWNER_H;
    }

    /** Java's {@code this} is Rust's {@code self}; every other name is the same. */
    String rust() {
      return name.equals("this") ? "self" : name;
    }
  }

  /**
   * A place of type R or H: a variable or a field of an H.
   *
   * @param java how Java names it
   * @param rust the Rust place expression ({@code *r} for a reference {@code r})
   * @param receiver how Rust names it as a method receiver (auto-ref and auto-deref)
   * @param root the variable it starts from
   * @param r whether it is of type R (else H)
   */
  record Place(String java, String rust, String receiver, Var root, boolean r) {
    String shared() {
      return "&" + rust;
    }

    String mutable() {
      return "&mut " + rust;
    }
  }

  /** An expression that borrows an R: how each side writes it. */
  record Source(String java, String rust) {}

  private final Random rnd;
  private final int size;
  private final CompoundForms compounds = new CompoundForms(this);
  private final List<List<Var>> scopes = new ArrayList<>();
  /** The enclosing loops, innermost last: a label, null for none, or {@link #SWITCH}. */
  private final List<String> loops = new ArrayList<>();

  /** Marks a switch among {@link #loops}: a target of Java's break but not of Rust's. */
  private static final String SWITCH = "switch";
  private List<TwinLine> out;
  /** The label of the enclosing {@code try}'s twin block, or null outside one. */
  private String tryLabel;
  private Returns returns;
  private int names;
  private int budget;

  /**
   * @param seed the seed of the whole stream of functions
   * @param size the statement budget of one function (its length grows with nesting)
   */
  public TwinGenerator(long seed, int size) {
    this.rnd = new Random(seed);
    this.size = size;
  }

  /** The next function of the stream. */
  public TwinFunction next(String name) {
    out = new ArrayList<>();
    scopes.clear();
    loops.clear();
    tryLabel = null;
    names = 0;
    Receiver receiver = Receiver.values()[pickWeighted(6, 1, 1)];
    returns = Returns.values()[receiver == Receiver.NONE ? pickWeighted(5, 1, 2)
        : pickWeighted(3, 1, 0)];
    budget = 2 + rnd.nextInt(size);
    scopes.add(new ArrayList<>(List.of(
        new Var("p", Kind.REF_R, true), new Var("q", Kind.MUT_R, true),
        new Var("o", Kind.OWNER_R, true), new Var("hp", Kind.REF_H, true),
        new Var("hq", Kind.MUT_H, true), new Var("ho", Kind.OWNER_H, true))));
    if (receiver != Receiver.NONE) {
      scopes.get(0).add(new Var("this", receiver == Receiver.SHARED ? Kind.REF_H : Kind.MUT_H,
          true));
    }
    block(0);
    switch (returns) {
      case OWNED -> {
        Place x = place(true, v -> true);
        line("returnOwned", "return " + x.java() + ";", "return " + x.rust() + ";");
      }
      case BORROW -> {
        Source s = borrowSource();
        line("returnBorrow", "return " + s.java() + ";", "return " + s.rust() + ";");
      }
      case NOTHING -> { }
    }
    return new TwinFunction(name, receiver, returns, List.copyOf(out));
  }

  // ------------------------------------------------------------------ structure

  private void block(int depth) {
    scopes.add(new ArrayList<>());
    while (budget > 0) {
      budget--;
      statement(depth);
      if (depth > 0 && rnd.nextInt(4) == 0) {
        break;
      }
    }
    scopes.remove(scopes.size() - 1);
  }

  private void statement(int depth) {
    int nest = depth < 3 ? 3 : 0;
    // A compound value in scope is used more often than one is declared: its uses are the test.
    int compound = compounds.anyInScope() ? 16 : 5;
    if (tryLabel != null) {
      guardedStatement(depth);
      return;
    }
    switch (pickWeighted(6, 3, 5, 2, 2, 5, 5, 4, 2, 3, 2, nest, nest, 1, 2, 2, 2, nest / 2,
        compound, 2, nest / 2)) {
      case 0 -> declareOwner();
      case 1 -> declareH();
      case 2 -> declareBorrow();
      case 3 -> declareMut();
      case 4 -> declareBorrowH();
      case 5 -> use();
      case 6 -> mutate();
      case 7 -> move();
      case 8 -> assign();
      case 9 -> reassignBorrow();
      case 10 -> merge();
      case 11 -> ifElse(depth);
      case 12 -> loop(depth);
      case 13 -> nestedBlock(depth);
      case 14 -> jump();
      case 15 -> closure();
      case 16 -> callClosure();
      case 17 -> switchStatement(depth);
      case 18 -> compounds.statement();
      case 19 -> spawn();
      default -> tryFinally(depth);
    }
  }

  /**
   * Java's {@code try { A } finally { F }}: F runs after A completes and after any call in A
   * throws, and an exception then leaves the function. Rust has no exceptions; its twin is a
   * labelled block whose {@code break 'tN true} stands for a throw, {@code F} after it, and a
   * panic for the exception going on: {@code let tN = 'tN: { A; false }; { F } if tN {
   * panic!(); }}, one line per Java line. A Java call may throw before its effects (a
   * constructor's, an assignment's) or after them (a callee that owns its argument took it), so a
   * throw is written before every line of A that calls something and after every move into a
   * call; a line that calls nothing throws nowhere, in Java and in its twin. Inside A and F only
   * straight-line statements and {@code if} are written: a jump through a {@code finally} has
   * no twin.
   */
  private void tryFinally(int depth) {
    String label = "t" + names++;
    open("try", "try {", "let " + label + " = '" + label + ": {");
    tryLabel = label;
    int from = out.size();
    block(depth + 1);
    for (int i = from; i < out.size(); i++) {
      out.set(i, throwing(out.get(i), label));
    }
    out.add(new TwinLine("} finally {", "false }; {", Shape.CLOSE_OPEN, "finally"));
    block(depth + 1);
    tryLabel = null;
    out.add(new TwinLine("}", "} if " + label + " { panic!(); }", Shape.CLOSE, "close"));
  }

  /** A line of a try block with the throws its calls may make, in the twin. */
  private static TwinLine throwing(TwinLine line, String label) {
    String java = line.java();
    if (!java.contains("(")) {
      return line;
    }
    String toss = "if cond() { break '" + label + " true; }";
    boolean taken = java.startsWith("take(") || java.startsWith("htake(");
    String rust = toss + " " + line.rust() + (taken ? " " + toss : "");
    return new TwinLine(java, rust, line.shape(), line.form());
  }

  /** A statement of a {@code try} or {@code finally} block: see {@link #tryFinally}. */
  private void guardedStatement(int depth) {
    int nest = depth < 3 ? 2 : 0;
    switch (pickWeighted(5, 2, 4, 2, 2, 5, 5, 5, 3, 2, 2, nest, nest)) {
      case 0 -> declareOwner();
      case 1 -> declareH();
      case 2 -> declareBorrow();
      case 3 -> declareMut();
      case 4 -> declareBorrowH();
      case 5 -> use();
      case 6 -> mutate();
      case 7 -> move();
      case 8 -> assign();
      case 9 -> reassignBorrow();
      case 10 -> merge();
      case 11 -> ifElse(depth);
      default -> nestedBlock(depth);
    }
  }

  private void ifElse(int depth) {
    open("if", "if (cond()) {", "if cond() {");
    block(depth + 1);
    if (rnd.nextBoolean()) {
      out.add(new TwinLine("} else {", "} else {", Shape.CLOSE_OPEN, "else"));
      block(depth + 1);
    }
    close();
  }

  private void loop(int depth) {
    String label = rnd.nextInt(3) == 0 ? "l" + names++ : null;
    open("while", (label == null ? "" : label + ": ") + "while (cond()) {",
        (label == null ? "" : "'" + label + ": ") + "while cond() {");
    loops.add(label);
    block(depth + 1);
    loops.remove(loops.size() - 1);
    close();
  }

  /**
   * Java's arrow {@code switch} statement / Rust's {@code match} on an int. Inside it Java's
   * plain {@code break} would leave the switch and Rust's the loop: {@link #jump} writes none.
   */
  private void switchStatement(int depth) {
    open("switch", "switch (num()) {", "match num() {");
    loops.add(SWITCH);
    int arms = 1 + rnd.nextInt(2);
    for (int i = 0; i < arms; i++) {
      open("case", "case " + i + " -> {", i + " => {");
      block(depth + 1);
      close();
    }
    open("case", "default -> {", "_ => {");
    block(depth + 1);
    close();
    loops.remove(loops.size() - 1);
    close();
  }

  /** Whether the innermost enclosing loop or switch is a switch. */
  private boolean inSwitch() {
    return !loops.isEmpty() && loops.get(loops.size() - 1) == SWITCH;
  }

  private void nestedBlock(int depth) {
    open("block", "{", "{");
    block(depth + 1);
    close();
  }

  private void jump() {
    boolean ret = loops.stream().allMatch(l -> l == SWITCH) || rnd.nextInt(3) == 0;
    if (ret) {
      switch (returns) {
        case NOTHING -> line("return", "if (cond()) return;", "if cond() { return; }");
        case OWNED -> {
          Place x = place(true, v -> true);
          line("returnOwned", "if (cond()) return " + x.java() + ";",
              "if cond() { return " + x.rust() + "; }");
        }
        case BORROW -> {
          Source s = borrowSource();
          line("returnBorrow", "if (cond()) return " + s.java() + ";",
              "if cond() { return " + s.rust() + "; }");
        }
      }
      return;
    }
    String kw = rnd.nextBoolean() ? "break" : "continue";
    List<String> labels = loops.stream().filter(l -> l != null && l != SWITCH).toList();
    String label = !labels.isEmpty() && (rnd.nextBoolean() || inSwitch())
        ? labels.get(rnd.nextInt(labels.size())) : null;
    if (label == null && inSwitch()) {
      kw = "continue";
    }
    line(kw, "if (cond()) " + kw + (label == null ? "" : " " + label) + ";",
        "if cond() { " + kw + (label == null ? "" : " '" + label) + "; }");
  }

  // ------------------------------------------------------------------ declarations

  private void declareOwner() {
    String name = "a" + names++;
    switch (rnd.nextInt(5)) {
      case 0 -> line("newOwner", "R " + name + " = new R();", "let mut " + name + " = R::new();");
      case 1 -> line("newOwner", "R " + name + " = make();", "let mut " + name + " = make();");
      case 2 -> {
        // A switch expression that moves an owner in one arm: the move happens on that path.
        Place from = place(true, v -> v.owner());
        line("moveBySwitch", "R " + name + " = switch (num()) { case 0 -> new R(); default -> "
                + from.java() + "; };",
            "let mut " + name + " = match num() { 0 => R::new(), _ => " + from.rust() + " };");
      }
      default -> {
        // Moves only from owner places: Java reads `R x = p;` of a borrow as an alias (SPEC 3.8).
        Place from = place(true, v -> v.owner());
        line("moveToLocal", "R " + name + " = " + from.java() + ";",
            "let mut " + name + " = " + from.rust() + ";");
      }
    }
    declare(name, Kind.OWNER_R);
  }

  private void declareH() {
    String name = "h" + names++;
    List<Var> hs = vars(v -> v.kind() == Kind.OWNER_H);
    if (!hs.isEmpty() && rnd.nextInt(3) == 0) {
      Var from = hs.get(rnd.nextInt(hs.size()));
      line("moveToLocal", "H " + name + " = " + from.name() + ";",
          "let mut " + name + " = " + from.name() + ";");
    } else {
      line("newOwner", "H " + name + " = new H();", "let mut " + name + " = H::new();");
    }
    declare(name, Kind.OWNER_H);
  }

  private void declareBorrow() {
    String name = "r" + names++;
    Source s = borrowSource();
    line("borrow", "@Borrowed R " + name + " = " + s.java() + ";",
        "let mut " + name + " = " + s.rust() + ";");
    declare(name, Kind.REF_R);
  }

  private void declareMut() {
    String name = "w" + names++;
    Place p = place(true, v -> v.kind() != Kind.REF_R || rnd.nextInt(4) == 0);
    line("borrowMut", "@Mut R " + name + " = " + p.java() + ";",
        "let mut " + name + " = " + p.mutable() + ";");
    declare(name, Kind.MUT_R);
  }

  private void declareBorrowH() {
    String name = "m" + names++;
    Place p = place(false, v -> true);
    line("borrowH", "@Borrowed H " + name + " = " + p.java() + ";",
        "let mut " + name + " = " + p.shared() + ";");
    declare(name, Kind.REF_H);
  }

  private void reassignBorrow() {
    List<Var> locals = vars(v -> !v.param() && (v.kind() == Kind.REF_R || v.kind() == Kind.MUT_R));
    if (locals.isEmpty()) {
      declareBorrow();
      return;
    }
    Var v = locals.get(rnd.nextInt(locals.size()));
    if (v.kind() == Kind.REF_R) {
      Source s = borrowSource();
      line("reborrow", v.name() + " = " + s.java() + ";", v.name() + " = " + s.rust() + ";");
    } else {
      Place p = place(true, x -> x.kind() != Kind.REF_R);
      line("reborrowMut", v.name() + " = " + p.java() + ";",
          v.name() + " = " + p.mutable() + ";");
    }
  }

  /** A shared borrow of an R: of a place, through {@code me()}, {@code pick}, {@code ?:}. */
  Source borrowSource() {
    switch (pickWeighted(8, 2, 2, 2, 1, 1, 3)) {
      case 1 -> {
        Place p = place(true, v -> true);
        return new Source(p.java() + ".me()", p.receiver() + ".me()");
      }
      case 2 -> {
        Place p = place(true, v -> true);
        return new Source("pick(" + p.java() + ")", "pick(" + p.shared() + ")");
      }
      case 3 -> {
        Place a = place(true, v -> true);
        Place b = place(true, v -> true);
        return new Source("cond() ? " + a.java() + " : " + b.java(),
            "if cond() { " + a.shared() + " } else { " + b.shared() + " }");
      }
      case 4 -> {
        Place a = place(true, v -> true);
        Place b = place(true, v -> true);
        return new Source("either(" + a.java() + ", " + b.java() + ")",
            "either(" + a.shared() + ", " + b.shared() + ")");
      }
      case 5 -> {
        Place a = place(true, v -> true);
        Place b = place(true, v -> true);
        String java = rnd.nextBoolean()
            ? "switch (num()) { case 0 -> " + a.java() + "; default -> " + b.java() + "; }"
            : "switch (num()) { case 0: yield " + a.java() + "; default: yield " + b.java()
                + "; }";
        return new Source(java,
            "match num() { 0 => " + a.shared() + ", _ => " + b.shared() + " }");
      }
      case 6 -> {
        Source s = compounds.borrowSource();
        if (s != null) {
          return s;
        }
        Place p = place(true, v -> true);
        return new Source(p.java(), p.shared());
      }
      default -> {
        Place p = place(true, v -> true);
        return new Source(p.java(), p.shared());
      }
    }
  }

  // ------------------------------------------------------------------ uses

  private void use() {
    if (rnd.nextInt(4) == 0) {
      Place h = place(false, v -> true);
      line("useH", "hlook(" + h.java() + ");", "hlook(" + h.shared() + ");");
      return;
    }
    Place p = place(true, v -> true);
    if (rnd.nextBoolean()) {
      line("use", "look(" + p.java() + ");", "look(" + p.shared() + ");");
    } else {
      line("use", p.java() + ".read();", p.receiver() + ".read();");
    }
  }

  private void mutate() {
    if (rnd.nextInt(4) == 0) {
      Place h = place(false, v -> true);
      line("mutateH", "hpoke(" + h.java() + ");", "hpoke(" + h.mutable() + ");");
      return;
    }
    Place p = place(true, v -> true);
    if (rnd.nextBoolean()) {
      line("mutate", "poke(" + p.java() + ");", "poke(" + p.mutable() + ");");
    } else {
      line("mutate", p.java() + ".write();", p.receiver() + ".write();");
    }
  }

  private void move() {
    if (rnd.nextInt(4) == 0) {
      Place h = place(false, v -> v.owner() || rnd.nextInt(4) == 0);
      line("moveH", "htake(" + h.java() + ");", "htake(" + h.rust() + ");");
      return;
    }
    Place p = place(true, v -> v.owner() || rnd.nextInt(4) == 0);
    line(p.java().contains(".") ? "moveField" : "move", "take(" + p.java() + ");",
        "take(" + p.rust() + ");");
  }

  private void assign() {
    Place target = place(true, v -> v.kind() == Kind.OWNER_R && !v.param()
        || v.kind() == Kind.OWNER_H || v.kind() == Kind.MUT_H || rnd.nextInt(6) == 0);
    if (!target.java().contains(".") && !target.root().owner()) {
      target = fieldOf(target.root().kind() == Kind.REF_R ? Kind.REF_H : Kind.MUT_H);
    }
    if (rnd.nextInt(3) == 0) {
      Place from = place(true, v -> v.owner());
      line("assignMove", target.java() + " = " + from.java() + ";",
          target.rust() + " = " + from.rust() + ";");
    } else {
      line("assign", target.java() + " = new R();", target.rust() + " = R::new();");
    }
  }

  private void merge() {
    Place into = place(true, v -> true);
    Source arg = rnd.nextBoolean()
        ? sourceOf(place(true, v -> true)) : borrowSource();
    line("merge", into.java() + ".merge(" + arg.java() + ");",
        into.receiver() + ".merge(" + arg.rust() + ");");
  }

  private static Source sourceOf(Place p) {
    return new Source(p.java(), p.shared());
  }

  // ------------------------------------------------------------------ closures

  /**
   * A closure that reads or mutates a place, called later: Java's {@code Runnable} lambda, Rust's
   * {@code ||} closure, both borrowing what they name (Rust 2021 captures the field path). Java
   * captures only effectively final variables, so the places start from variables the language
   * never reassigns: parameters other than the owners, and the H variables.
   */
  private void closure() {
    String name = "k" + names++;
    Place p = place(true, v -> v.isR() ? v.param() && !v.owner() : v.kind() != Kind.CLOSURE);
    if (rnd.nextBoolean()) {
      line("closure", "Runnable " + name + " = () -> look(" + p.java() + ");",
          "let mut " + name + " = || { look(" + p.shared() + "); };");
    } else {
      line("closureMut", "Runnable " + name + " = () -> " + p.java() + ".write();",
          "let mut " + name + " = || { " + p.receiver() + ".write(); };");
    }
    declare(name, Kind.CLOSURE);
  }

  /**
   * A closure handed to a thread: Java's {@code new Thread(() -> ...).start()}, Rust's {@code
   * std::thread::spawn(move || ...)}. Both take the owners the closure names (Rust 2021 the field
   * path; SPEC 3.5), and a borrowed parameter may not go to a thread (E0521). Java captures only
   * what is never reassigned: the owners are the H variables ({@code o} may be given a new
   * value, and their fields may). Of the borrowed parameters only the shared ones go to
   * threads: Rust moves a {@code &mut} into a {@code move} closure (an E0382 at the next use,
   * where Java has the one E0521). A write through a shared one there is E0596 beside E0521.
   */
  private void spawn() {
    Predicate<Var> owners = v -> v.kind() == Kind.OWNER_H;
    Predicate<Var> capturable = v -> owners.test(v)
        || v.param() && (v.kind() == Kind.REF_R || v.kind() == Kind.REF_H);
    switch (rnd.nextInt(3)) {
      case 0 -> {
        Place p = place(true, capturable);
        line("spawn", "new Thread(() -> look(" + p.java() + ")).start();",
            "std::thread::spawn(move || { look(" + p.shared() + "); });");
      }
      case 1 -> {
        Place p = place(true, capturable);
        line("spawnMut", "new Thread(() -> " + p.java() + ".write()).start();",
            "std::thread::spawn(move || { " + p.receiver() + ".write(); });");
      }
      default -> {
        Place o = place(true, owners);
        line("spawnMove", "new Thread(() -> take(" + o.java() + ")).start();",
            "std::thread::spawn(move || { take(" + o.rust() + "); });");
      }
    }
  }

  private void callClosure() {
    List<Var> ks = vars(v -> v.kind() == Kind.CLOSURE);
    if (ks.isEmpty()) {
      closure();
      return;
    }
    String k = ks.get(rnd.nextInt(ks.size())).name();
    line("callClosure", k + ".run();", k + "();");
  }

  // ------------------------------------------------------------------ places

  /** A place of type R ({@code r}) or H, whose root variable passes {@code root}. */
  Place place(boolean r, Predicate<Var> root) {
    List<Var> candidates = vars(v -> v.isPlace() && root.test(v));
    if (candidates.isEmpty()) {
      candidates = vars(Var::isPlace);
    }
    if (!r) {
      List<Var> hs = candidates.stream().filter(Var::isH).toList();
      if (hs.isEmpty()) {
        hs = vars(Var::isH);
      }
      return variable(hs.get(rnd.nextInt(hs.size())));
    }
    Var v = candidates.get(rnd.nextInt(candidates.size()));
    if (v.isR()) {
      return variable(v);
    }
    return field(v, rnd.nextBoolean() ? "s" : "t");
  }

  /** {@code v.f}; a field of {@code this} is sometimes named without it, as Java allows. */
  private Place field(Var v, String f) {
    String rust = v.rust() + "." + f;
    String java = v.name().equals("this") && rnd.nextInt(3) == 0 ? f : v.name() + "." + f;
    return new Place(java, rust, rust, v, true);
  }

  private Place fieldOf(Kind kind) {
    return field(vars(x -> x.kind() == kind).get(0), "s");
  }

  private static Place variable(Var v) {
    String rust = v.owner() ? v.rust() : "*" + v.rust();
    return new Place(v.name(), rust, v.rust(), v, v.isR());
  }

  List<Var> vars(Predicate<Var> p) {
    List<Var> all = new ArrayList<>();
    for (List<Var> s : scopes) {
      for (Var v : s) {
        if (p.test(v)) {
          all.add(v);
        }
      }
    }
    return all;
  }

  void declare(String name, Kind kind) {
    scopes.get(scopes.size() - 1).add(new Var(name, kind, false));
  }

  /** A fresh local name with {@code prefix}. */
  String fresh(String prefix) {
    return prefix + names++;
  }

  Random random() {
    return rnd;
  }

  // ------------------------------------------------------------------ output

  void line(String form, String java, String rust) {
    out.add(TwinLine.plain(form, java, rust));
  }

  private void open(String form, String java, String rust) {
    out.add(new TwinLine(java, rust, Shape.OPEN, form));
  }

  private void close() {
    out.add(new TwinLine("}", "}", Shape.CLOSE, "close"));
  }

  int pickWeighted(int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int x = rnd.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    throw new IllegalStateException("weights " + total);
  }
}
