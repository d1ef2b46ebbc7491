// Rust twin of fixtures/borrowing/AssignAfterGuardClosed.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Counter { n: i32 }
impl Counter { fn new() -> Counter { Counter { n: 0 } } }

struct Wrap<'p> { p: &'p mut Counter }
impl<'p> Wrap<'p> {
    fn new(p: &'p mut Counter) -> Wrap<'p> { Wrap { p } }
    fn close(self) { self.p.n += 1; }
}

fn demo() -> i32 {
    let mut x = Counter::new();
    let wrap = Wrap::new(&mut x);
    wrap.close();
    x = Counter::new();
    x.n
}
