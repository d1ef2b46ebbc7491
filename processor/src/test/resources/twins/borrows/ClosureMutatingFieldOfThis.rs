// Rust twin of fixtures/borrows/ClosureMutatingFieldOfThis.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct R;
impl R {
    fn new() -> R { R }
    fn read(&self) {}
    fn write(&mut self) {}
}
fn look(r: &R) {}
fn poke(r: &mut R) {}
struct H { s: R, t: R }
impl H {
    fn hlook(h: &H) {}

    fn other_field(&mut self) {
        let mut k = || self.s.write();
        self.t.read();
        k();
    }

    fn after_last_call(&mut self) {
        let mut k = || poke(&mut self.s);
        k();
        self.s.read();
    }

    fn whole_this(&mut self) {
        let mut k = || self.s.write();
        H::hlook(self); //~ E0501
        k();
    }

    fn same_field(&mut self) {
        let mut k = || poke(&mut self.s);
        look(&self.s); //~ E0501
        k();
    }

    fn while_this_borrowed(&mut self) {
        let m = &*self;
        let mut k = || self.t.write(); //~ E0500
        k();
        H::hlook(m);
    }

    fn while_other_field_borrowed(&mut self) {
        let r = &self.s;
        let mut k = || self.t.write();
        k();
        r.read();
    }
}
