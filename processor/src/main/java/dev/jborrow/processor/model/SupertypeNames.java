package dev.jborrow.processor.model;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * Whether a class is a named type or one of its subtypes, answered by name from the class's
 * supertypes. javac has read every supertype of a class it has seen; looking up the named type
 * instead would make it read the class file of each type a table names (the JDK models name a
 * few hundred, and a program uses few of them). For one compilation.
 */
final class SupertypeNames {

  /** Per class, the canonical names of the class and of all its supertypes. */
  private final Map<TypeElement, Set<String>> names = new IdentityHashMap<>();

  /** Whether {@code type} is the class or interface {@code canonicalName}, or a subtype of it. */
  boolean isSubclass(TypeElement type, String canonicalName) {
    // Every type is an Object, an interface too (JLS 4.10.2), though it names no superclass.
    return canonicalName.equals("java.lang.Object") || of(type).contains(canonicalName);
  }

  private Set<String> of(TypeElement type) {
    Set<String> found = names.get(type);
    if (found == null) {
      found = new HashSet<>();
      found.add(type.getQualifiedName().toString());
      names.put(type, found); // before the supertypes: an erroneous hierarchy may be a cycle
      for (TypeElement s : Tracking.supertypes(type)) {
        found.addAll(of(s)); // not computeIfAbsent: the recursion adds keys
      }
    }
    return found;
  }
}
