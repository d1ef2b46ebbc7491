// Rust twin of fixtures/resources/DischargedValueStaysUsable.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]
// J0001 has no Rust counterpart: a span that must be ended would end itself in Drop. The
// accepted half agrees: `end(&self)` does not consume, so the span is usable after it.
struct Span { ended: std::cell::Cell<bool> }
impl Span {
    fn start(name: &str) -> Span { Span { ended: std::cell::Cell::new(false) } }
    fn end(&self) { self.ended.set(true); }
    fn id(&self) -> u64 { 7 }
}
impl Drop for Span {
    fn drop(&mut self) { self.end(); }
}

fn ended() -> u64 {
    let s = Span::start("load");
    s.end();
    s.id()
}

fn never_ended() -> u64 {
    let s = Span::start("lost");
    s.id()
}

fn ended_on_one_path(fast: bool) {
    let s = Span::start("maybe");
    if fast {
        return;
    }
    s.end();
}
