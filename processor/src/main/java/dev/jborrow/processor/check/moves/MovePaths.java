package dev.jborrow.processor.check.moves;

import dev.jborrow.processor.cfg.Place;
import dev.jborrow.processor.dataflow.PlaceTable;
import dev.jborrow.processor.ir.Effect;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.lang.model.element.Element;

/**
 * The moves of one body, numbered densely by site, and for each place a check asks about the
 * sites whose place lies above, below or beside it (rustc's move paths): computed once per
 * place, so that a move state is one bit set and each transfer is one mask operation. Site
 * {@code k} owns bits {@code 2k} and {@code 2k+1} (see {@link MoveState}).
 */
final class MovePaths {

  private final List<Effect.Move> sites;
  /** By root, an element: equal only to itself. */
  private final Map<Element, List<Integer>> byRoot = new IdentityHashMap<>(8);
  private final PlaceTable<BitSet> conflicting =
      new PlaceTable<>(q -> mask(q.root(), s -> s.conflictsWith(q)));
  private final PlaceTable<BitSet> prefixes = new PlaceTable<>(q -> mask(q.root(), q::startsWith));
  private final PlaceTable<BitSet> below =
      new PlaceTable<>(q -> mask(q.root(), s -> s.startsWith(q)));
  private final Map<Element, BitSet> ofRoot = new IdentityHashMap<>(8);

  MovePaths(List<Effect.Move> sites) {
    this.sites = sites;
    for (int k = 0; k < sites.size(); k++) {
      byRoot.computeIfAbsent(sites.get(k).place().root(), r -> new ArrayList<>()).add(k);
    }
  }

  /** The sites whose place conflicts with {@code p}: a prefix of it, it, or below it. */
  BitSet conflicting(Place p) {
    return conflicting.get(p);
  }

  /** The sites whose place is {@code p} or a prefix of it. */
  BitSet prefixesOf(Place p) {
    return prefixes.get(p);
  }

  /** The sites whose place is {@code p} or lies below it. */
  BitSet below(Place p) {
    return below.get(p);
  }

  /** The sites of any place of {@code root}. */
  BitSet ofRoot(Element root) {
    return ofRoot.computeIfAbsent(root, r -> mask(r, s -> true));
  }

  private BitSet mask(Element root, Predicate<Place> test) {
    BitSet mask = new BitSet();
    for (int k : byRoot.getOrDefault(root, List.of())) {
      if (test.test(sites.get(k).place())) {
        mask.set(2 * k, 2 * k + 2);
      }
    }
    return mask;
  }
}
