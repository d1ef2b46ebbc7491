// Rust twin of fixtures/borrows/MutationThroughSharedBorrowOneError.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct R;
impl R {
    fn new() -> R { R }
    fn read(&self) {}
    fn write(&mut self) {}
}
struct H { s: R, t: R }
fn look(r: &R) {}

fn closure_mutates_lent(p: &R) {
    let mut k = || p.write(); //~ E0596
    look(p);
    k();
}

fn closure_mutates_lent_field(hp: &H) {
    let r = &hp.t;
    let mut k = || hp.t.write(); //~ E0596
    k();
    r.read();
}

fn assign_through_lent(hp: &H, o: R) {
    let r = &hp.s;
    hp.s = o; //~ E0594
    r.read();
}

fn closure_mutates_mut(q: &mut R) {
    let mut k = || q.write();
    look(q); //~ E0501
    k();
}

fn assign_through_mut(hq: &mut H, o: R) {
    let r = &hq.s;
    hq.s = o; //~ E0506
    r.read();
}
