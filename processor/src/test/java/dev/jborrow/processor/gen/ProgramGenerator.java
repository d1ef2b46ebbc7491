package dev.jborrow.processor.gen;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.jborrow.Borrowed;
import dev.jborrow.Consumes;
import dev.jborrow.Mut;
import dev.jborrow.Owned;
import dev.jborrow.processor.testing.Fixture;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Generates realistic, annotated Java programs with JavaPoet that are correct by construction,
 * or correct except for exactly one injected bug at a known line.
 *
 * <p>A program is one top-level class holding three {@code @Owned} domain types (a resource
 * {@code Channel implements AutoCloseable} with {@code @Mut} writers, a {@code @Consumes
 * finish()}, a {@code @Borrowed} accessor returning its tracked {@code Buffer}, and a {@code @Mut
 * @Borrowed} one; a plain tracked value type {@code Buffer}; a small {@code Packet}), helper
 * methods with borrowed, {@code @Mut} and {@code @Owned} parameters, and generated methods
 * {@code step0..stepN(int seed, @Owned Channel in, Channel peer, Buffer ref, @Mut Buffer acc)}
 * composed from statement templates over tracked locals, nested in every control-flow shape.
 *
 * <p>Correct by construction rests on one invariant: <b>between two templates, every tracked
 * variable in scope owns its value</b> (is definitely initialised and not moved). A template may
 * move a variable only if it re-initialises it before it ends; a borrow held by a local dies
 * inside the template that takes it. Shapes then compose freely. What is left is tracked in a
 * stack of frames:
 *
 * <ul>
 *   <li>a block closes the resources it declared at its end; {@code break}, {@code continue}
 *       and {@code return} first close the resources declared between them and their target;
 *   <li>a {@code try} whose handler ({@code finally}, or a {@code catch} of an unchecked
 *       exception, reached from every call) reads an outer owner <i>pins</i> it in the body:
 *       it may be used and mutated there but not moved; the {@code finally} block sees only
 *       the owners pinned for it; no jump leaves such a body or a switch expression;
 *   <li>a {@code catch (IOException e)} is reached only from {@code load()}, the first
 *       statement of its body, so it sees every owner;
 *   <li>a try-with-resources variable is never moved, closed or reassigned.
 * </ul>
 *
 * <p>A bug is one more template, placed at a random slot of a random method, that breaks exactly
 * one rule on fresh variables (or on an existing owner in a way that leaves it owned), its
 * primary line marked {@code //~ CODE} as in the fixtures; the expectations are read back from
 * those markers in the formatted source.
 */
public final class ProgramGenerator {

  /** The package of every generated class. */
  public static final String PACKAGE = "gen";

  /**
   * How big a program is.
   *
   * @param methods how many {@code stepN} methods
   * @param statementsPerMethod the statement budget of each
   * @param maxDepth how deeply shapes nest
   * @param maxLocals how many owners one block declares at most
   */
  public record Config(int methods, int statementsPerMethod, int maxDepth, int maxLocals) {
    /** Small programs for the generated-bug suite (about 150-250 lines). */
    public static final Config TEST = new Config(2, 26, 4, 4);
    /** Files of the compile-time corpus (about 1,000 lines each). */
    public static final Config CORPUS = new Config(10, 75, 5, 5);
  }

  /** A correct program of {@link Config#TEST} size. */
  public static GeneratedProgram correct(long seed) {
    return generate(seed, Config.TEST, null);
  }

  /** A program of {@link Config#TEST} size, correct except for one bug of the given kind. */
  public static GeneratedProgram withBug(long seed, BugKind kind) {
    return generate(seed, Config.TEST, kind);
  }

  /** A program of the given size, with one bug of the given kind if it is not null. */
  public static GeneratedProgram generate(long seed, Config config, BugKind bug) {
    String name = "P" + Long.toUnsignedString(seed, 36)
        + (bug == null ? "" : "_" + bug.name().toLowerCase(java.util.Locale.ROOT));
    return new ProgramGenerator(seed, config, bug, name).program();
  }

  /** Scaling: one correct method of about {@code statements} statements, nesting 4 deep. */
  public static GeneratedProgram largeMethod(long seed, int statements) {
    return new ProgramGenerator(seed, new Config(1, statements, 4, 4), null,
        "Large" + statements).program();
  }

  /** Scaling: one correct method whose shapes nest {@code depth} deep. */
  public static GeneratedProgram deepMethod(long seed, int depth) {
    ProgramGenerator g = new ProgramGenerator(seed, new Config(1, 0, 0, 3), null, "Deep" + depth);
    g.deepNesting = depth;
    return g.program();
  }

  /** Scaling: one correct method with {@code variables} tracked locals used in random order. */
  public static GeneratedProgram manyVariables(long seed, int variables, int statements) {
    ProgramGenerator g = new ProgramGenerator(seed, new Config(1, statements, 3, 2), null,
        "Wide" + variables);
    g.upfrontLocals = variables;
    return g.program();
  }

  // ------------------------------------------------------------------ names and annotations

  private static final ClassName OWNED = ClassName.get(Owned.class);
  private static final ClassName BORROWED = ClassName.get(Borrowed.class);
  private static final ClassName MUT = ClassName.get(Mut.class);
  private static final ClassName CONSUMES = ClassName.get(Consumes.class);
  /**
   * Whether to generate templates that known checker bugs reject ({@code
   * -Djborrow.gen.knownBugs=true}). Bug 1: see {@link #declaredBelowFinally}. Bug 2: the
   * result of a {@code @Borrowed} method passed straight to an {@code @Owned} parameter
   * ({@code absorb(conn.buffer())}) gets no E0507; so MOVE_OUT_OF_BORROW/accessorResult is
   * not generated.
   */
  static final boolean KNOWN_CHECKER_BUGS = Boolean.getBoolean("jborrow.gen.knownBugs");

  private static final Pattern EXPECT = Pattern.compile("//~\\s*((?:[EJ]\\d{4}\\s*)+)$");

  private static final String[] CHANNEL_NAMES = {"conn", "link", "sink", "stream", "port"};
  private static final String[] BUFFER_NAMES = {"buf", "chunk", "frame", "scratch", "page"};

  private enum Ty { CHANNEL, BUFFER }

  private enum Role { OWNER, SHARED, MUT }

  /** A tracked variable: an owner (local or {@code @Owned} parameter) or a borrowed parameter. */
  private static final class Var {
    final String name;
    final Ty ty;
    final Role role;
    final boolean twr;

    Var(String name, Ty ty, Role role, boolean twr) {
      this.name = name;
      this.ty = ty;
      this.role = role;
      this.twr = twr;
    }

    boolean mutable() {
      return role != Role.SHARED;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private enum FrameKind { BLOCK, LOOP, SWITCH, BARRIER, FINALLY }

  /**
   * One level of the generation stack. BLOCK: declares {@code vars}. LOOP: a jump target with
   * an optional {@code label} and a {@code counter}. SWITCH: a switch statement (plain break
   * target). BARRIER: a body whose handler reads the owners in {@code set} (pinned there); no
   * jump crosses it. FINALLY: a finally block that sees only the owners in {@code set}.
   */
  private static final class Frame {
    final FrameKind kind;
    final String label;
    final String counter;
    final List<Var> vars = new ArrayList<>();
    final Set<Var> set;

    Frame(FrameKind kind, String label, String counter, Set<Var> set) {
      this.kind = kind;
      this.label = label;
      this.counter = counter;
      this.set = set;
    }
  }

  // ------------------------------------------------------------------ state

  private final long seed;
  private final Random rnd;
  private final Config cfg;
  private final BugKind bug;
  private final String className;
  private final ClassName self;
  private final ClassName channel;
  private final ClassName buffer;
  private final ClassName packet;
  private final List<Frame> frames = new ArrayList<>();
  private int names;
  private int statements;
  private int methodIndex;
  private int deepNesting;
  private int upfrontLocals;

  private int bugMethod;
  private int bugSlot;
  private int slot;
  private boolean bugDone;
  private String bugVariant;

  private ProgramGenerator(long seed, Config cfg, BugKind bug, String className) {
    this.seed = seed;
    this.rnd = new Random(seed);
    this.cfg = cfg;
    this.bug = bug;
    this.className = className;
    this.self = ClassName.get(PACKAGE, className);
    this.channel = self.nestedClass("Channel");
    this.buffer = self.nestedClass("Buffer");
    this.packet = self.nestedClass("Packet");
    if (bug != null) {
      bugMethod = rnd.nextInt(cfg.methods());
      bugSlot = rnd.nextInt(Math.max(1, cfg.statementsPerMethod() * 2 / 3));
    }
  }

  // ------------------------------------------------------------------ the program

  private GeneratedProgram program() {
    TypeSpec.Builder type = TypeSpec.classBuilder(className)
        .addModifiers(Modifier.FINAL)
        .addJavadoc("Generated by $T (seed $L$L).\n", ProgramGenerator.class, seed,
            bug == null ? "" : ", bug " + bug)
        .addType(bufferType())
        .addType(channelType())
        .addType(packetType())
        .addField(FieldSpec.builder(int[].class, "WEIGHTS", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL).initializer("{3, 1, 4, 1, 5}").build());
    helpers(type);
    for (int i = 0; i < cfg.methods(); i++) {
      type.addMethod(step(i));
    }
    type.addMethod(runAll());
    String source = JavaFile.builder(PACKAGE, type.build())
        .skipJavaLangImports(true)
        .indent("    ")
        .build()
        .toString();
    List<Fixture.Expectation> expected = new ArrayList<>();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = EXPECT.matcher(lines[i].stripTrailing());
      if (m.find()) {
        for (String code : m.group(1).trim().split("\\s+")) {
          expected.add(new Fixture.Expectation(i + 1, code));
        }
      }
    }
    if (bug != null && expected.size() != 1) {
      throw new IllegalStateException("bug " + bug + " not placed exactly once (seed " + seed
          + "): " + expected);
    }
    return new GeneratedProgram(PACKAGE, className, source, List.copyOf(expected), seed, bug,
        bugVariant, statements);
  }

  private TypeSpec bufferType() {
    return TypeSpec.classBuilder("Buffer")
        .addAnnotation(OWNED)
        .addModifiers(Modifier.STATIC, Modifier.FINAL)
        .addField(TypeName.INT, "length", Modifier.PRIVATE)
        .addField(TypeName.INT, "checksum", Modifier.PRIVATE)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(TypeName.INT, "length")
            .addStatement("this.length = length")
            .build())
        .addMethod(MethodSpec.methodBuilder("of")
            .addModifiers(Modifier.STATIC)
            .returns(buffer)
            .addParameter(TypeName.INT, "length")
            .addStatement("return new $T(length)", buffer)
            .build())
        .addMethod(MethodSpec.methodBuilder("length")
            .returns(TypeName.INT)
            .addStatement("return length")
            .build())
        .addMethod(MethodSpec.methodBuilder("checksum")
            .returns(TypeName.INT)
            .addStatement("return checksum")
            .build())
        .addMethod(MethodSpec.methodBuilder("append")
            .addAnnotation(MUT)
            .addParameter(TypeName.INT, "value")
            .addStatement("length++")
            .addStatement("checksum = 31 * checksum + value")
            .build())
        .addMethod(MethodSpec.methodBuilder("clear")
            .addAnnotation(MUT)
            .addStatement("length = 0")
            .addStatement("checksum = 0")
            .build())
        .build();
  }

  private TypeSpec channelType() {
    return TypeSpec.classBuilder("Channel")
        .addAnnotation(OWNED)
        .addModifiers(Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(AutoCloseable.class)
        .addField(buffer, "buffer", Modifier.PRIVATE, Modifier.FINAL)
        .addField(TypeName.INT, "written", Modifier.PRIVATE)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(TypeName.INT, "id")
            .addStatement("this.buffer = new $T(id)", buffer)
            .build())
        .addMethod(MethodSpec.methodBuilder("open")
            .addModifiers(Modifier.STATIC)
            .returns(channel)
            .addParameter(TypeName.INT, "id")
            .addStatement("return new $T(id)", channel)
            .build())
        .addMethod(MethodSpec.methodBuilder("size")
            .returns(TypeName.INT)
            .addStatement("return written + buffer.length()")
            .build())
        .addMethod(MethodSpec.methodBuilder("buffer")
            .addAnnotation(BORROWED)
            .returns(buffer)
            .addStatement("return buffer")
            .build())
        .addMethod(MethodSpec.methodBuilder("edit")
            .addAnnotation(MUT)
            .addAnnotation(BORROWED)
            .returns(buffer)
            .addStatement("return buffer")
            .build())
        .addMethod(MethodSpec.methodBuilder("snapshot")
            .returns(buffer)
            .addStatement("return new $T(buffer.length())", buffer)
            .build())
        .addMethod(MethodSpec.methodBuilder("write")
            .addAnnotation(MUT)
            .addParameter(TypeName.INT, "value")
            .addStatement("buffer.append(value)")
            .addStatement("written++")
            .build())
        .addMethod(MethodSpec.methodBuilder("flush")
            .addAnnotation(MUT)
            .addStatement("written = 0")
            .build())
        .addMethod(MethodSpec.methodBuilder("finish")
            .addAnnotation(CONSUMES)
            .returns(TypeName.INT)
            .addStatement("return written")
            .build())
        .addMethod(MethodSpec.methodBuilder("close")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addStatement("written = -1")
            .build())
        .build();
  }

  private TypeSpec packetType() {
    return TypeSpec.classBuilder("Packet")
        .addAnnotation(OWNED)
        .addModifiers(Modifier.STATIC, Modifier.FINAL)
        .addField(TypeName.INT, "id", Modifier.PRIVATE, Modifier.FINAL)
        .addField(TypeName.INT, "size", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(TypeName.INT, "id")
            .addParameter(TypeName.INT, "size")
            .addStatement("this.id = id")
            .addStatement("this.size = size")
            .build())
        .addMethod(MethodSpec.methodBuilder("id")
            .returns(TypeName.INT).addStatement("return id").build())
        .addMethod(MethodSpec.methodBuilder("size")
            .returns(TypeName.INT).addStatement("return size").build())
        .build();
  }

  private static ParameterSpec param(TypeName type, String name, ClassName annotation) {
    ParameterSpec.Builder p = ParameterSpec.builder(type, name);
    if (annotation != null) {
      p.addAnnotation(annotation);
    }
    return p.build();
  }

  private void helpers(TypeSpec.Builder type) {
    type.addMethod(MethodSpec.methodBuilder("inspect")
        .addModifiers(Modifier.STATIC).returns(TypeName.INT)
        .addParameter(param(channel, "c", null))
        .addStatement("return c.size() + c.buffer().checksum()")
        .build());
    type.addMethod(MethodSpec.methodBuilder("measure")
        .addModifiers(Modifier.STATIC).returns(TypeName.INT)
        .addParameter(param(buffer, "b", BORROWED))
        .addStatement("return b.length()")
        .build());
    type.addMethod(MethodSpec.methodBuilder("fill")
        .addModifiers(Modifier.STATIC)
        .addParameter(param(channel, "c", MUT))
        .addParameter(TypeName.INT, "value")
        .addStatement("c.write(value)")
        .addStatement("c.edit().append(value + 1)")
        .build());
    type.addMethod(MethodSpec.methodBuilder("grow")
        .addModifiers(Modifier.STATIC)
        .addParameter(param(buffer, "b", MUT))
        .addParameter(TypeName.INT, "value")
        .addStatement("b.append(value)")
        .build());
    type.addMethod(MethodSpec.methodBuilder("drain")
        .addModifiers(Modifier.STATIC).returns(TypeName.INT)
        .addParameter(param(channel, "c", OWNED))
        .addStatement("int n = c.size()")
        .addStatement("c.close()")
        .addStatement("return n")
        .build());
    type.addMethod(MethodSpec.methodBuilder("absorb")
        .addModifiers(Modifier.STATIC).returns(TypeName.INT)
        .addParameter(param(buffer, "b", OWNED))
        .addStatement("return b.length() + b.checksum()")
        .build());
    type.addMethod(MethodSpec.methodBuilder("send")
        .addModifiers(Modifier.STATIC).returns(TypeName.INT)
        .addParameter(param(channel, "c", MUT))
        .addParameter(param(packet, "p", OWNED))
        .addStatement("c.write(p.size())")
        .addStatement("return p.id()")
        .build());
    type.addMethod(MethodSpec.methodBuilder("longer")
        .addAnnotation(AnnotationSpec.builder(BORROWED)
            .addMember("from", "{$S, $S}", "a", "b").build())
        .addModifiers(Modifier.STATIC).returns(buffer)
        .addParameter(param(buffer, "a", null))
        .addParameter(param(buffer, "b", null))
        .addStatement("return a.length() >= b.length() ? a : b")
        .build());
    type.addMethod(MethodSpec.methodBuilder("copyOf")
        .addModifiers(Modifier.STATIC).returns(buffer)
        .addParameter(param(buffer, "b", null))
        .addStatement("$T c = new $T(b.length())", buffer, buffer)
        .addStatement("c.append(b.checksum())")
        .addStatement("return c")
        .build());
    type.addMethod(MethodSpec.methodBuilder("load")
        .addModifiers(Modifier.STATIC).returns(TypeName.INT)
        .addParameter(TypeName.INT, "key")
        .addException(IOException.class)
        .beginControlFlow("if (key < 0)")
        .addStatement("throw new $T($S + key)", IOException.class, "no such key: ")
        .endControlFlow()
        .addStatement("return key * 7")
        .build());
  }

  /** An entry point that lends and hands values to every step. */
  private MethodSpec runAll() {
    CodeBlock.Builder b = CodeBlock.builder();
    b.addStatement("$T peer = $T.open(seed)", channel, channel);
    b.addStatement("$T ref = new $T(seed)", buffer, buffer);
    b.addStatement("$T acc = $T.of(0)", buffer, buffer);
    b.addStatement("int total = 0");
    for (int i = 0; i < cfg.methods(); i++) {
      b.addStatement("total += step$L(seed + $L, $T.open(seed + $L), peer, ref, acc)", i, i,
          channel, i);
    }
    b.addStatement("peer.close()");
    b.addStatement("return total + acc.length() + absorb(ref)");
    return MethodSpec.methodBuilder("runAll")
        .addModifiers(Modifier.STATIC).returns(TypeName.INT)
        .addParameter(TypeName.INT, "seed")
        .addCode(b.build())
        .build();
  }

  private MethodSpec step(int index) {
    methodIndex = index;
    slot = 0;
    frames.clear();
    CodeBlock.Builder b = CodeBlock.builder();
    Frame top = push(FrameKind.BLOCK, null, null, null);
    top.vars.add(new Var("in", Ty.CHANNEL, Role.OWNER, false));
    top.vars.add(new Var("peer", Ty.CHANNEL, Role.SHARED, false));
    top.vars.add(new Var("ref", Ty.BUFFER, Role.SHARED, false));
    top.vars.add(new Var("acc", Ty.BUFFER, Role.MUT, false));
    st(b, "int total = seed");
    // Methods start by acquiring what they work on.
    for (int i = rnd.nextInt(3); i > 0; i--) {
      create(b, true);
    }
    for (int i = 0; i < upfrontLocals; i++) {
      create(b, true);
    }
    if (deepNesting > 0) {
      deep(b, deepNesting);
    }
    statements(b, cfg.statementsPerMethod(), 0);
    if (bug != null && !bugDone && index == bugMethod) {
      if (!emitBug(b)) {
        throw new IllegalStateException("no variant of " + bug + " fits at the method's end");
      }
    }
    closeAtEnd(b, top.vars);
    st(b, "return total");
    frames.clear();
    return MethodSpec.methodBuilder("step" + index)
        .addModifiers(Modifier.STATIC).returns(TypeName.INT)
        .addParameter(TypeName.INT, "seed")
        .addParameter(param(channel, "in", OWNED))
        .addParameter(param(channel, "peer", null))
        .addParameter(param(buffer, "ref", BORROWED))
        .addParameter(param(buffer, "acc", MUT))
        .addCode(b.build())
        .build();
  }

  // ------------------------------------------------------------------ frames

  private Frame push(FrameKind kind, String label, String counter, Set<Var> set) {
    Frame f = new Frame(kind, label, counter, set);
    frames.add(f);
    return f;
  }

  private void pop(Frame f) {
    Frame last = frames.remove(frames.size() - 1);
    if (last != f) {
      throw new IllegalStateException("unbalanced frames");
    }
  }

  private Frame topBlock() {
    Frame f = frames.get(frames.size() - 1);
    if (f.kind != FrameKind.BLOCK) {
      throw new IllegalStateException("top frame is " + f.kind);
    }
    return f;
  }

  /** The variables a template may name here: owners behind a finally only if pinned for it. */
  private List<Var> visible() {
    List<Var> out = new ArrayList<>();
    Set<Var> filter = null;
    for (int i = frames.size() - 1; i >= 0; i--) {
      Frame f = frames.get(i);
      if (f.kind == FrameKind.BLOCK) {
        for (Var v : f.vars) {
          if (v.role != Role.OWNER || filter == null || filter.contains(v)) {
            out.add(v);
          }
        }
      } else if (f.kind == FrameKind.FINALLY) {
        if (filter == null) {
          filter = new HashSet<>(f.set);
        } else {
          filter.retainAll(f.set);
        }
      }
    }
    return out;
  }

  private boolean pinned(Var v) {
    for (Frame f : frames) {
      if (f.kind == FrameKind.BARRIER && f.set.contains(v)) {
        return true;
      }
    }
    return false;
  }

  private boolean movable(Var v) {
    return v.role == Role.OWNER && !v.twr && !pinned(v)
        && (KNOWN_CHECKER_BUGS || v.ty != Ty.CHANNEL || !declaredBelowFinally(v));
  }

  /**
   * Checker bug 1 (reported): a finally block that consumes a resource declared outside it and
   * re-opens it gets J0001 at the re-opening, "a checked exception or `throw` leaves the
   * method", although only unchecked exceptions reach that finally. Until it is fixed, resource
   * owners declared outside a finally block are not moved inside it, unless
   * {@code -Djborrow.gen.knownBugs=true}.
   */
  private boolean declaredBelowFinally(Var v) {
    boolean finallyAbove = false;
    for (int i = frames.size() - 1; i >= 0; i--) {
      Frame f = frames.get(i);
      if (f.kind == FrameKind.FINALLY) {
        finallyAbove = true;
      } else if (f.kind == FrameKind.BLOCK && f.vars.contains(v)) {
        return finallyAbove;
      }
    }
    return false;
  }

  private Var pick(Predicate<Var> p) {
    List<Var> c = new ArrayList<>();
    for (Var v : visible()) {
      if (p.test(v)) {
        c.add(v);
      }
    }
    return c.isEmpty() ? null : c.get(rnd.nextInt(c.size()));
  }

  private Var any(Ty ty) {
    return pick(v -> v.ty == ty);
  }

  private Var mutable(Ty ty) {
    return pick(v -> v.ty == ty && v.mutable());
  }

  private Var movable(Ty ty) {
    return pick(v -> v.ty == ty && movable(v));
  }

  private Var param(String name) {
    for (Var v : visible()) {
      if (v.name.equals(name)) {
        return v;
      }
    }
    throw new IllegalStateException("parameter " + name + " not visible");
  }

  private boolean returnAllowed() {
    for (Frame f : frames) {
      if (f.kind == FrameKind.BARRIER || f.kind == FrameKind.FINALLY) {
        return false;
      }
    }
    return true;
  }

  /** Resource owners declared in frames above {@code index}: what a jump there must close. */
  private List<Var> ownersAbove(int index) {
    List<Var> out = new ArrayList<>();
    for (int i = index + 1; i < frames.size(); i++) {
      Frame f = frames.get(i);
      if (f.kind == FrameKind.BLOCK) {
        for (Var v : f.vars) {
          if (v.role == Role.OWNER && v.ty == Ty.CHANNEL && !v.twr) {
            out.add(v);
          }
        }
      }
    }
    return out;
  }

  /** A break or continue this point may take. */
  private record Jump(int index, String keyword, String label) {}

  private List<Jump> jumps() {
    List<Jump> out = new ArrayList<>();
    boolean innermostBreakable = true;
    boolean innermostLoop = true;
    for (int i = frames.size() - 1; i >= 0; i--) {
      Frame f = frames.get(i);
      if (f.kind == FrameKind.BARRIER || f.kind == FrameKind.FINALLY) {
        break;
      }
      if (f.kind == FrameKind.LOOP) {
        if (innermostBreakable || f.label != null) {
          out.add(new Jump(i, "break", innermostBreakable ? null : f.label));
        }
        if (innermostLoop || f.label != null) {
          out.add(new Jump(i, "continue", innermostLoop ? null : f.label));
        }
        innermostBreakable = false;
        innermostLoop = false;
      } else if (f.kind == FrameKind.SWITCH) {
        if (innermostBreakable) {
          out.add(new Jump(i, "break", null));
        }
        innermostBreakable = false;
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ small expressions

  private String fresh(String prefix) {
    return prefix + (names++);
  }

  private String freshName(Ty ty) {
    String[] pool = ty == Ty.CHANNEL ? CHANNEL_NAMES : BUFFER_NAMES;
    return fresh(pool[rnd.nextInt(pool.length)]);
  }

  private ClassName type(Ty ty) {
    return ty == Ty.CHANNEL ? channel : buffer;
  }

  /** An int expression: a literal, the seed, the running total, or a loop counter. */
  private String intExpr() {
    List<String> counters = new ArrayList<>();
    for (Frame f : frames) {
      if (f.kind == FrameKind.LOOP && f.counter != null) {
        counters.add(f.counter);
      }
    }
    int r = rnd.nextInt(10);
    if (r < 3 && !counters.isEmpty()) {
      return counters.get(rnd.nextInt(counters.size()));
    }
    return switch (r % 4) {
      case 0 -> Integer.toString(1 + rnd.nextInt(64));
      case 1 -> "seed";
      case 2 -> "total & " + (1 << (1 + rnd.nextInt(5))) + "";
      default -> "seed + " + rnd.nextInt(10);
    };
  }

  private String bound() {
    return switch (rnd.nextInt(3)) {
      case 0 -> Integer.toString(2 + rnd.nextInt(4));
      case 1 -> "seed % " + (2 + rnd.nextInt(4)) + " + 1";
      default -> "ref.length() % 4 + 1";
    };
  }

  /** A condition reading only ints and (shared) tracked owners in scope. */
  private String cond() {
    switch (rnd.nextInt(7)) {
      case 0 -> {
        Var c = any(Ty.CHANNEL);
        if (c != null) {
          return c.name + ".size() > " + rnd.nextInt(20);
        }
      }
      case 1 -> {
        Var bf = any(Ty.BUFFER);
        if (bf != null) {
          return bf.name + ".length() % 2 == " + rnd.nextInt(2);
        }
      }
      case 2 -> {
        return "measure(ref) < seed";
      }
      case 3 -> {
        return "seed > " + rnd.nextInt(40);
      }
      default -> {
        // below
      }
    }
    return "(total & " + (1 << rnd.nextInt(5)) + ") == 0";
  }

  /** A condition that reads no tracked variable. */
  private String plainCond() {
    return rnd.nextBoolean() ? "seed > " + rnd.nextInt(40)
        : "(total & " + (1 << rnd.nextInt(5)) + ") == 0";
  }

  private String selector() {
    return switch (rnd.nextInt(3)) {
      case 0 -> "seed & 3";
      case 1 -> "total % 4";
      default -> "Math.abs(ref.checksum()) % 3";
    };
  }

  /** An int-valued shared use of some tracked variable. */
  private String useExpr() {
    Var c = any(Ty.CHANNEL);
    Var bf = any(Ty.BUFFER);
    return switch (rnd.nextInt(5)) {
      case 0 -> c == null ? "seed" : "inspect(" + c.name + ")";
      case 1 -> c == null ? "seed" : c.name + ".size()";
      case 2 -> bf == null ? "seed" : "measure(" + bf.name + ")";
      case 3 -> bf == null ? "seed" : bf.name + ".length()";
      default -> "seed * 3";
    };
  }

  private void st(CodeBlock.Builder b, String format, Object... args) {
    b.addStatement(format, args);
    statements++;
  }

  /** The bug's primary line, marked for {@link #program()} to read back. */
  private void bugLine(CodeBlock.Builder b, String format, Object... args) {
    b.add(format + "; //~ " + bug.code() + "\n", args);
    statements++;
  }

  // ------------------------------------------------------------------ closing

  private void consume(CodeBlock.Builder b, Var v) {
    switch (rnd.nextInt(3)) {
      case 0 -> st(b, "$L.close()", v.name);
      case 1 -> st(b, "total += $L.finish()", v.name);
      default -> st(b, "total += drain($L)", v.name);
    }
  }

  /** At the end of a block: consume its resources, sometimes hand its buffers on. */
  private void closeAtEnd(CodeBlock.Builder b, List<Var> vars) {
    for (Var v : vars) {
      if (v.role != Role.OWNER || v.twr) {
        continue;
      }
      if (v.ty == Ty.CHANNEL) {
        consume(b, v);
      } else if (rnd.nextInt(4) == 0) {
        st(b, "total += absorb($L)", v.name);
      }
    }
  }

  // ------------------------------------------------------------------ statements

  private void statements(CodeBlock.Builder b, int budget, int depth) {
    while (budget > 0) {
      budget -= statement(b, budget, depth);
    }
  }

  /** A body in braces already opened by the caller: its own scope. */
  private void body(CodeBlock.Builder b, int budget, int depth) {
    Frame f = push(FrameKind.BLOCK, null, null, null);
    statements(b, Math.max(1, budget), depth + 1);
    closeAtEnd(b, f.vars);
    pop(f);
  }

  private int statement(CodeBlock.Builder b, int budget, int depth) {
    if (bug != null && !bugDone && methodIndex == bugMethod && slot++ >= bugSlot
        && emitBug(b)) {
      return 1;
    }
    if (depth < cfg.maxDepth() && budget >= 4 && rnd.nextInt(100) < 28) {
      return shape(b, budget, depth);
    }
    for (int attempt = 0; attempt < 8; attempt++) {
      int n = simple(b);
      if (n > 0) {
        return n;
      }
    }
    st(b, "total = total * 31 + $L", intExpr());
    return 1;
  }

  private int simple(CodeBlock.Builder b) {
    int r = rnd.nextInt(106);
    if (r < 8) {
      return create(b, false);
    } else if (r < 18) {
      return use(b);
    } else if (r < 26) {
      return mutate(b);
    } else if (r < 34) {
      return passBorrowed(b);
    } else if (r < 40) {
      return passMut(b);
    } else if (r < 49) {
      return moveAndReinit(b);
    } else if (r < 52) {
      return moveToLocal(b);
    } else if (r < 60) {
      return borrowLocal(b);
    } else if (r < 66) {
      return mutLocal(b);
    } else if (r < 69) {
      return longer(b);
    } else if (r < 72) {
      return packet(b);
    } else if (r < 74) {
      return swap(b);
    } else if (r < 78) {
      return sibling(b);
    } else if (r < 80) {
      return lambda(b);
    } else if (r < 84) {
      return ternary(b);
    } else if (r < 86) {
      return ternaryMove(b);
    } else if (r < 88) {
      return borrowEither(b);
    } else if (r < 96) {
      return jump(b);
    } else if (r < 99) {
      return earlyReturn(b);
    } else if (r < 103) {
      return text(b);
    }
    st(b, "total = total * 31 + $L", intExpr());
    return 1;
  }

  private int create(CodeBlock.Builder b, boolean force) {
    Frame top = topBlock();
    long owners = top.vars.stream().filter(v -> v.role == Role.OWNER).count();
    if (!force && owners >= cfg.maxLocals()) {
      return 0;
    }
    Ty ty = rnd.nextInt(5) < 2 ? Ty.CHANNEL : Ty.BUFFER;
    String name = freshName(ty);
    if (ty == Ty.CHANNEL) {
      st(b, "$T $L = $T.open($L)", channel, name, channel, intExpr());
    } else {
      Var src = any(Ty.BUFFER);
      Var ch = any(Ty.CHANNEL);
      switch (rnd.nextInt(4)) {
        case 0 -> st(b, "$T $L = new $T($L)", buffer, name, buffer, intExpr());
        case 1 -> st(b, "$T $L = $T.of($L)", buffer, name, buffer, intExpr());
        case 2 -> {
          if (src == null) {
            st(b, "$T $L = new $T($L)", buffer, name, buffer, intExpr());
          } else {
            st(b, "$T $L = copyOf($L)", buffer, name, src.name);
          }
        }
        default -> {
          if (ch == null) {
            st(b, "$T $L = $T.of($L)", buffer, name, buffer, intExpr());
          } else {
            st(b, "$T $L = $L.snapshot()", buffer, name, ch.name);
          }
        }
      }
    }
    top.vars.add(new Var(name, ty, Role.OWNER, false));
    return 1;
  }

  private int use(CodeBlock.Builder b) {
    Var v = pick(x -> true);
    if (v.ty == Ty.CHANNEL) {
      switch (rnd.nextInt(3)) {
        case 0 -> st(b, "total += $L.size()", v.name);
        case 1 -> st(b, "total += $L.buffer().checksum()", v.name);
        default -> st(b, "total ^= $L.buffer().length() << 1", v.name);
      }
    } else {
      switch (rnd.nextInt(2)) {
        case 0 -> st(b, "total += $L.length() * 3 + $L.checksum()", v.name, v.name);
        default -> st(b, "total -= $L.checksum() & 0xff", v.name);
      }
    }
    return 1;
  }

  private int mutate(CodeBlock.Builder b) {
    Var v = pick(Var::mutable);
    if (v.ty == Ty.CHANNEL) {
      switch (rnd.nextInt(3)) {
        case 0 -> st(b, "$L.write($L)", v.name, intExpr());
        case 1 -> st(b, "$L.flush()", v.name);
        default -> st(b, "$L.edit().append($L)", v.name, intExpr());
      }
    } else {
      if (rnd.nextInt(4) == 0) {
        st(b, "$L.clear()", v.name);
      } else {
        st(b, "$L.append($L)", v.name, intExpr());
      }
    }
    return 1;
  }

  private int passBorrowed(CodeBlock.Builder b) {
    Var v = pick(x -> true);
    if (v.ty == Ty.CHANNEL) {
      if (rnd.nextBoolean()) {
        st(b, "total += inspect($L)", v.name);
      } else {
        st(b, "total += measure($L.buffer())", v.name);
      }
    } else {
      st(b, "total += measure($L)", v.name);
    }
    return 1;
  }

  private int passMut(CodeBlock.Builder b) {
    Var v = pick(Var::mutable);
    if (v.ty == Ty.CHANNEL) {
      if (rnd.nextBoolean()) {
        st(b, "fill($L, $L)", v.name, intExpr());
      } else {
        st(b, "grow($L.edit(), $L)", v.name, intExpr());
      }
    } else {
      st(b, "grow($L, $L)", v.name, intExpr());
    }
    return 1;
  }

  private void reinit(CodeBlock.Builder b, Var v) {
    if (v.ty == Ty.CHANNEL) {
      st(b, "$L = $T.open($L)", v.name, channel, intExpr());
    } else if (rnd.nextBoolean()) {
      st(b, "$L = new $T($L)", v.name, buffer, intExpr());
    } else {
      st(b, "$L = copyOf(ref)", v.name);
    }
  }

  private int moveAndReinit(CodeBlock.Builder b) {
    Var v = pick(this::movable);
    if (v == null) {
      return 0;
    }
    if (v.ty == Ty.CHANNEL) {
      consume(b, v);
    } else {
      st(b, "total += absorb($L)", v.name);
    }
    reinit(b, v);
    return 2;
  }

  private int moveToLocal(CodeBlock.Builder b) {
    Var v = pick(this::movable);
    if (v == null) {
      return 0;
    }
    String m = fresh("moved");
    st(b, "$T $L = $L", type(v.ty), m, v.name);
    reinit(b, v);
    if (v.ty == Ty.CHANNEL) {
      st(b, "$L.write($L.size())", m, v.name);
      st(b, "total += $L.finish()", m);
    } else {
      st(b, "$L.append($L.length())", m, v.name);
      st(b, "total += absorb($L)", m);
    }
    return 4;
  }

  private int borrowLocal(CodeBlock.Builder b) {
    Var v = pick(x -> true);
    String h = fresh("view");
    if (v.ty == Ty.CHANNEL && rnd.nextBoolean()) {
      st(b, "@$T $T $L = $L.buffer()", BORROWED, buffer, h, v.name);
      st(b, "total += $L.size()", v.name);
      st(b, "total += $L.length() + measure($L)", h, h);
    } else if (v.ty == Ty.CHANNEL) {
      st(b, "@$T $T $L = $L", BORROWED, channel, h, v.name);
      st(b, "total += $L.size() + inspect($L)", h, h);
      st(b, "total += $L.size()", v.name);
    } else {
      st(b, "@$T $T $L = $L", BORROWED, buffer, h, v.name);
      st(b, "total += measure($L) + $L.length()", v.name, h);
      st(b, "total += $L.checksum()", h);
    }
    return 3;
  }

  private int mutLocal(CodeBlock.Builder b) {
    Var v = pick(Var::mutable);
    String e = fresh("edit");
    if (v.ty == Ty.CHANNEL && rnd.nextBoolean()) {
      st(b, "@$T $T $L = $L.edit()", MUT, buffer, e, v.name);
      st(b, "$L.append($L)", e, intExpr());
      st(b, "grow($L, $L)", e, intExpr());
      st(b, "total += $L.size()", v.name);
    } else if (v.ty == Ty.CHANNEL) {
      st(b, "@$T $T $L = $L", MUT, channel, e, v.name);
      st(b, "$L.write($L)", e, intExpr());
      st(b, "fill($L, $L)", e, intExpr());
      st(b, "total += inspect($L)", v.name);
    } else {
      st(b, "@$T $T $L = $L", MUT, buffer, e, v.name);
      st(b, "$L.append($L)", e, intExpr());
      st(b, "grow($L, $L)", e, intExpr());
      st(b, "total += $L.length()", v.name);
    }
    return 4;
  }

  private int longer(CodeBlock.Builder b) {
    Var x = any(Ty.BUFFER);
    Var y = any(Ty.BUFFER);
    String l = fresh("longest");
    st(b, "@$T $T $L = longer($L, $L)", BORROWED, buffer, l, x.name, y.name);
    st(b, "total += $L.length() + $L.checksum()", l, l);
    return 2;
  }

  private int packet(CodeBlock.Builder b) {
    Var c = mutable(Ty.CHANNEL);
    if (c == null) {
      return 0;
    }
    String p = fresh("packet");
    st(b, "$T $L = new $T($L, $L.size())", packet, p, packet, intExpr(), c.name);
    st(b, "total += $L.size()", p);
    st(b, "total += send($L, $L)", c.name, p);
    return 3;
  }

  private int swap(CodeBlock.Builder b) {
    Var x = pick(this::movable);
    if (x == null) {
      return 0;
    }
    Var y = pick(v -> v != x && v.ty == x.ty && movable(v));
    if (y == null) {
      return 0;
    }
    String t = fresh("tmp");
    st(b, "$T $L = $L", type(x.ty), t, x.name);
    st(b, "$L = $L", x.name, y.name);
    st(b, "$L = $L", y.name, t);
    return 3;
  }

  private int sibling(CodeBlock.Builder b) {
    if (methodIndex == 0) {
      return 0;
    }
    int callee = rnd.nextInt(methodIndex);
    Var owned = rnd.nextBoolean() ? movable(Ty.CHANNEL) : null;
    Var peer = pick(v -> v.ty == Ty.CHANNEL && v != owned);
    Var acc = mutable(Ty.BUFFER);
    Var ref = pick(v -> v.ty == Ty.BUFFER && v != acc);
    if (peer == null || acc == null || ref == null) {
      return 0;
    }
    CodeBlock ownedArg = owned == null
        ? CodeBlock.of("$T.open($L)", channel, intExpr())
        : CodeBlock.of("$L", owned.name);
    st(b, "total += step$L($L, $L, $L, $L, $L)", callee, intExpr(), ownedArg, peer.name,
        ref.name, acc.name);
    if (owned != null) {
      reinit(b, owned);
      return 2;
    }
    return 1;
  }

  private int lambda(CodeBlock.Builder b) {
    String f = fresh("probe");
    st(b, "$T $L = () -> ref.length() + peer.size() + acc.checksum()", IntSupplier.class, f);
    st(b, "total += $L.getAsInt()", f);
    return 2;
  }

  private int ternary(CodeBlock.Builder b) {
    st(b, "total += $L ? $L : $L", cond(), useExpr(), useExpr());
    return 1;
  }

  private int ternaryMove(CodeBlock.Builder b) {
    Var v = movable(Ty.CHANNEL);
    if (v == null) {
      return 0;
    }
    st(b, "total += $L ? drain($L) : $L.finish()", cond(), v.name, v.name);
    reinit(b, v);
    return 2;
  }

  private int borrowEither(CodeBlock.Builder b) {
    Var x = any(Ty.BUFFER);
    Var y = any(Ty.BUFFER);
    String p = fresh("pick");
    st(b, "@$T $T $L = $L ? $L : $L", BORROWED, buffer, p, cond(), x.name, y.name);
    st(b, "total += $L.length() + measure($L)", p, p);
    return 2;
  }

  private int text(CodeBlock.Builder b) {
    Var v = pick(x -> true);
    String s = fresh("note");
    st(b, "String $L = $S + $L", s, v.name + "=",
        v.ty == Ty.CHANNEL ? v.name + ".size()" : v.name + ".length()");
    st(b, "total += $L.length()", s);
    return 2;
  }

  private int jump(CodeBlock.Builder b) {
    List<Jump> js = jumps();
    if (js.isEmpty()) {
      return 0;
    }
    Jump j = js.get(rnd.nextInt(js.size()));
    b.beginControlFlow("if ($L)", cond());
    for (Var v : ownersAbove(j.index())) {
      consume(b, v);
    }
    st(b, j.label() == null ? j.keyword() : j.keyword() + " " + j.label());
    b.endControlFlow();
    return 2;
  }

  private int earlyReturn(CodeBlock.Builder b) {
    if (!returnAllowed()) {
      return 0;
    }
    b.beginControlFlow("if ($L)", cond());
    for (Var v : ownersAbove(-1)) {
      consume(b, v);
    }
    st(b, "return total");
    b.endControlFlow();
    return 2;
  }

  // ------------------------------------------------------------------ shapes

  private int shape(CodeBlock.Builder b, int budget, int depth) {
    int inner = Math.min(budget - 1, 3 + rnd.nextInt(14));
    switch (rnd.nextInt(15)) {
      case 0, 1 -> ifElse(b, inner, depth);
      case 2 -> forLoop(b, inner, depth, null);
      case 3 -> whileLoop(b, inner, depth);
      case 4 -> doWhile(b, inner, depth);
      case 5 -> forEach(b, inner, depth);
      case 6 -> labelledNested(b, inner, depth);
      case 7 -> switchArrow(b, inner, depth);
      case 8 -> switchColon(b, inner, depth);
      case 9 -> switchExpression(b, inner, depth);
      case 10 -> tryChecked(b, inner, depth);
      case 11 -> tryFinally(b, inner, depth);
      case 12 -> tryCatchUnchecked(b, inner, depth);
      case 13 -> tryWithResources(b, inner, depth);
      default -> {
        b.add("{\n$>");
        body(b, inner, depth);
        b.add("$<}\n");
      }
    }
    statements++;
    return 1 + inner;
  }

  private void ifElse(CodeBlock.Builder b, int inner, int depth) {
    int arms = 1 + rnd.nextInt(3);
    int each = Math.max(1, inner / arms);
    b.beginControlFlow("if ($L)", cond());
    body(b, each, depth);
    if (arms == 3) {
      b.nextControlFlow("else if ($L)", cond());
      body(b, each, depth);
    }
    if (arms >= 2) {
      b.nextControlFlow("else");
      body(b, each, depth);
    }
    b.endControlFlow();
  }

  private String maybeLabel(CodeBlock.Builder b) {
    if (rnd.nextInt(3) != 0) {
      return null;
    }
    String label = fresh("scan");
    b.add("$L:\n", label);
    return label;
  }

  private void loopBody(CodeBlock.Builder b, int inner, int depth, String label, String counter) {
    Frame loop = push(FrameKind.LOOP, label, counter, null);
    body(b, inner, depth);
    pop(loop);
  }

  private void forLoop(CodeBlock.Builder b, int inner, int depth, String forcedLabel) {
    String label = forcedLabel != null ? forcedLabel : maybeLabel(b);
    String i = fresh("i");
    b.beginControlFlow("for (int $L = 0; $L < $L; $L++)", i, i, bound(), i);
    loopBody(b, inner, depth, label, i);
    b.endControlFlow();
  }

  private void whileLoop(CodeBlock.Builder b, int inner, int depth) {
    String w = fresh("w");
    st(b, "int $L = 0", w);
    String label = maybeLabel(b);
    if (rnd.nextBoolean()) {
      b.beginControlFlow("while ($L++ < $L)", w, bound());
    } else {
      b.beginControlFlow("while ($L++ < $L && $L)", w, bound(), cond());
    }
    loopBody(b, inner, depth, label, w);
    b.endControlFlow();
  }

  private void doWhile(CodeBlock.Builder b, int inner, int depth) {
    String w = fresh("d");
    st(b, "int $L = 0", w);
    String label = maybeLabel(b);
    b.beginControlFlow("do");
    loopBody(b, inner, depth, label, w);
    b.endControlFlow("while (++$L < $L)", w, bound());
  }

  private void forEach(CodeBlock.Builder b, int inner, int depth) {
    String label = maybeLabel(b);
    String v = fresh("weight");
    b.beginControlFlow("for (int $L : WEIGHTS)", v);
    loopBody(b, inner, depth, label, v);
    b.endControlFlow();
  }

  /** An outer labelled loop, an inner loop that jumps to it, statements around both. */
  private void labelledNested(CodeBlock.Builder b, int inner, int depth) {
    String label = fresh("outer");
    String i = fresh("i");
    String j = fresh("j");
    int around = Math.max(1, inner / 3);
    b.add("$L:\n", label);
    b.beginControlFlow("for (int $L = 0; $L < $L; $L++)", i, i, bound(), i);
    Frame outer = push(FrameKind.LOOP, label, i, null);
    Frame outerBody = push(FrameKind.BLOCK, null, null, null);
    statements(b, around, depth + 1);
    b.beginControlFlow("for (int $L = 0; $L < $L; $L++)", j, j, bound(), j);
    Frame innerLoop = push(FrameKind.LOOP, null, j, null);
    Frame innerBody = push(FrameKind.BLOCK, null, null, null);
    statements(b, around, depth + 2);
    b.beginControlFlow("if ($L)", cond());
    for (Var v : ownersAbove(frames.indexOf(outer))) {
      consume(b, v);
    }
    st(b, "$L $L", rnd.nextBoolean() ? "continue" : "break", label);
    b.endControlFlow();
    statements(b, around, depth + 2);
    closeAtEnd(b, innerBody.vars);
    pop(innerBody);
    pop(innerLoop);
    b.endControlFlow();
    statements(b, Math.max(1, inner - 3 * around), depth + 1);
    closeAtEnd(b, outerBody.vars);
    pop(outerBody);
    pop(outer);
    b.endControlFlow();
  }

  private void switchArrow(CodeBlock.Builder b, int inner, int depth) {
    int cases = 2 + rnd.nextInt(2);
    int each = Math.max(1, inner / (cases + 1));
    b.beginControlFlow("switch ($L)", selector());
    Frame sw = push(FrameKind.SWITCH, null, null, null);
    for (int c = 0; c < cases; c++) {
      if (rnd.nextInt(4) == 0) {
        b.addStatement("case $L -> total += $L", c, useExpr());
      } else {
        b.add("case $L -> {\n$>", c);
        body(b, each, depth);
        b.add("$<}\n");
      }
    }
    b.add("default -> {\n$>");
    body(b, each, depth);
    b.add("$<}\n");
    pop(sw);
    b.endControlFlow();
  }

  private void switchColon(CodeBlock.Builder b, int inner, int depth) {
    int cases = 2 + rnd.nextInt(2);
    int each = Math.max(1, inner / (cases + 1));
    b.beginControlFlow("switch ($L)", selector());
    Frame sw = push(FrameKind.SWITCH, null, null, null);
    for (int c = 0; c <= cases; c++) {
      if (c == cases) {
        b.add("default:\n$>");
      } else if (rnd.nextInt(4) == 0) {
        b.add("case $L:\ncase $L:\n$>", 10 + c, c);
      } else {
        b.add("case $L:\n$>", c);
      }
      b.add("{\n$>");
      body(b, each, depth);
      b.add("$<}\n");
      // Fall through sometimes: the invariant holds at the next case too.
      if (c == cases || rnd.nextInt(3) != 0) {
        st(b, "break");
      }
      b.add("$<");
    }
    pop(sw);
    b.endControlFlow();
  }

  private void switchExpression(CodeBlock.Builder b, int inner, int depth) {
    String s = fresh("pick");
    b.add("int $L = switch ($L) {\n$>", s, selector());
    Frame bar = push(FrameKind.BARRIER, null, null, Set.of());
    b.add("case 0 -> $L;\n", useExpr());
    b.add("case 1 -> {\n$>");
    body(b, Math.max(1, inner - 1), depth);
    st(b, "yield total & $L", 1 + rnd.nextInt(31));
    b.add("$<}\n");
    b.add("default -> $L;\n", useExpr());
    pop(bar);
    b.add("$<};\n");
    st(b, "total += $L", s);
  }

  private void tryChecked(CodeBlock.Builder b, int inner, int depth) {
    b.beginControlFlow("try");
    st(b, "total += load($L)", intExpr());
    body(b, Math.max(1, inner * 2 / 3), depth);
    String ex = fresh("ex");
    b.nextControlFlow("catch ($T $L)", IOException.class, ex);
    st(b, "total += $L.getMessage().length()", ex);
    body(b, Math.max(1, inner / 3), depth);
    b.endControlFlow();
  }

  /** Up to two owners in scope, which a handler will read: pinned in the protected body. */
  private Set<Var> choosePins() {
    List<Var> owners = new ArrayList<>();
    for (Var v : visible()) {
      if (v.role == Role.OWNER) {
        owners.add(v);
      }
    }
    Collections.shuffle(owners, rnd);
    return new LinkedHashSet<>(owners.subList(0, Math.min(owners.size(), rnd.nextInt(3))));
  }

  private void tryFinally(CodeBlock.Builder b, int inner, int depth) {
    Set<Var> pins = choosePins();
    b.beginControlFlow("try");
    Frame bar = push(FrameKind.BARRIER, null, null, pins);
    body(b, Math.max(1, inner * 2 / 3), depth);
    pop(bar);
    b.nextControlFlow("finally");
    Frame fin = push(FrameKind.FINALLY, null, null, pins);
    body(b, Math.max(1, inner / 3), depth);
    pop(fin);
    b.endControlFlow();
  }

  private void tryCatchUnchecked(CodeBlock.Builder b, int inner, int depth) {
    boolean withFinally = rnd.nextBoolean();
    Set<Var> finPins = withFinally ? choosePins() : Set.of();
    Set<Var> all = new LinkedHashSet<>(finPins);
    for (Var v : visible()) {
      if (v.role == Role.OWNER) {
        all.add(v);
      }
    }
    b.beginControlFlow("try");
    Frame bar = push(FrameKind.BARRIER, null, null, all);
    body(b, Math.max(1, inner / 2), depth);
    pop(bar);
    String ex = fresh("ex");
    b.nextControlFlow("catch ($T $L)", IllegalStateException.class, ex);
    Frame cbar = withFinally ? push(FrameKind.BARRIER, null, null, finPins) : null;
    st(b, "total += $L.hashCode() & 1", ex);
    body(b, Math.max(1, inner / 4), depth);
    if (cbar != null) {
      pop(cbar);
      b.nextControlFlow("finally");
      Frame fin = push(FrameKind.FINALLY, null, null, finPins);
      body(b, Math.max(1, inner / 4), depth);
      pop(fin);
    }
    b.endControlFlow();
  }

  private void tryWithResources(CodeBlock.Builder b, int inner, int depth) {
    String r1 = freshName(Ty.CHANNEL);
    Frame f;
    if (rnd.nextInt(3) == 0) {
      String r2 = freshName(Ty.CHANNEL);
      b.beginControlFlow("try ($T $L = $T.open($L); $T $L = $T.open($L))", channel, r1, channel,
          intExpr(), channel, r2, channel, intExpr());
      f = push(FrameKind.BLOCK, null, null, null);
      f.vars.add(new Var(r1, Ty.CHANNEL, Role.OWNER, true));
      f.vars.add(new Var(r2, Ty.CHANNEL, Role.OWNER, true));
    } else {
      b.beginControlFlow("try ($T $L = $T.open($L))", channel, r1, channel, intExpr());
      f = push(FrameKind.BLOCK, null, null, null);
      f.vars.add(new Var(r1, Ty.CHANNEL, Role.OWNER, true));
    }
    statements(b, inner, depth + 1);
    closeAtEnd(b, f.vars);
    pop(f);
    b.endControlFlow();
  }

  /** Scaling: shapes nested {@code remaining} deep, a few statements around each level. */
  private void deep(CodeBlock.Builder b, int remaining) {
    if (remaining == 0) {
      statements(b, 3, Integer.MAX_VALUE - 10);
      return;
    }
    statements(b, 1 + rnd.nextInt(2), Integer.MAX_VALUE - 10);
    int kind = rnd.nextInt(9);
    switch (kind) {
      case 0 -> {
        b.beginControlFlow("if ($L)", cond());
        deepBody(b, remaining);
        b.nextControlFlow("else");
        body(b, 2, Integer.MAX_VALUE - 10);
        b.endControlFlow();
      }
      case 1 -> {
        String label = maybeLabel(b);
        String i = fresh("i");
        b.beginControlFlow("for (int $L = 0; $L < $L; $L++)", i, i, bound(), i);
        Frame loop = push(FrameKind.LOOP, label, i, null);
        deepBody(b, remaining);
        pop(loop);
        b.endControlFlow();
      }
      case 2 -> {
        String w = fresh("w");
        st(b, "int $L = 0", w);
        b.beginControlFlow("while ($L++ < $L)", w, bound());
        Frame loop = push(FrameKind.LOOP, null, w, null);
        deepBody(b, remaining);
        pop(loop);
        b.endControlFlow();
      }
      case 3 -> {
        b.beginControlFlow("switch ($L)", selector());
        Frame sw = push(FrameKind.SWITCH, null, null, null);
        b.add("case 0 -> {\n$>");
        body(b, 2, Integer.MAX_VALUE - 10);
        b.add("$<}\n");
        b.add("default -> {\n$>");
        deepBody(b, remaining);
        b.add("$<}\n");
        pop(sw);
        b.endControlFlow();
      }
      case 4 -> {
        Set<Var> pins = choosePins();
        b.beginControlFlow("try");
        Frame bar = push(FrameKind.BARRIER, null, null, pins);
        deepBody(b, remaining);
        pop(bar);
        b.nextControlFlow("finally");
        Frame fin = push(FrameKind.FINALLY, null, null, pins);
        body(b, 2, Integer.MAX_VALUE - 10);
        pop(fin);
        b.endControlFlow();
      }
      case 5 -> {
        b.beginControlFlow("try");
        st(b, "total += load($L)", intExpr());
        deepBody(b, remaining);
        b.nextControlFlow("catch ($T $L)", IOException.class, fresh("ex"));
        body(b, 2, Integer.MAX_VALUE - 10);
        b.endControlFlow();
      }
      case 6 -> {
        String r = freshName(Ty.CHANNEL);
        b.beginControlFlow("try ($T $L = $T.open($L))", channel, r, channel, intExpr());
        Frame f = push(FrameKind.BLOCK, null, null, null);
        f.vars.add(new Var(r, Ty.CHANNEL, Role.OWNER, true));
        deepBody(b, remaining);
        pop(f);
        b.endControlFlow();
      }
      case 7 -> {
        String w = fresh("d");
        st(b, "int $L = 0", w);
        b.beginControlFlow("do");
        Frame loop = push(FrameKind.LOOP, null, w, null);
        deepBody(b, remaining);
        pop(loop);
        b.endControlFlow("while (++$L < $L)", w, bound());
      }
      default -> {
        b.add("{\n$>");
        deepBody(b, remaining);
        b.add("$<}\n");
      }
    }
    statements++;
    statements(b, 1 + rnd.nextInt(2), Integer.MAX_VALUE - 10);
  }

  private void deepBody(CodeBlock.Builder b, int remaining) {
    Frame f = push(FrameKind.BLOCK, null, null, null);
    if (rnd.nextBoolean()) {
      create(b, true);
    }
    deep(b, remaining - 1);
    closeAtEnd(b, f.vars);
    pop(f);
  }

  // ------------------------------------------------------------------ bugs

  /** Emits one template of the bug kind that fits here; false if none does. */
  private boolean emitBug(CodeBlock.Builder b) {
    List<String> variants = new ArrayList<>(variants(bug));
    Collections.shuffle(variants, rnd);
    for (String v : variants) {
      if (bugVariant(b, v)) {
        bugDone = true;
        bugVariant = bug + "/" + v;
        return true;
      }
    }
    return false;
  }

  private static List<String> variants(BugKind kind) {
    return switch (kind) {
      case USE_AFTER_MOVE -> List.of("straight", "branch", "elseBranch", "switchArm", "channel",
          "existing", "ternary", "catch", "breakAfterMove");
      case MOVE_IN_LOOP -> List.of("for", "whileBranch", "doWhileChannel", "forEach",
          "labelled", "existing");
      case DOUBLE_CLOSE -> List.of("twice", "finishThenClose", "drainThenClose", "finally",
          "switchArm");
      case CONFLICTING_BORROW -> List.of("local", "accessor", "mutParam", "branch", "loop",
          "mutAccessor");
      case MUT_WHILE_MUT -> List.of("twoLocals", "mutParam", "mutAccessor", "branch",
          "channelLocal");
      case MOVE_WHILE_BORROWED -> List.of("absorb", "closeAccessor", "existing", "finish",
          "intoLocal");
      case ASSIGN_WHILE_BORROWED -> List.of("local", "existing", "branch", "mutBorrow", "loop");
      case LEAK -> List.of("oneBranch", "earlyReturn", "jump", "overwrite", "never",
          "switchArm", "checkedException");
      case MUT_THROUGH_SHARED -> List.of("refAppend", "refGrow", "peerWrite", "peerFill",
          "accessor", "borrowedLocal", "borrowedChannelLocal", "mutLocalOfShared");
      case MOVE_OUT_OF_BORROW -> List.of("absorbRef", "drainPeer", "closePeer", "finishPeer",
          "storeRef", "borrowedLocal", "accessorResult", "mutParam", "sibling");
    };
  }

  private String freshBuffer(CodeBlock.Builder b) {
    String t = freshName(Ty.BUFFER);
    st(b, "$T $L = new $T($L)", buffer, t, buffer, intExpr());
    return t;
  }

  private String freshChannel(CodeBlock.Builder b) {
    String t = freshName(Ty.CHANNEL);
    st(b, "$T $L = $T.open($L)", channel, t, channel, intExpr());
    return t;
  }

  private boolean bugVariant(CodeBlock.Builder b, String variant) {
    return switch (bug) {
      case USE_AFTER_MOVE -> useAfterMove(b, variant);
      case MOVE_IN_LOOP -> moveInLoop(b, variant);
      case DOUBLE_CLOSE -> doubleClose(b, variant);
      case CONFLICTING_BORROW -> conflictingBorrow(b, variant);
      case MUT_WHILE_MUT -> mutWhileMut(b, variant);
      case MOVE_WHILE_BORROWED -> moveWhileBorrowed(b, variant);
      case ASSIGN_WHILE_BORROWED -> assignWhileBorrowed(b, variant);
      case LEAK -> leak(b, variant);
      case MUT_THROUGH_SHARED -> mutThroughShared(b, variant);
      case MOVE_OUT_OF_BORROW -> moveOutOfBorrow(b, variant);
    };
  }

  private boolean useAfterMove(CodeBlock.Builder b, String variant) {
    switch (variant) {
      case "straight" -> {
        String t = freshBuffer(b);
        st(b, "total += absorb($L)", t);
        bugLine(b, "total += $L.length()", t);
      }
      case "branch" -> {
        String t = freshBuffer(b);
        b.beginControlFlow("if ($L)", cond());
        st(b, "total += absorb($L)", t);
        b.endControlFlow();
        bugLine(b, "total += measure($L)", t);
      }
      case "elseBranch" -> {
        String t = freshBuffer(b);
        b.beginControlFlow("if ($L)", cond());
        st(b, "total += $L.length()", t);
        b.nextControlFlow("else");
        st(b, "total += absorb($L)", t);
        b.endControlFlow();
        bugLine(b, "grow($L, 1)", t);
      }
      case "switchArm" -> {
        String t = freshBuffer(b);
        b.beginControlFlow("switch ($L)", selector());
        b.addStatement("case 0 -> total += absorb($L)", t);
        b.addStatement("default -> total += $L.length()", t);
        b.endControlFlow();
        bugLine(b, "total += $L.checksum()", t);
      }
      case "channel" -> {
        String t = freshChannel(b);
        b.beginControlFlow("if ($L)", cond());
        st(b, "$L.close()", t);
        b.nextControlFlow("else");
        st(b, "$L.write($L)", t, intExpr());
        b.endControlFlow();
        bugLine(b, "total += $L.size()", t);
        st(b, "$L.close()", t);
      }
      case "existing" -> {
        Var x = movable(Ty.BUFFER);
        if (x == null) {
          return false;
        }
        String c = cond();
        b.beginControlFlow("if ($L)", c);
        st(b, "total += absorb($L)", x.name);
        b.endControlFlow();
        bugLine(b, "total += $L.length()", x.name);
      }
      case "ternary" -> {
        String t = freshBuffer(b);
        st(b, "total += $L ? absorb($L) : $L.length()", cond(), t, t);
        bugLine(b, "total += $L.length()", t);
      }
      case "catch" -> {
        String t = freshBuffer(b);
        b.beginControlFlow("try");
        st(b, "total += absorb($L)", t);
        st(b, "total += load($L)", intExpr());
        b.nextControlFlow("catch ($T $L)", IOException.class, fresh("ex"));
        bugLine(b, "total += $L.length()", t);
        b.endControlFlow();
      }
      case "breakAfterMove" -> {
        String t = freshBuffer(b);
        String i = fresh("i");
        b.beginControlFlow("for (int $L = 0; $L < $L; $L++)", i, i, bound(), i);
        b.beginControlFlow("if ($L)", cond());
        st(b, "total += absorb($L)", t);
        st(b, "break");
        b.endControlFlow();
        st(b, "$L.append($L)", t, i);
        b.endControlFlow();
        bugLine(b, "total += measure($L)", t);
      }
      default -> throw new IllegalArgumentException(variant);
    }
    return true;
  }

  private boolean moveInLoop(CodeBlock.Builder b, String variant) {
    switch (variant) {
      case "for" -> {
        String t = freshBuffer(b);
        String i = fresh("i");
        b.beginControlFlow("for (int $L = 0; $L < $L; $L++)", i, i, bound(), i);
        st(b, "total += $L", i);
        bugLine(b, "total += absorb($L)", t);
        b.endControlFlow();
      }
      case "whileBranch" -> {
        String t = freshBuffer(b);
        String w = fresh("w");
        st(b, "int $L = 0", w);
        b.beginControlFlow("while ($L++ < $L)", w, bound());
        b.beginControlFlow("if ($L)", cond());
        bugLine(b, "total += absorb($L)", t);
        b.endControlFlow();
        b.endControlFlow();
      }
      case "doWhileChannel" -> {
        String t = freshChannel(b);
        String w = fresh("d");
        st(b, "int $L = 0", w);
        b.beginControlFlow("do");
        bugLine(b, "$L.write($L)", t, w);
        st(b, "total += drain($L)", t);
        b.endControlFlow("while (++$L < $L)", w, bound());
      }
      case "forEach" -> {
        String t = freshBuffer(b);
        String v = fresh("weight");
        b.beginControlFlow("for (int $L : WEIGHTS)", v);
        st(b, "total += $L", v);
        bugLine(b, "total += absorb($L)", t);
        b.endControlFlow();
      }
      case "labelled" -> {
        String t = freshBuffer(b);
        String label = fresh("outer");
        String i = fresh("i");
        String j = fresh("j");
        b.add("$L:\n", label);
        b.beginControlFlow("for (int $L = 0; $L < $L; $L++)", i, i, bound(), i);
        b.beginControlFlow("for (int $L = 0; $L < $L; $L++)", j, j, bound(), j);
        bugLine(b, "total += absorb($L)", t);
        st(b, "continue $L", label);
        b.endControlFlow();
        b.endControlFlow();
      }
      case "existing" -> {
        Var x = movable(Ty.BUFFER);
        if (x == null) {
          return false;
        }
        String i = fresh("i");
        b.beginControlFlow("for (int $L = 0; $L < $L; $L++)", i, i, bound(), i);
        bugLine(b, "total += absorb($L)", x.name);
        b.endControlFlow();
        st(b, "$L = new $T($L)", x.name, buffer, intExpr());
      }
      default -> throw new IllegalArgumentException(variant);
    }
    return true;
  }

  private boolean doubleClose(CodeBlock.Builder b, String variant) {
    switch (variant) {
      case "twice" -> {
        String t = freshChannel(b);
        st(b, "$L.write($L)", t, intExpr());
        st(b, "$L.close()", t);
        bugLine(b, "$L.close()", t);
      }
      case "finishThenClose" -> {
        String t = freshChannel(b);
        b.beginControlFlow("if ($L)", cond());
        st(b, "total += $L.finish()", t);
        b.endControlFlow();
        bugLine(b, "$L.close()", t);
      }
      case "drainThenClose" -> {
        String t = freshChannel(b);
        st(b, "total += drain($L)", t);
        bugLine(b, "$L.close()", t);
      }
      case "finally" -> {
        String t = freshChannel(b);
        b.beginControlFlow("try");
        st(b, "$L.write($L)", t, intExpr());
        st(b, "$L.close()", t);
        b.nextControlFlow("finally");
        bugLine(b, "$L.close()", t);
        b.endControlFlow();
      }
      case "switchArm" -> {
        String t = freshChannel(b);
        b.beginControlFlow("switch ($L)", selector());
        b.addStatement("case 0 -> $L.close()", t);
        b.addStatement("case 1 -> total += $L.finish()", t);
        b.addStatement("default -> $L.flush()", t);
        b.endControlFlow();
        bugLine(b, "$L.close()", t);
      }
      default -> throw new IllegalArgumentException(variant);
    }
    return true;
  }

  private boolean conflictingBorrow(CodeBlock.Builder b, String variant) {
    String v = fresh("view");
    switch (variant) {
      case "local" -> {
        String t = freshBuffer(b);
        st(b, "@$T $T $L = $L", BORROWED, buffer, v, t);
        bugLine(b, "$L.append($L)", t, intExpr());
        st(b, "total += $L.length()", v);
      }
      case "accessor" -> {
        Var x = mutable(Ty.CHANNEL);
        if (x == null) {
          return false;
        }
        st(b, "@$T $T $L = $L.buffer()", BORROWED, buffer, v, x.name);
        bugLine(b, "$L.write($L)", x.name, intExpr());
        st(b, "total += $L.length()", v);
      }
      case "mutParam" -> {
        Var x = mutable(Ty.BUFFER);
        st(b, "@$T $T $L = $L", BORROWED, buffer, v, x.name);
        bugLine(b, "grow($L, $L)", x.name, intExpr());
        st(b, "total += measure($L)", v);
      }
      case "branch" -> {
        Var x = mutable(Ty.BUFFER);
        st(b, "@$T $T $L = $L", BORROWED, buffer, v, x.name);
        b.beginControlFlow("if ($L)", cond());
        bugLine(b, "$L.clear()", x.name);
        b.endControlFlow();
        st(b, "total += $L.length()", v);
      }
      case "loop" -> {
        Var x = mutable(Ty.CHANNEL);
        if (x == null) {
          return false;
        }
        String i = fresh("i");
        st(b, "@$T $T $L = $L.buffer()", BORROWED, buffer, v, x.name);
        b.beginControlFlow("for (int $L = 0; $L < $L; $L++)", i, i, bound(), i);
        st(b, "total += $L.length()", v);
        bugLine(b, "fill($L, $L)", x.name, i);
        b.endControlFlow();
      }
      case "mutAccessor" -> {
        Var x = mutable(Ty.CHANNEL);
        if (x == null) {
          return false;
        }
        String e = fresh("edit");
        st(b, "@$T $T $L = $L", BORROWED, channel, v, x.name);
        bugLine(b, "@$T $T $L = $L.edit()", MUT, buffer, e, x.name);
        st(b, "$L.append(1)", e);
        st(b, "total += $L.size()", v);
      }
      default -> throw new IllegalArgumentException(variant);
    }
    return true;
  }

  private boolean mutWhileMut(CodeBlock.Builder b, String variant) {
    String a = fresh("edit");
    switch (variant) {
      case "twoLocals" -> {
        Var x = mutable(Ty.BUFFER);
        String c = fresh("edit");
        st(b, "@$T $T $L = $L", MUT, buffer, a, x.name);
        bugLine(b, "@$T $T $L = $L", MUT, buffer, c, x.name);
        st(b, "$L.append(1)", a);
        st(b, "$L.append(2)", c);
      }
      case "mutParam" -> {
        Var x = mutable(Ty.BUFFER);
        st(b, "@$T $T $L = $L", MUT, buffer, a, x.name);
        st(b, "$L.append($L)", a, intExpr());
        bugLine(b, "grow($L, $L)", x.name, intExpr());
        st(b, "$L.append($L)", a, intExpr());
      }
      case "mutAccessor" -> {
        Var x = mutable(Ty.CHANNEL);
        if (x == null) {
          return false;
        }
        st(b, "@$T $T $L = $L.edit()", MUT, buffer, a, x.name);
        bugLine(b, "$L.write($L)", x.name, intExpr());
        st(b, "$L.append($L)", a, intExpr());
      }
      case "branch" -> {
        Var x = mutable(Ty.BUFFER);
        st(b, "@$T $T $L = $L", MUT, buffer, a, x.name);
        b.beginControlFlow("if ($L)", plainCond()); // cond() might read x: E0502
        bugLine(b, "grow($L, 1)", x.name);
        b.endControlFlow();
        st(b, "$L.append(2)", a);
      }
      case "channelLocal" -> {
        Var x = mutable(Ty.CHANNEL);
        if (x == null) {
          return false;
        }
        st(b, "@$T $T $L = $L", MUT, channel, a, x.name);
        bugLine(b, "fill($L, $L)", x.name, intExpr());
        st(b, "$L.flush()", a);
      }
      default -> throw new IllegalArgumentException(variant);
    }
    return true;
  }

  private boolean moveWhileBorrowed(CodeBlock.Builder b, String variant) {
    String v = fresh("view");
    switch (variant) {
      case "absorb" -> {
        String t = freshBuffer(b);
        st(b, "@$T $T $L = $L", BORROWED, buffer, v, t);
        bugLine(b, "total += absorb($L)", t);
        st(b, "total += $L.length()", v);
      }
      case "closeAccessor" -> {
        String t = freshChannel(b);
        st(b, "@$T $T $L = $L.buffer()", BORROWED, buffer, v, t);
        bugLine(b, "$L.close()", t);
        st(b, "total += $L.length()", v);
      }
      case "existing" -> {
        Var x = movable(Ty.BUFFER);
        if (x == null) {
          return false;
        }
        st(b, "@$T $T $L = $L", BORROWED, buffer, v, x.name);
        bugLine(b, "total += absorb($L)", x.name);
        st(b, "total += measure($L)", v);
        st(b, "$L = new $T($L)", x.name, buffer, intExpr());
      }
      case "finish" -> {
        String t = freshChannel(b);
        st(b, "@$T $T $L = $L", BORROWED, channel, v, t);
        bugLine(b, "total += $L.finish()", t);
        st(b, "total += $L.size()", v);
      }
      case "intoLocal" -> {
        String t = freshBuffer(b);
        String m = fresh("moved");
        st(b, "@$T $T $L = $L", BORROWED, buffer, v, t);
        bugLine(b, "$T $L = $L", buffer, m, t);
        st(b, "total += $L.length() + $L.length()", v, m);
      }
      default -> throw new IllegalArgumentException(variant);
    }
    return true;
  }

  private boolean assignWhileBorrowed(CodeBlock.Builder b, String variant) {
    String v = fresh("view");
    switch (variant) {
      case "local" -> {
        String t = freshBuffer(b);
        st(b, "@$T $T $L = $L", BORROWED, buffer, v, t);
        bugLine(b, "$L = new $T($L)", t, buffer, intExpr());
        st(b, "total += $L.length()", v);
      }
      case "existing" -> {
        Var x = movable(Ty.BUFFER);
        if (x == null) {
          return false;
        }
        st(b, "@$T $T $L = $L", BORROWED, buffer, v, x.name);
        bugLine(b, "$L = $T.of($L)", x.name, buffer, intExpr());
        st(b, "total += measure($L)", v);
      }
      case "branch" -> {
        Var x = movable(Ty.BUFFER);
        if (x == null) {
          return false;
        }
        st(b, "@$T $T $L = $L", BORROWED, buffer, v, x.name);
        b.beginControlFlow("if ($L)", cond());
        bugLine(b, "$L = copyOf(ref)", x.name);
        b.endControlFlow();
        st(b, "total += $L.length()", v);
      }
      case "mutBorrow" -> {
        String t = freshBuffer(b);
        st(b, "@$T $T $L = $L", MUT, buffer, v, t);
        bugLine(b, "$L = new $T($L)", t, buffer, intExpr());
        st(b, "$L.append(1)", v);
      }
      case "loop" -> {
        Var x = movable(Ty.BUFFER);
        if (x == null) {
          return false;
        }
        String i = fresh("i");
        st(b, "@$T $T $L = $L", BORROWED, buffer, v, x.name);
        b.beginControlFlow("for (int $L = 0; $L < $L; $L++)", i, i, bound(), i);
        st(b, "total += $L.length()", v);
        bugLine(b, "$L = new $T($L)", x.name, buffer, i);
        b.endControlFlow();
      }
      default -> throw new IllegalArgumentException(variant);
    }
    return true;
  }

  private boolean leak(CodeBlock.Builder b, String variant) {
    String t = freshName(Ty.CHANNEL);
    switch (variant) {
      case "oneBranch" -> {
        bugLine(b, "$T $L = $T.open($L)", channel, t, channel, intExpr());
        st(b, "$L.write($L)", t, intExpr());
        b.beginControlFlow("if ($L)", cond());
        st(b, "$L.close()", t);
        b.endControlFlow();
      }
      case "earlyReturn" -> {
        if (!returnAllowed()) {
          return false;
        }
        bugLine(b, "$T $L = $T.open($L)", channel, t, channel, intExpr());
        st(b, "$L.write($L)", t, intExpr());
        b.beginControlFlow("if ($L)", cond());
        for (Var v : ownersAbove(-1)) {
          consume(b, v);
        }
        st(b, "return total");
        b.endControlFlow();
        st(b, "$L.close()", t);
      }
      case "jump" -> {
        List<Jump> js = jumps();
        if (js.isEmpty()) {
          return false;
        }
        Jump j = js.get(rnd.nextInt(js.size()));
        bugLine(b, "$T $L = $T.open($L)", channel, t, channel, intExpr());
        b.beginControlFlow("if ($L)", cond());
        for (Var v : ownersAbove(j.index())) {
          consume(b, v);
        }
        st(b, j.label() == null ? j.keyword() : j.keyword() + " " + j.label());
        b.endControlFlow();
        st(b, "total += drain($L)", t);
      }
      case "overwrite" -> {
        bugLine(b, "$T $L = $T.open($L)", channel, t, channel, intExpr());
        st(b, "$L.write($L)", t, intExpr());
        st(b, "$L = $T.open($L)", t, channel, intExpr());
        st(b, "$L.close()", t);
      }
      case "never" -> {
        bugLine(b, "$T $L = $T.open($L)", channel, t, channel, intExpr());
        st(b, "total += $L.size() + inspect($L)", t, t);
      }
      case "switchArm" -> {
        bugLine(b, "$T $L = $T.open($L)", channel, t, channel, intExpr());
        b.beginControlFlow("switch ($L)", selector());
        b.addStatement("case 0 -> $L.close()", t);
        b.addStatement("case 1 -> total += drain($L)", t);
        b.addStatement("default -> total += $L.size()", t);
        b.endControlFlow();
      }
      case "checkedException" -> {
        b.beginControlFlow("try");
        bugLine(b, "$T $L = $T.open($L)", channel, t, channel, intExpr());
        st(b, "total += load($L.size())", t);
        st(b, "$L.close()", t);
        b.nextControlFlow("catch ($T $L)", IOException.class, fresh("ex"));
        st(b, "total -= 1");
        b.endControlFlow();
      }
      default -> throw new IllegalArgumentException(variant);
    }
    return true;
  }

  private boolean mutThroughShared(CodeBlock.Builder b, String variant) {
    switch (variant) {
      case "refAppend" -> bugLine(b, "ref.append($L)", intExpr());
      case "refGrow" -> bugLine(b, "grow(ref, $L)", intExpr());
      case "peerWrite" -> bugLine(b, "peer.write($L)", intExpr());
      case "peerFill" -> bugLine(b, "fill(peer, $L)", intExpr());
      case "accessor" -> {
        Var x = any(Ty.CHANNEL);
        bugLine(b, "$L.buffer().append($L)", x.name, intExpr());
      }
      case "borrowedLocal" -> {
        Var x = any(Ty.BUFFER);
        String v = fresh("view");
        st(b, "@$T $T $L = $L", BORROWED, buffer, v, x.name);
        bugLine(b, "$L.clear()", v);
      }
      case "borrowedChannelLocal" -> {
        Var x = any(Ty.CHANNEL);
        String v = fresh("view");
        st(b, "@$T $T $L = $L", BORROWED, channel, v, x.name);
        bugLine(b, "fill($L, $L)", v, intExpr());
      }
      case "mutLocalOfShared" -> {
        String e = fresh("edit");
        bugLine(b, "@$T $T $L = ref", MUT, buffer, e);
        st(b, "$L.append($L)", e, intExpr());
      }
      default -> throw new IllegalArgumentException(variant);
    }
    return true;
  }

  private boolean moveOutOfBorrow(CodeBlock.Builder b, String variant) {
    switch (variant) {
      case "absorbRef" -> bugLine(b, "total += absorb(ref)");
      case "drainPeer" -> bugLine(b, "total += drain(peer)");
      case "closePeer" -> bugLine(b, "peer.close()");
      case "finishPeer" -> bugLine(b, "total += peer.finish()");
      case "storeRef" -> {
        // `Buffer alias = ref;` copies the borrow (SPEC 3.8); moving the alias moves out of it
        String s = fresh("stolen");
        st(b, "$T $L = ref", buffer, s);
        bugLine(b, "total += absorb($L)", s);
      }
      case "borrowedLocal" -> {
        Var x = any(Ty.BUFFER);
        String v = fresh("view");
        st(b, "@$T $T $L = $L", BORROWED, buffer, v, x.name);
        bugLine(b, "total += absorb($L)", v);
      }
      case "accessorResult" -> {
        if (!KNOWN_CHECKER_BUGS) {
          return false; // checker bug 2, see KNOWN_CHECKER_BUGS
        }
        Var x = any(Ty.CHANNEL);
        bugLine(b, "total += absorb($L.buffer())", x.name);
      }
      case "mutParam" -> bugLine(b, "total += absorb(acc)");
      case "sibling" -> {
        if (methodIndex == 0) {
          return false;
        }
        Var other = pick(v -> v.ty == Ty.CHANNEL && !v.name.equals("peer"));
        if (other == null) {
          return false;
        }
        bugLine(b, "total += step$L($L, peer, $L, ref, $L)", rnd.nextInt(methodIndex),
            intExpr(), other.name, param("acc").name);
      }
      default -> throw new IllegalArgumentException(variant);
    }
    return true;
  }
}
