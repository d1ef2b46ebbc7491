package dev.jborrow.processor.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Ownership annotations for code the user cannot annotate (the JDK, third-party jars), read
 * from model files in the manner of the Checker Framework's stub files. A modelled method
 * behaves exactly as if it carried the annotations; a modelled method matches every override
 * of it in subtypes.
 *
 * <pre>
 * # a comment
 * type java.util.List                      # the methods below belong to this type
 *   &#64;Mut add(&#64;Owned _)                   # `_` is any parameter type
 *   &#64;Borrowed get(int)                     # the result borrows the receiver
 *   &#64;Mut &#64;Owned remove(int)                # the result is owned by the caller
 *   &#64;PassThrough requireNonNull(..)          # the result is the first argument itself
 *   &#64;Carries(this) findFirst()               # the result holds what the receiver holds
 *   &#64;Carries(0) unmodifiableList(_)          # ... what argument 0 holds (SPEC 3.8)
 *   &lt;init&gt;(&#64;Owned InputStream)              # a constructor
 *   &#64;Mut append(..)                        # `..`: every overload
 *   ? &#64;Borrowed getFirst()                 # `?`: skipped where the method does not exist
 *   &#64;Discharges shutdown()                 # meets the owner's obligation, keeps the value
 *   &#64;Obliges lock()                        # obliges the caller to call a @Discharges method
 *   &#64;MustBeClosed lines(..)                # the result is a resource, whatever its type
 * resource-free java.io.StringWriter       # a closeable that holds no resource (no J0001)
 * owned io.netty.buffer.ByteBuf            # tracked, with every subtype, as if {@code @Owned}
 * </pre>
 *
 * <p>A type with a {@code @Consumes} method line (its disposal method: {@code release()},
 * {@code shutdown()}) must be disposed by its owners (J0001) though it is not closeable. Besides
 * file paths, the models list takes the names of the models shipped in the jar
 * ({@link #BUILT_IN}).
 */
public final class LibraryModels {

  /**
   * The annotations, and those only models use: {@code @PassThrough} (see {@link
   * Contract.Result#ARGUMENT}) and {@code @Carries} (see {@link Entry#carries}).
   */
  private static final List<String> METHOD_ANNOTATIONS = List.of("@Mut", "@Consumes",
      "@Owned", "@Borrowed", "@PassThrough", "@Carries", "@Discharges", "@Obliges",
      "@MustBeClosed");
  private static final List<String> PARAM_ANNOTATIONS = List.of("@Owned", "@Mut", "@Borrowed");

  /**
   * One modelled method. {@code params} is null for {@code ..} (any parameters); {@code
   * checked} when its type and method were found at load time.
   *
   * @param carries for {@code @Carries(..)}, the inputs whose loans the result carries
   *     ({@link Contract#THIS} for the receiver, else a parameter's index); else empty
   */
  record Entry(String typeName, String name, List<Param> params, List<String> annotations,
      List<Integer> carries, boolean checked) {}

  /** A parameter pattern: its annotation (or null) and its type name ({@code _} for any). */
  record Param(String annotation, String type) {}

  /** A problem in a model file: where, and what. */
  public record Problem(String file, int line, String message) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + message;
    }
  }

  private final Types types;
  private final Elements elements;
  /**
   * The entries by method name, the model loaded last first: a user's model (or the resources
   * model) restates a line of an earlier one to change it. Within one model, the first line
   * that matches wins.
   */
  private final Map<String, List<Entry>> byName = new HashMap<>();
  /** The entries of the model being read, put before the earlier ones when it is complete. */
  private Map<String, List<Entry>> loading = new HashMap<>();
  private Map<Name, List<Entry>> byJavacName;
  private final List<String> resourceFree = new ArrayList<>();
  /** The types declared {@code owned}, by qualified name: tracked with their subtypes. */
  private final java.util.Set<String> owned = new java.util.HashSet<>();
  /** The types that have a {@code @Consumes} method line: their owners must dispose of them. */
  private final java.util.Set<String> disposable = new java.util.HashSet<>();
  /**
   * The types with a {@code @Discharges} line: their owners must call it (or dispose of them),
   * unless the type also has an {@code @Obliges} line, whose calls alone create the obligation.
   */
  private final java.util.Set<String> dischargeable = new java.util.HashSet<>();
  private final java.util.Set<String> obliging = new java.util.HashSet<>();
  /** Per type, the names of its {@code @Consumes} and {@code @Discharges} methods, for help. */
  private final Map<String, List<String>> disposalNames = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private final Map<TypeElement, List<? extends Element>> members =
      new IdentityHashMap<>();
  /** Entries resolved on first use: their erased type, or empty where they do not apply. */
  private final Map<Entry, Optional<TypeMirror>> resolved = new IdentityHashMap<>();
  private final Map<String, Optional<TypeMirror>> typesByName = new HashMap<>();
  /** The model's types are found among a class's supertypes, never looked up for it. */
  private final SupertypeNames supertypes;

  public LibraryModels(Types types, Elements elements) {
    this.types = types;
    this.elements = elements;
    this.supertypes = new SupertypeNames();
  }

  /** Models that hold the JDK's, read now, on this thread. */
  public static LibraryModels withJdk(Types types, Elements elements) {
    LibraryModels models = new LibraryModels(types, elements);
    models.loadJdk(false);
    return models;
  }

  /**
   * The models shipped in the processor jar. Their types and methods are looked up when a call
   * first needs them, not here: most compilations touch few of them, and looking up every JDK
   * type the model names would cost every build. A line that names what this JDK lacks does
   * not apply; {@code strict} reports it instead (the tests do, on each JDK).
   */
  public void loadJdk(boolean strict) {
    String resource = "/dev/jborrow/processor/models/jdk.model";
    try (InputStream in = LibraryModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        problems.add(new Problem(resource, 0, "the JDK model is missing from the jar"));
        return;
      }
      load(new InputStreamReader(in, StandardCharsets.UTF_8), "jdk.model", strict);
    } catch (IOException e) {
      problems.add(new Problem(resource, 0, "cannot read: " + e.getMessage()));
    }
  }

  /**
   * The models shipped in the jar that a user enables by name in {@code -Ajborrow.models},
   * beside file paths: the name, and the resource that holds it.
   */
  public static final Map<String, String> BUILT_IN = Map.of(
      "jdk-resources", "jdk-resources.model");

  /** One entry of {@code -Ajborrow.models}: a built-in model's name, or a file's path. */
  public void load(String nameOrPath) {
    if (BUILT_IN.containsKey(nameOrPath)) {
      loadBuiltIn(nameOrPath, false);
    } else {
      loadFile(nameOrPath);
    }
  }

  /**
   * A model shipped in the jar, looked up lazily as {@link #loadJdk} is, so that one model
   * serves every JDK from 17 on; {@code strict} reports what this JDK lacks (the tests do).
   */
  public void loadBuiltIn(String name, boolean strict) {
    String resource = "/dev/jborrow/processor/models/" + BUILT_IN.get(name);
    try (InputStream in = LibraryModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        problems.add(new Problem(resource, 0, "the model `" + name + "` is missing from the jar"));
        return;
      }
      load(new InputStreamReader(in, StandardCharsets.UTF_8), BUILT_IN.get(name), strict);
    } catch (IOException e) {
      problems.add(new Problem(resource, 0, "cannot read: " + e.getMessage()));
    }
  }

  /** A user's model file, from {@code -Ajborrow.models}: checked line by line as it is read. */
  public void loadFile(String path) {
    Path p = Path.of(path);
    if (!Files.isReadable(p)) {
      problems.add(new Problem(path, 0, "cannot read the model file (the models shipped in "
          + "the jar are " + String.join(", ", new java.util.TreeSet<>(BUILT_IN.keySet())) + ")"));
      return;
    }
    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      load(r, path, true);
    } catch (IOException e) {
      problems.add(new Problem(path, 0, "cannot read the model file: " + e.getMessage()));
    }
  }

  public List<Problem> problems() {
    return problems;
  }

  /** Reads a model; {@code check} looks up each type and method now and reports what is not there. */
  private void load(Reader reader, String file, boolean check) throws IOException {
    loading = new HashMap<>();
    try {
      read(reader, file, check);
    } finally {
      loading.forEach((name, entries) -> byName.merge(name, entries, (earlier, later) -> {
        List<Entry> all = new ArrayList<>(later);
        all.addAll(earlier);
        return all;
      }));
      loading = new HashMap<>();
    }
  }

  private void read(Reader reader, String file, boolean check) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    String type = null;
    boolean typeKnown = false;
    int lineNo = 0;
    for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
      lineNo++;
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("type ") || line.startsWith("resource-free ")
          || line.startsWith("owned ")) {
        String kind = line.substring(0, line.indexOf(' '));
        String name = line.substring(line.indexOf(' ') + 1).strip();
        if (check && type(name).isEmpty()) {
          problems.add(new Problem(file, lineNo, "no type `" + name + "` on the class path"));
          type = name; // its method lines are skipped, not reported as strays
          typeKnown = false;
          continue;
        }
        if (kind.equals("resource-free")) {
          resourceFree.add(name);
        } else if (kind.equals("owned")) {
          owned.add(name);
          // Its method lines may follow, as after `type`.
          type = name;
          typeKnown = true;
        } else {
          type = name;
          typeKnown = true;
        }
        continue;
      }
      if (!Character.isWhitespace(raw.charAt(0)) && !raw.startsWith("?")) {
        problems.add(new Problem(file, lineNo, "expected `type NAME`, `owned NAME`, "
            + "`resource-free NAME`, or an indented method line, found `" + line + "`"));
        continue;
      }
      if (type == null) {
        problems.add(new Problem(file, lineNo, "a method line before any `type` line"));
        continue;
      }
      if (typeKnown) {
        method(type, line, file, lineNo, check);
      }
    }
  }

  private void method(String type, String line, String file, int lineNo, boolean check) {
    MethodLine m = MethodLine.parse(line);
    if (m == null) {
      problems.add(new Problem(file, lineNo, "expected `[annotations] name(parameters)`, "
          + "found `" + line + "`"));
      return;
    }
    boolean optional = m.optional();
    List<String> annotations = new ArrayList<>();
    List<Integer> carries = List.of();
    for (MethodLine.Annotation a : m.annotations()) {
      String annotation = a.name();
      if (!METHOD_ANNOTATIONS.contains(annotation)) {
        problems.add(new Problem(file, lineNo, "`" + annotation + "` is not a method "
            + "annotation; use " + String.join(", ", METHOD_ANNOTATIONS)));
        return;
      }
      if (annotation.equals("@Carries")) {
        carries = carried(a.arguments(), file, lineNo);
        if (carries == null) {
          return;
        }
      } else if (a.arguments() != null) {
        problems.add(new Problem(file, lineNo, "`" + annotation + "` takes no arguments, "
            + "found `" + a.text() + "`"));
        return;
      }
      annotations.add(annotation);
    }
    int results = 0;
    for (String x : annotations) {
      if (x.equals("@Owned") || x.equals("@Borrowed") || x.equals("@PassThrough")
          || x.equals("@Carries")) {
        results++;
      }
    }
    if (results > 1) {
      problems.add(new Problem(file, lineNo, "a result is `@Owned`, `@Borrowed`, "
          + "`@PassThrough` or `@Carries(..)`, not two of these"));
      return;
    }
    String name = m.name();
    List<Param> params = parameters(m.parameters().strip(), file, lineNo);
    if (params == null && !m.parameters().strip().equals("..")) {
      return;
    }
    for (int source : carries) {
      if (source == Contract.THIS && name.equals("<init>")
          || params != null && source >= params.size()) {
        problems.add(new Problem(file, lineNo, "`@Carries` names "
            + (source == Contract.THIS ? "`this` of a constructor"
                : "parameter " + source + " of a method with " + params.size())
            + " (name `this` or a parameter's index, from 0)"));
        return;
      }
    }
    if (check && !exists(type, name, params)) {
      if (!optional) {
        problems.add(new Problem(file, lineNo, "`" + type + "` has no method `"
            + name + "` with " + (params == null ? "any parameters"
                : params.size() + " parameter" + (params.size() == 1 ? "" : "s")
                    + " of those types")));
      }
      return;
    }
    if (annotations.contains("@Consumes") && !name.equals("<init>")) {
      disposable.add(type);
    }
    if (annotations.contains("@Discharges")) {
      dischargeable.add(type);
    }
    if (annotations.contains("@Obliges")) {
      obliging.add(type);
    }
    if ((annotations.contains("@Consumes") || annotations.contains("@Discharges"))
        && !name.equals("<init>")) {
      List<String> names = disposalNames.computeIfAbsent(type, k -> new ArrayList<>());
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    loading.computeIfAbsent(name, k -> new ArrayList<>())
        .add(new Entry(type, name, params, annotations, carries, check));
  }

  /**
   * The inputs {@code @Carries(this, 0)} names, or null (reported) when its arguments are
   * missing or are not {@code this} or a parameter's index.
   */
  private List<Integer> carried(String arguments, String file, int lineNo) {
    List<Integer> sources = new ArrayList<>();
    for (String part : arguments == null ? new String[0] : arguments.split(",")) {
      String source = part.strip();
      if (source.equals("this")) {
        sources.add(Contract.THIS);
      } else if (isIndex(source)) {
        sources.add(Integer.parseInt(source));
      } else {
        problems.add(new Problem(file, lineNo, "`@Carries` takes `this` or a parameter's "
            + "index (from 0), as in `@Carries(this)` or `@Carries(0, 1)`; found `"
            + source + "`"));
        return null;
      }
    }
    if (sources.isEmpty()) {
      problems.add(new Problem(file, lineNo, "`@Carries` needs the inputs whose loans the "
          + "result carries: `@Carries(this)`, `@Carries(0)`"));
      return null;
    }
    return List.copyOf(sources);
  }

  /** One to three digits: a parameter's index in {@code @Carries}. */
  private static boolean isIndex(String text) {
    if (text.isEmpty() || text.length() > 3) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private List<Param> parameters(String text, String file, int lineNo) {
    if (text.equals("..")) {
      return null;
    }
    List<Param> params = new ArrayList<>();
    if (text.isEmpty()) {
      return params;
    }
    for (String part : text.split(",")) {
      List<String> words = MethodLine.words(part.strip());
      String annotation = null;
      String typeName;
      if (words.size() == 2 && PARAM_ANNOTATIONS.contains(words.get(0))) {
        annotation = words.get(0);
        typeName = words.get(1);
      } else if (words.size() == 1 && !words.get(0).startsWith("@")) {
        typeName = words.get(0);
      } else {
        problems.add(new Problem(file, lineNo, "expected `[@Owned|@Mut|@Borrowed] TYPE` for a "
            + "parameter, found `" + part.strip() + "`"));
        return null;
      }
      params.add(new Param(annotation, typeName));
    }
    return params;
  }

  /** The erased type named, or empty when it is not on the class path. */
  private Optional<TypeMirror> type(String name) {
    return typesByName.computeIfAbsent(name, n -> Optional.ofNullable(elements.getTypeElement(n))
        .map(t -> types.erasure(t.asType())));
  }

  private boolean exists(String typeName, String name, List<Param> params) {
    Optional<TypeMirror> type = type(typeName);
    if (type.isEmpty()) {
      return false;
    }
    TypeElement t = (TypeElement) types.asElement(type.get());
    for (Element e : members.computeIfAbsent(t, elements::getAllMembers)) {
      if (e instanceof ExecutableElement x && x.getSimpleName().contentEquals(name)
          && (params == null || matches(x, params))) {
        return true;
      }
    }
    return false;
  }

  private boolean matches(ExecutableElement m, List<Param> params) {
    List<? extends VariableElement> ps = m.getParameters();
    if (ps.size() != params.size()) {
      return false;
    }
    for (int i = 0; i < ps.size(); i++) {
      String want = params.get(i).type();
      if (want.equals("_")) {
        continue;
      }
      String have = types.erasure(ps.get(i).asType()).toString();
      if (!have.equals(want) && !have.endsWith("." + want)) {
        return false;
      }
    }
    return true;
  }

  /** The model of {@code m}, if a model names it or a method it overrides; else null. */
  Entry find(ExecutableElement m) {
    List<Entry> candidates = named(m);
    if (candidates == null || !(m.getEnclosingElement() instanceof TypeElement owner)
        || m.getKind() != ElementKind.METHOD && m.getKind() != ElementKind.CONSTRUCTOR) {
      return null;
    }
    for (Entry e : candidates) {
      // A method's model holds in every override; a constructor's in its own class only.
      if (!(m.getKind() == ElementKind.METHOD ? supertypes.isSubclass(owner, e.typeName())
          : owner.getQualifiedName().contentEquals(e.typeName()))) {
        continue;
      }
      Optional<TypeMirror> type = resolved.computeIfAbsent(e, k -> k.checked()
          || exists(k.typeName(), k.name(), k.params()) ? type(k.typeName()) : Optional.empty());
      if (type.isPresent() && (e.params() == null || matches(m, e.params()))) {
        return e;
      }
    }
    return null;
  }

  /** Whether closing values of {@code type} releases nothing (no J0001 for its owners). */
  public boolean isResourceFree(TypeElement type) {
    return isSubclassOfAny(type, resourceFree);
  }

  /**
   * Whether a model declares {@code type} itself {@code owned}; its subtypes are tracked
   * through it ({@link Tracking} walks the supertypes).
   */
  public boolean isOwned(TypeElement type) {
    return !owned.isEmpty() && owned.contains(type.getQualifiedName().toString());
  }

  /**
   * Whether a model gives {@code type} or a supertype a disposal method ({@code @Consumes}):
   * its owners must call it, or {@code close()}, or move the value on (J0001).
   */
  public boolean isDisposable(TypeElement type) {
    return isSubclassOfAny(type, disposable)
        || isSubclassOfAny(type, dischargeable) && !isSubclassOfAny(type, obliging);
  }

  private boolean isSubclassOfAny(TypeElement type, java.util.Collection<String> names) {
    for (String name : names) {
      if (supertypes.isSubclass(type, name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a model line of {@code m}, or of a method it overrides, says {@code annotation}. */
  boolean says(ExecutableElement m, String annotation) {
    // Asked of every call on the fast path (is it `@Obliges`?): a name no model gives the
    // annotation is answered without resolving a type.
    List<Entry> candidates = named(m);
    if (candidates == null || !anySays(candidates, annotation)) {
      return false;
    }
    Entry e = find(m);
    return e != null && e.annotations().contains(annotation);
  }

  private static boolean anySays(List<Entry> entries, String annotation) {
    for (Entry c : entries) {
      if (c.annotations().contains(annotation)) {
        return true;
      }
    }
    return false;
  }

  /** The entries for methods of {@code m}'s name, in any type; null when there are none. */
  private List<Entry> named(ExecutableElement m) {
    if (byJavacName == null) {
      // Asked for every method the checker meets: javac's names hash and compare by identity,
      // where turning each into a String to look it up would decode it.
      byJavacName = new HashMap<>();
      byName.forEach((name, entries) -> byJavacName.put(elements.getName(name), entries));
    }
    return byJavacName.get(m.getSimpleName());
  }

  /**
   * The names of the methods models give {@code type} and its supertypes that dispose of a
   * value or meet its obligation ({@code @Consumes}, {@code @Discharges}), for messages.
   */
  public List<String> disposalNames(TypeElement type) {
    List<String> names = new ArrayList<>();
    if (disposalNames.isEmpty()) {
      return names;
    }
    disposalNames.forEach((owner, methods) -> {
      if (supertypes.isSubclass(type, owner)) {
        for (String m : methods) {
          if (!names.contains(m)) {
            names.add(m);
          }
        }
      }
    });
    java.util.Collections.sort(names);
    return names;
  }
}
