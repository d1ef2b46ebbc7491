package dev.jborrow.processor.dataflow;

import dev.jborrow.processor.cfg.Place;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Element;

/**
 * A fact computed once per place of a body (the loans or moves under it), asked by a transfer
 * function at every visit of every effect. Equal places are found by identity first: a root
 * place by its element, which is equal only to itself, and another by the place object the
 * effect carries, which every later visit of that effect asks with; only a place not seen as
 * that object before is hashed and compared by value (its field list, element by element).
 *
 * @param <V> the fact
 */
public final class PlaceTable<V> {

  private final Function<Place, V> compute;
  // Sized small: a body has a few places, and a table is made per analysis per body (the
  // default IdentityHashMap clears 64 slots).
  private final Map<Element, V> roots = new IdentityHashMap<>(8);
  private final Map<Place, V> byObject = new IdentityHashMap<>(8);
  private final Map<Place, V> byValue = new HashMap<>();

  /** @param compute the fact of a place, called once per place */
  public PlaceTable(Function<Place, V> compute) {
    this.compute = compute;
  }

  public V get(Place place) {
    if (place.isRoot()) {
      V v = roots.get(place.root());
      if (v == null) {
        v = compute.apply(place);
        roots.put(place.root(), v);
      }
      return v;
    }
    V v = byObject.get(place);
    if (v == null) {
      v = byValue.computeIfAbsent(place, compute);
      byObject.put(place, v);
    }
    return v;
  }
}
