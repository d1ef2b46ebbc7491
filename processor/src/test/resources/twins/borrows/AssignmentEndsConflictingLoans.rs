// Rust twin of fixtures/borrows/AssignmentEndsConflictingLoans.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct R;
impl R {
    fn new() -> R { R }
    fn read(&self) {}
    fn write(&mut self) {}
}
struct H { s: R, t: R }
fn hlook(h: &H) {}
fn hpoke(h: &mut H) {}

fn assign_twice(hq: &mut H) {
    let m = &*hq;
    hq.t = R::new(); //~ E0506
    hq.t = R::new();
    hlook(m);
}

fn assign_then_mutate(hq: &mut H) {
    let m = &*hq;
    hq.t = R::new(); //~ E0506
    hpoke(hq);
    hlook(m);
}

fn mutate_then_assign(hq: &mut H) {
    let m = &*hq;
    hpoke(hq); //~ E0502
    hq.t = R::new(); //~ E0506
    hlook(m);
}

fn after_last_use(hq: &mut H) {
    let m = &*hq;
    hlook(m);
    hq.t = R::new();
    hpoke(hq);
}
