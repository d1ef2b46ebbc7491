package dev.jborrow.processor.bench;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.sun.source.util.JavacTask;
import dev.jborrow.Borrowed;
import dev.jborrow.Mut;
import dev.jborrow.Owned;
import dev.jborrow.processor.JBorrowProcessor;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * How jborrow's cost grows with the size of one method. Not a test: a program.
 *
 * <p>Run it from the repository root (after {@code mvn -q install -DskipTests -pl annotations}):
 *
 * <pre>
 * mvn -q -o -pl processor test-compile exec:java \
 *     -Dexec.mainClass=dev.jborrow.processor.bench.MethodSizeBenchmark \
 *     -Dexec.classpathScope=test -Dexec.args="1000 5000 10000"
 * </pre>
 *
 * (exec-maven-plugin is declared in the parent's pluginManagement; if {@code -o} fails because
 * the plugin is not in the local repository yet, run the command once without {@code -o}.)
 *
 * <p>Arguments: method sizes in statements (default {@code 5000}), and optionally
 * {@code --warmup=N} (default 2) and {@code --runs=N} (default 5) rounds per size, and
 * {@code --inject-error} (adds one use after move, to see the run fail). For each
 * size it generates, with JavaPoet, a class with one method of exactly that many statements:
 * nested loops ({@code for}, {@code while}), {@code if}/{@code else} and {@code switch},
 * over several owners of an {@code @Owned final class Res implements AutoCloseable} that are
 * used through {@code @Mut} and plain methods, borrowed by {@code @Borrowed}/{@code @Mut}
 * locals and parameters, moved to {@code @Owned} parameters and re-initialised, swapped, and
 * closed (also by try-with-resources). The code is correct by construction: jborrow must
 * report nothing, and the program exits with status 1 if it reports anything.
 *
 * <p>Each round compiles the source in-process twice, interleaved: once with {@code
 * -proc:none}, once with a fresh {@link JBorrowProcessor} set on the task. Both stop after
 * {@link JavacTask#analyze()} (parse, enter, attribute, flow; jborrow runs at the end of it),
 * so the table compares the front end alone: bytecode generation is left out because a
 * method of more than a few thousand statements exceeds the JVM's 64 KB limit on a method's
 * code. A full build spends more time in javac, so the ratio printed here is an upper bound.
 */
public final class MethodSizeBenchmark {

  private static final Pattern JBORROW_CODE = Pattern.compile("\\[[EJ]\\d{4}\\]");
  private static final String PACKAGE = "bench";
  private static final String CLASS = "Generated";
  private static final int OWNERS = 4;

  private MethodSizeBenchmark() {}

  public static void main(String[] args) {
    List<Integer> sizes = new ArrayList<>();
    int warmup = 2;
    int runs = 5;
    boolean injectError = false;
    for (String a : args) {
      if (a.startsWith("--warmup=")) {
        warmup = Integer.parseInt(a.substring("--warmup=".length()));
      } else if (a.equals("--inject-error")) {
        injectError = true;
      } else if (a.startsWith("--runs=")) {
        runs = Integer.parseInt(a.substring("--runs=".length()));
      } else {
        for (String s : a.trim().split("[\\s,]+")) {
          if (!s.isEmpty()) {
            sizes.add(Integer.parseInt(s));
          }
        }
      }
    }
    if (sizes.isEmpty()) {
      sizes.add(5000);
    }
    System.out.printf("jborrow method-size benchmark: %s, %d warmup + %d measured rounds,"
        + " javac front end (analyze), %s%n", sizes, warmup, runs,
        Runtime.version());
    File annotations = annotationsJar();
    List<String> rows = new ArrayList<>();
    int totalDiagnostics = 0;
    for (int n : sizes) {
      Generated g = generate(n, injectError);
      long[] plain = new long[runs];
      long[] checked = new long[runs];
      int diagnostics = 0;
      for (int round = 0; round < warmup + runs; round++) {
        // Interleaved, and the order alternates, so that drift hits both columns alike.
        boolean plainFirst = round % 2 == 0;
        Result first = compile(g.source(), annotations, !plainFirst);
        Result second = compile(g.source(), annotations, plainFirst);
        Result withoutJborrow = plainFirst ? first : second;
        Result withJborrow = plainFirst ? second : first;
        if (round >= warmup) {
          plain[round - warmup] = withoutJborrow.nanos();
          checked[round - warmup] = withJborrow.nanos();
        }
        if (round == 0) {
          diagnostics = withJborrow.jborrowDiagnostics().size();
          withJborrow.jborrowDiagnostics().stream().limit(10)
              .forEach(d -> System.out.println("  n=" + n + " jborrow: " + d));
        }
      }
      totalDiagnostics += diagnostics;
      double mp = median(plain) / 1e6;
      double mc = median(checked) / 1e6;
      rows.add(String.format(Locale.ROOT,
          "| %10d | %8d | %17.0f | %25.0f | %8.0f | %5.2f | %11d |",
          g.statements(), g.blocks(), mp, mc, mc - mp, mc / mp, diagnostics));
      System.out.printf(Locale.ROOT, "  n=%d done: %.0f ms vs %.0f ms%n", n, mp, mc);
    }
    System.out.println();
    System.out.println("| statements | compound | javac ms (median) | javac+jborrow ms (median) |"
        + " added ms | ratio | diagnostics |");
    System.out.println("|-----------:|---------:|------------------:|--------------------------:|"
        + "---------:|------:|------------:|");
    rows.forEach(System.out::println);
    System.out.println();
    System.out.println("jborrow diagnostics: " + totalDiagnostics);
    if (totalDiagnostics != 0) {
      System.out.println(injectError
          ? "FAIL, as asked by --inject-error"
          : "FAIL: the generated code is correct by construction;"
              + " every jborrow diagnostic above is a false positive");
      System.exit(1);
    }
  }

  // ---------------------------------------------------------------- compiling

  private record Result(long nanos, List<String> jborrowDiagnostics) {}

  private static Result compile(String source, File annotations, boolean withJborrow) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject file = new SimpleJavaFileObject(
        URI.create("string:///" + PACKAGE + "/" + CLASS + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    List<String> options = new ArrayList<>(List.of(
        "-classpath", annotations.getPath(), "-Xlint:-options", "-Xmaxerrs", "10000"));
    if (!withJborrow) {
      options.add("-proc:none");
    }
    System.gc();
    StringWriter out = new StringWriter();
    long start = System.nanoTime();
    JavacTask task = (JavacTask) javac.getTask(out, null, diagnostics, options, null,
        List.of(file));
    if (withJborrow) {
      task.setProcessors(List.of(new JBorrowProcessor()));
    }
    try {
      task.analyze();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long nanos = System.nanoTime() - start;
    List<String> jborrow = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String msg = d.getMessage(Locale.ROOT);
      if (JBORROW_CODE.matcher(msg).find()) {
        jborrow.add("line " + d.getLineNumber() + ": " + msg.replace('\n', ' '));
      } else if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add("line " + d.getLineNumber() + ": " + msg);
      }
    }
    if (!errors.isEmpty()) {
      System.err.println("the generated source does not compile:");
      errors.stream().limit(20).forEach(System.err::println);
      System.exit(2);
    }
    return new Result(nanos, jborrow);
  }

  private static File annotationsJar() {
    try {
      return new File(Owned.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double median(long[] values) {
    long[] v = values.clone();
    Arrays.sort(v);
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2.0;
  }

  // ---------------------------------------------------------------- generating

  /**
   * @param statements how many statements the method has, counting each compound statement
   *     once and each statement inside it once more
   * @param blocks how many compound statements (loops, ifs, switches, blocks, try) it has
   */
  record Generated(String source, int statements, int blocks) {}

  private static final ClassName RES = ClassName.get(PACKAGE, CLASS, "Res");
  private static final ClassName OWNED = ClassName.get(Owned.class);
  private static final ClassName BORROWED = ClassName.get(Borrowed.class);
  private static final ClassName MUT = ClassName.get(Mut.class);

  /** A class whose method {@code run} has exactly {@code n} statements. */
  static Generated generate(int n, boolean injectError) {
    TypeSpec res = TypeSpec.classBuilder("Res")
        .addAnnotation(OWNED)
        .addModifiers(Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(AutoCloseable.class)
        .addField(TypeName.INT, "value", Modifier.PRIVATE)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(TypeName.INT, "seed")
            .addStatement("value = seed")
            .build())
        .addMethod(MethodSpec.methodBuilder("open")
            .addModifiers(Modifier.STATIC)
            .returns(RES)
            .addParameter(TypeName.INT, "seed")
            .addStatement("return new $T(seed)", RES)
            .build())
        .addMethod(MethodSpec.methodBuilder("touch")
            .addAnnotation(MUT)
            .addParameter(TypeName.INT, "delta")
            .addStatement("value += delta")
            .build())
        .addMethod(MethodSpec.methodBuilder("size")
            .returns(TypeName.INT)
            .addStatement("return value")
            .build())
        .addMethod(MethodSpec.methodBuilder("close")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .build())
        .build();

    Generator gen = new Generator(new Random(42));
    CodeBlock.Builder body = CodeBlock.builder();
    int fixed = 2 + 2 * OWNERS; // total, the owners, their closes, return
    if (n < fixed + 1) {
      throw new IllegalArgumentException("at least " + (fixed + 1) + " statements");
    }
    body.addStatement("int total = seed");
    for (int i = 0; i < OWNERS; i++) {
      body.addStatement("$T r$L = $T.open($L)", RES, i, RES, i);
    }
    gen.statements(body, n - fixed, 0);
    if (injectError) {
      // A use after move, to see that jborrow does run and is counted (E0382).
      body.addStatement("total += consume(r0) + r0.size()");
    }
    for (int i = 0; i < OWNERS; i++) {
      body.addStatement("r$L.close()", i);
    }
    body.addStatement("return total");

    TypeSpec type = TypeSpec.classBuilder(CLASS)
        .addModifiers(Modifier.FINAL)
        .addType(res)
        .addMethod(MethodSpec.methodBuilder("size")
            .addModifiers(Modifier.STATIC)
            .returns(TypeName.INT)
            .addParameter(ParameterSpec.builder(RES, "r").addAnnotation(BORROWED).build())
            .addStatement("return r.size()")
            .build())
        .addMethod(MethodSpec.methodBuilder("bump")
            .addModifiers(Modifier.STATIC)
            .addParameter(ParameterSpec.builder(RES, "r").addAnnotation(MUT).build())
            .addStatement("r.touch(1)")
            .build())
        .addMethod(MethodSpec.methodBuilder("consume")
            .addModifiers(Modifier.STATIC)
            .returns(TypeName.INT)
            .addParameter(ParameterSpec.builder(RES, "r").addAnnotation(OWNED).build())
            .addStatement("int s = r.size()")
            .addStatement("r.close()")
            .addStatement("return s")
            .build())
        .addMethod(MethodSpec.methodBuilder("run")
            .addModifiers(Modifier.STATIC)
            .returns(TypeName.INT)
            .addParameter(TypeName.INT, "seed")
            .addCode(body.build())
            .build())
        .build();
    String source = JavaFile.builder(PACKAGE, type).build().toString();
    return new Generated(source, n, gen.compound);
  }

  /** Emits statements of a given total count; every owner holds a value between them. */
  private static final class Generator {
    private final Random random;
    private int names;
    private int compound;

    Generator(Random random) {
      this.random = random;
    }

    private String fresh(String prefix) {
      return prefix + (names++);
    }

    private int owner() {
      return random.nextInt(OWNERS);
    }

    /** Exactly {@code count} statements, nesting at most 4 deep. */
    void statements(CodeBlock.Builder b, int count, int depth) {
      while (count > 0) {
        count -= statement(b, count, depth);
      }
    }

    /** One statement of at most {@code budget} statements; returns how many it took. */
    private int statement(CodeBlock.Builder b, int budget, int depth) {
      int choice = random.nextInt(depth < 4 && budget >= 4 ? 16 : 10);
      int r = owner();
      switch (choice) {
        case 0 -> b.addStatement("r$L.touch($L)", r, random.nextInt(9) + 1);
        case 1 -> b.addStatement("total += r$L.size()", r);
        case 2 -> b.addStatement("total += size(r$L)", r);
        case 3 -> b.addStatement("bump(r$L)", r);
        case 4 -> {
          if (budget < 2) {
            b.addStatement("total ^= r$L.size()", r);
            return 1;
          }
          // Move to an @Owned parameter, then re-initialise.
          b.addStatement("total += consume(r$L)", r);
          b.addStatement("r$L = $T.open(total & 7)", r, RES);
          return 2;
        }
        case 5 -> {
          if (budget < 2) {
            b.addStatement("total -= size(r$L)", r);
            return 1;
          }
          b.addStatement("r$L.close()", r);
          b.addStatement("r$L = $T.open($L)", r, RES, random.nextInt(100));
          return 2;
        }
        case 6 -> {
          if (budget < 3) {
            b.addStatement("r$L.touch(total & 3)", r);
            return 1;
          }
          // A shared borrow held by a local, used, and dead at the end of the block.
          String v = fresh("view");
          b.add("{\n$>");
          b.addStatement("@$T $T $L = r$L", BORROWED, RES, v, r);
          b.addStatement("total += $L.size() + size($L)", v, v);
          b.add("$<}\n");
          compound++;
          return 3;
        }
        case 7 -> {
          if (budget < 3) {
            b.addStatement("total += r$L.size() * 3", r);
            return 1;
          }
          // A mutable borrow held by a local.
          String m = fresh("edit");
          b.add("{\n$>");
          b.addStatement("@$T $T $L = r$L", MUT, RES, m, r);
          b.addStatement("$L.touch(total & 15)", m);
          b.endControlFlow();
          compound++;
          return 3;
        }
        case 8 -> {
          if (budget < 4) {
            b.addStatement("bump(r$L)", r);
            return 1;
          }
          // Swap two owners through a temporary: three moves, two re-initialisations.
          int s = (r + 1 + random.nextInt(OWNERS - 1)) % OWNERS;
          String t = fresh("tmp");
          b.add("{\n$>");
          b.addStatement("$T $L = r$L", RES, t, r);
          b.addStatement("r$L = r$L", r, s);
          b.addStatement("r$L = $L", s, t);
          b.endControlFlow();
          compound++;
          return 4;
        }
        case 9 -> {
          if (budget < 3) {
            b.addStatement("total += $L", random.nextInt(50));
            return 1;
          }
          // A short-lived resource closed by try-with-resources.
          String t = fresh("scoped");
          b.beginControlFlow("try ($T $L = $T.open(total))", RES, t, RES);
          b.addStatement("$L.touch(2)", t);
          b.addStatement("total += $L.size() + r$L.size()", t, r);
          b.endControlFlow();
          compound++;
          return 3;
        }
        case 10, 11 -> {
          // if/else: the header, then the two branches.
          int inner = Math.min(budget - 1, 2 + random.nextInt(30));
          int then = 1 + random.nextInt(inner - 1);
          b.beginControlFlow("if ((total & $L) == 0)", 1 << random.nextInt(4));
          statements(b, then, depth + 1);
          b.nextControlFlow("else");
          statements(b, inner - then, depth + 1);
          b.endControlFlow();
          compound++;
          return 1 + inner;
        }
        case 12, 13 -> {
          int inner = Math.min(budget - 1, 1 + random.nextInt(40));
          String i = fresh("i");
          b.beginControlFlow("for (int $L = 0; $L < $L; $L++)", i, i, 2 + random.nextInt(3), i);
          statements(b, inner, depth + 1);
          b.endControlFlow();
          compound++;
          return 1 + inner;
        }
        case 14 -> {
          // A while loop with its counter: the declaration, the loop, the increment inside.
          int inner = Math.min(budget - 3, 1 + random.nextInt(30));
          String w = fresh("w");
          b.addStatement("int $L = 0", w);
          b.beginControlFlow("while ($L < total % 5)", w);
          statements(b, inner, depth + 1);
          b.addStatement("$L++", w);
          b.endControlFlow();
          compound++;
          return 3 + inner;
        }
        default -> {
          // An arrow switch with three rules, each a block.
          int inner = Math.min(budget - 1, 3 + random.nextInt(30));
          int first = 1 + random.nextInt(inner - 2);
          int second = 1 + random.nextInt(inner - first - 1);
          b.beginControlFlow("switch (total & 3)");
          b.add("case 0 -> {\n$>");
          statements(b, first, depth + 1);
          b.add("$<}\n");
          b.add("case 1 -> {\n$>");
          statements(b, second, depth + 1);
          b.add("$<}\n");
          b.add("default -> {\n$>");
          statements(b, inner - first - second, depth + 1);
          b.add("$<}\n");
          b.endControlFlow();
          compound++;
          return 1 + inner;
        }
      }
      return 1;
    }
  }
}
