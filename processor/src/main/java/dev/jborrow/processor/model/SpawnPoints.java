package dev.jborrow.processor.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
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

  /** A spawn point: a method of a type, by their names. */
  private record Entry(String type, String method) {
    static Entry of(String s) {
      int hash = s.indexOf('#');
      return new Entry(s.substring(0, hash), s.substring(hash + 1));
    }
  }

  private final List<String> problems = new ArrayList<>();
  private final List<Entry> entries = new ArrayList<>();
  /** The table's types are found among a method's class's supertypes, never looked up. */
  private final SupertypeNames supertypes;
  private final Map<ExecutableElement, Boolean> answers = new IdentityHashMap<>();
  /** The methods named in the table, and the endings of `*` entries, for a quick no. */
  private final Set<String> names = new HashSet<>();
  private final List<String> suffixes = new ArrayList<>();

  /**
   * @param extra {@code Type#method} entries from the user; a type that is not on the class
   *     path is a {@link #problems() problem}
   */
  public SpawnPoints(Types types, Elements elements, List<String> extra) {
    this.supertypes = new SupertypeNames();
    for (String s : JDK) {
      addName(s);
      entries.add(Entry.of(s)); // a type this JDK lacks (Thread.Builder before 21) matches none
    }
    for (String s : extra) {
      addName(s);
      Entry e = Entry.of(s);
      if (elements.getTypeElement(e.type()) == null) {
        problems.add("no type `" + e.type() + "` on the class path");
      } else {
        entries.add(e);
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
      return false; // most calls: no supertype needs to be named for them
    }
    for (Entry e : entries) {
      boolean nameMatches = e.method().startsWith("*")
          ? name.endsWith(e.method().substring(1)) : e.method().equals(name);
      if (nameMatches && supertypes.isSubclass(owner, e.type())) {
        return true;
      }
    }
    return false;
  }
}
