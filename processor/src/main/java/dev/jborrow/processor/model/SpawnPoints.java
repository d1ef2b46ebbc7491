package dev.jborrow.processor.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The calls that run a closure on another thread: the one table of them. A call is a spawn
 * point when its method is named here and is declared in the named type or a subtype
 * ({@code ThreadPoolExecutor.submit} matches {@code ExecutorService#submit}). Users add their
 * own with {@code -Ajborrow.spawnPoints=fully.qualified.Type#method,...}.
 */
public final class SpawnPoints {

  /** Spawn points of the JDK; {@code *Async} stands for every method ending in Async. */
  static final List<String> JDK = List.of(
      "java.lang.Thread#<init>",
      "java.lang.Thread#startVirtualThread",
      "java.lang.Thread.Builder#start",
      "java.lang.Thread.Builder#unstarted",
      "java.util.concurrent.Executor#execute",
      "java.util.concurrent.ExecutorService#submit",
      "java.util.concurrent.ExecutorService#invokeAll",
      "java.util.concurrent.ExecutorService#invokeAny",
      "java.util.concurrent.CompletableFuture#*Async",
      "java.util.concurrent.ForkJoinPool#submit",
      "java.util.concurrent.ForkJoinPool#execute",
      "java.util.concurrent.ForkJoinPool#invoke",
      "java.util.concurrent.ScheduledExecutorService#schedule");

  private record Entry(TypeMirror type, String method) {}

  private final Types types;
  private final Elements elements;
  private final List<String> problems = new ArrayList<>();
  private final List<Entry> user = new ArrayList<>();
  private final Map<ExecutableElement, Boolean> answers = new HashMap<>();
  /** The methods named in the table, and the endings of `*` entries, for a quick no. */
  private final Set<String> names = new HashSet<>();
  private final List<String> suffixes = new ArrayList<>();
  /** The JDK's entries, looked up when a body first asks: most builds never do. */
  private List<Entry> jdk;

  /**
   * @param extra {@code Type#method} entries from the user; a type that is not on the class
   *     path is a {@link #problems() problem}
   */
  public SpawnPoints(Types types, Elements elements, List<String> extra) {
    this.types = types;
    this.elements = elements;
    for (String s : JDK) {
      addName(s);
    }
    for (String s : extra) {
      addName(s);
      Entry e = entry(null, s);
      if (e == null) {
        problems.add("no type `" + s.substring(0, s.indexOf('#'))
            + "` on the class path");
      } else {
        user.add(e);
      }
    }
  }

  private void addName(String entry) {
    String method = entry.substring(entry.indexOf('#') + 1);
    if (method.startsWith("*")) {
      suffixes.add(method.substring(1));
    } else {
      names.add(method);
    }
  }

  /** What was wrong with the user's entries, one line each. */
  public List<String> problems() {
    return problems;
  }

  /** The entry {@code Type#method}, its type looked up in {@code module}, or anywhere if null. */
  private Entry entry(ModuleElement module, String s) {
    int hash = s.indexOf('#');
    String type = s.substring(0, hash);
    TypeElement t = module == null ? elements.getTypeElement(type) : jdkType(module, type);
    return t == null ? null : new Entry(types.erasure(t.asType()), s.substring(hash + 1));
  }

  /**
   * A JDK type by its canonical name; a nested one through the class around it: javac finds a
   * nested type by name only by attributing the name as an expression, at some cost, and more
   * where it is absent (Thread.Builder before JDK 21).
   */
  private TypeElement jdkType(ModuleElement module, String name) {
    String[] parts = name.split("\\.");
    int top = 0;
    while (top < parts.length && Character.isLowerCase(parts[top].charAt(0))) {
      top++; // the package
    }
    TypeElement t = top < parts.length
        ? elements.getTypeElement(module, String.join(".", List.of(parts).subList(0, top + 1)))
        : null;
    for (int i = top + 1; i < parts.length && t != null; i++) {
      String member = parts[i];
      t = ElementFilter.typesIn(t.getEnclosedElements()).stream()
          .filter(n -> n.getSimpleName().contentEquals(member)).findFirst().orElse(null);
    }
    return t;
  }

  private List<Entry> entries() {
    if (jdk == null) {
      jdk = new ArrayList<>();
      // Every JDK entry is in java.base: looked up there, a type it lacks (Thread.Builder
      // before JDK 21) is not searched for in every module of the system, at some cost.
      ModuleElement base = elements.getModuleElement("java.base"); // null without modules
      for (String s : JDK) {
        Entry e = entry(base, s); // Thread.Builder is JDK 21+
        if (e != null) {
          jdk.add(e);
        }
      }
      jdk.addAll(user);
    }
    return jdk;
  }

  /** Whether calling {@code m} runs its closure arguments on another thread. */
  public boolean isSpawnPoint(ExecutableElement m) {
    if (m == null || !(m.getEnclosingElement() instanceof TypeElement owner)) {
      return false;
    }
    // Asked of every call in every checked body; the answer needs the method's name as text.
    return answers.computeIfAbsent(m, k -> lookUp(k, owner));
  }

  private boolean lookUp(ExecutableElement m, TypeElement owner) {
    String name = m.getKind() == ElementKind.CONSTRUCTOR ? "<init>"
        : m.getSimpleName().toString();
    if (!names.contains(name) && suffixes.stream().noneMatch(name::endsWith)) {
      return false; // most calls: no type needs to be looked up for them
    }
    TypeMirror declaring = types.erasure(owner.asType());
    for (Entry e : entries()) {
      boolean nameMatches = e.method().startsWith("*")
          ? name.endsWith(e.method().substring(1)) : e.method().equals(name);
      if (nameMatches && types.isSubtype(declaring, e.type())) {
        return true;
      }
    }
    return false;
  }
}
