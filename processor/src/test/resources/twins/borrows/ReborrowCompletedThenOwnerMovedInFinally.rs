// Rust twin of fixtures/borrows/ReborrowCompletedThenOwnerMovedInFinally.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
// The `try` is a labelled block: a break before the call stands for the call throwing, as bench/difftest.sh writes `try`/`finally`.
#![allow(unused, unused_mut, unused_assignments, dead_code)]

struct Buf { n: i32 }
impl Buf {
    fn new() -> Buf { Buf { n: 0 } }
    fn me(&self) -> &Buf { self }
}
struct Pair { s: Buf }
fn take(p: Pair) {}
fn cond() -> bool { true }

fn demo(owner: Pair, other: &Buf) {
    let m = &owner;
    let mut r = other;
    let threw = 't: {
        if cond() { break 't true; }
        r = m.s.me();
        false
    };
    take(owner); //~ E0505
    if threw { panic!(); }
    r.me();
}
