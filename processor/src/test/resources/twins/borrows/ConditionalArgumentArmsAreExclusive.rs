// Rust twin of fixtures/borrows/ConditionalArgumentArmsAreExclusive.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct R;
impl R {
    fn new() -> R { R }
    fn read(&self) {}
    fn write(&mut self) {}
    fn merge(&mut self, other: &R) {}
}
fn cond() -> bool { true }

fn exclusive() {
    let mut a = R::new();
    let mut b = R::new();
    let w = &mut a;
    b.merge(if cond() { &a } else { &*w });
}

fn used_after() {
    let mut a = R::new();
    let mut b = R::new();
    let w = &mut a;
    b.merge(if cond() { &a } else { &*w }); //~ E0502
    w.write();
}

fn call_on_borrowed(p: &R) {
    let mut a = R::new();
    let w = &mut a;
    a.merge(if cond() { p } else { &*w }); //~ E0499
}
