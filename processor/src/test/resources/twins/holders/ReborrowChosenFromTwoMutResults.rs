// Rust twin of fixtures/views/ReborrowChosenFromTwoMutResults.java: NLL rejects it, Polonius accepts, so the fixture is accepted (// polonius-accepts)
// polonius-accepts
#![allow(unused, unused_mut, dead_code)]

struct Foo { n: i32 }
impl Foo {
    fn get_self(&mut self) -> Option<&mut Foo> { if self.n > 0 { Some(self) } else { None } }
    fn new_self(&mut self) -> &mut Foo { self }

    fn trigger_bug(&mut self) {
        let mut other: &mut Foo = &mut *self;
        let s = other.get_self();
        other = match s { Some(s) => s, None => other.new_self() }; //~ E0499
        let c = other;
    }
}
