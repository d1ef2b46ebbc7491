// Rust twin of fixtures/resources/ObligesAnnotatedMethods.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]
// J0001 has no Rust counterpart: `enter` returns a guard whose Drop leaves the gate, so the
// obligation cannot be forgotten.
struct Gate;
struct Entered<'a> { gate: &'a Gate }
impl Gate {
    fn enter(&self) -> Entered<'_> { Entered { gate: self } }
    fn leave(&self) {}
}
impl Drop for Entered<'_> {
    fn drop(&mut self) { self.gate.leave(); }
}

fn balanced(gate: &Gate, work: impl Fn()) {
    let g = gate.enter();
    work();
}

fn forgotten(gate: &Gate) {
    gate.enter();
}
