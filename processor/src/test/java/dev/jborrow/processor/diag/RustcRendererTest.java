package dev.jborrow.processor.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout of rustc's emitter, checked on hand-made diagnostics. */
class RustcRendererTest {

  private static final String SOURCE = """
      class Demo {
        void demo() {
          Buf b = new Buf();
          g(b);
          f(b);
        }
      }
      """;

  private static Span span(String text, String needle, int occurrence) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = text.indexOf(needle, at + 1);
    }
    return new Span(null, at, at + needle.length());
  }

  @Test
  void primaryAndSecondaryOnTheirLines() {
    Diagnostic d = Diagnostic.of(Code.E0382, "use of moved value: `b`", span(SOURCE, "(b)", 1))
        .primaryLabel("value used here after move")
        .label(span(SOURCE, "(b)", 0), "value moved here")
        .help("borrow it instead")
        .build();
    String out = new RustcRenderer(false).render(d, new RustcRenderer.Source("Demo.java", SOURCE),
        false);
    assertEquals("""
        error[E0382]: use of moved value: `b`
         --> Demo.java:5:6
          |
        4 |     g(b);
          |      --- value moved here
        5 |     f(b);
          |      ^^^ value used here after move
          |
          = help: borrow it instead
        """, out);
  }

  @Test
  void labelsSharingALineHangFromConnectors() {
    String src = "v.merge(v.get(0), v);\n";
    Diagnostic d = Diagnostic.of(Code.E0502, "cannot borrow `v` as mutable", span(src, "v.merge", 0))
        .primaryLabel("mutable borrow occurs here")
        .label(span(src, "v.get(0)", 0), "immutable borrow occurs here")
        .label(span(src, "v", 2), "later used here")
        .build();
    String out = new RustcRenderer(false).body(d, new RustcRenderer.Source("A.java", src));
    assertEquals("""
         --> A.java:1:1
          |
        1 | v.merge(v.get(0), v);
          | ^^^^^^^ --------  - later used here
          | |       |
          | |       immutable borrow occurs here
          | mutable borrow occurs here
        """, out);
  }

  @Test
  void labelsSharingAColumnStackUnderOneConnector() {
    String src = "for (S s : list) {\n";
    Span list = span(src, "list", 0);
    Diagnostic d = Diagnostic.of(Code.E0502, "cannot borrow `list` as mutable", span(src, "for", 0))
        .primaryLabel("mutable borrow occurs here")
        .label(list, "immutable borrow occurs here")
        .label(list, "immutable borrow later used here")
        .label(list, "borrow later used in the next iteration")
        .build();
    String out = new RustcRenderer(false).body(d, new RustcRenderer.Source("L.java", src));
    assertEquals("""
         --> L.java:1:1
          |
        1 | for (S s : list) {
          | ^^^        ---- borrow later used in the next iteration
          | |          |
          | |          immutable borrow later used here
          | |          immutable borrow occurs here
          | mutable borrow occurs here
        """, out);
  }

  @Test
  void secondaryInsideThePrimaryShowsThroughAndHangs() {
    String src = "a.merge(a);\n";
    Span call = span(src, "a.merge(a)", 0);
    Diagnostic d = Diagnostic.of(Code.E0502, "cannot borrow `a` as mutable", call)
        .primaryLabel("mutable borrow occurs here")
        .label(span(src, "a", 1), "immutable borrow occurs here")
        .label(call, "immutable borrow later used here")
        .build();
    String out = new RustcRenderer(false).body(d, new RustcRenderer.Source("M.java", src));
    assertEquals("""
         --> M.java:1:1
          |
        1 | a.merge(a);
          | ^^^^^^^^-^
          | |       |
          | |       immutable borrow occurs here
          | immutable borrow later used here
          | mutable borrow occurs here
        """, out);
  }

  @Test
  void tabsAndWideCharactersKeepCaretsUnderTheirText() {
    String src = "\tString 名前 = take(x);\n";
    Diagnostic d = Diagnostic.of(Code.E0382, "use of moved value: `x`", span(src, "x", 0))
        .primaryLabel("here")
        .build();
    String out = new RustcRenderer(false).body(d, new RustcRenderer.Source("W.java", src));
    // The tab shows as four spaces and each of the two ideographs takes two columns; the
    // location counts characters, as rustc's does.
    assertEquals("""
         --> W.java:1:19
          |
        1 |     String 名前 = take(x);
          |                        ^ here
        """, out);
  }

  @Test
  void distantLinesAreElided() {
    StringBuilder src = new StringBuilder();
    for (int i = 1; i <= 12; i++) {
      src.append("line").append(i).append(";\n");
    }
    String text = src.toString();
    Diagnostic d = Diagnostic.of(Code.E0597, "`y` does not live long enough",
            span(text, "line2", 0))
        .primaryLabel("borrowed here")
        .label(span(text, "line11", 0), "dropped here")
        .build();
    String out = new RustcRenderer(false).body(d, new RustcRenderer.Source("L.java", text));
    assertEquals("""
          --> L.java:2:1
           |
         2 | line2;
           | ^^^^^ borrowed here
        ...
        11 | line11;
           | ------ dropped here
        """, out);
  }

  @Test
  void summaryLikeRustc() {
    RustcRenderer r = new RustcRenderer(false);
    assertEquals("""
        error: aborting due to 2 previous errors

        Some errors have detailed explanations: E0382, E0502.
        For more information about an error, try `jborrow explain E0382`.
        """, r.summary(2, 0, List.of("E0382", "E0502")));
    assertEquals("""
        error: aborting due to 1 previous error

        For more information about this error, try `jborrow explain E0499`.
        """, r.summary(1, 0, List.of("E0499")));
  }

  @Test
  void colourOnlyWhenAsked() {
    Diagnostic d = Diagnostic.of(Code.E0382, "m", span(SOURCE, "(b)", 1)).build();
    RustcRenderer.Source s = new RustcRenderer.Source("Demo.java", SOURCE);
    assertEquals(false, new RustcRenderer(false).render(d, s, false).contains("\u001b["));
    assertEquals(true, new RustcRenderer(true).render(d, s, false).contains("\u001b[1;31m"));
  }
}
