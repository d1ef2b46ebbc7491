// Rust twin of fixtures/borrows/ClosureCapturesFieldPath.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct R;
impl R {
    fn new() -> R { R }
    fn read(&self) {}
    fn write(&mut self) {}
}
struct H { s: R, t: R }
impl H {
    fn new() -> H { H { s: R::new(), t: R::new() } }
}
fn look(r: &R) {}
fn hlook(h: &H) {}
fn take(r: R) {}

fn move_other_field() {
    let mut h = H::new();
    let k = || look(&h.s);
    take(h.t);
    k();
}

fn mutate_other_field() {
    let mut h = H::new();
    let mut k = || h.s.write();
    h.t.write();
    k();
}

fn after_partial_move() {
    let mut h = H::new();
    let a = h.t;
    let mut k = || h.s.write();
    k();
}

fn move_same_field() {
    let mut h = H::new();
    let k = || look(&h.s);
    take(h.s); //~ E0505
    k();
}

fn read_whole_while_field_mutated() {
    let mut h = H::new();
    let mut k = || h.s.write();
    hlook(&h); //~ E0502
    k();
}

fn captured_field_moved_before() {
    let mut h = H::new();
    let a = h.s;
    let k = || look(&h.s); //~ E0382
    k();
}
