// Rust twin of fixtures/borrowing/ConditionalArgumentOfHolderArmsAreExclusive.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct R;
impl R {
    fn read(&self) -> i32 { 0 }
    fn write(&mut self) {}
}
struct V<'a> { r: &'a R }
impl<'a> V<'a> {
    fn new(r: &'a R) -> V<'a> { V { r } }
    fn peek(&self) -> i32 { self.r.read() }
}
fn cond() -> bool { true }
fn poke(x: &mut R) {}
fn take(x: R) {}
fn pick(x: &R) -> &R { x }

fn holder(q: &mut R) {
    let w = &mut *q;
    poke(w);
    let v = V::new(if cond() { &*q } else { &*w });
    v.peek();
}

fn picked(q: &mut R) {
    let w = &mut *q;
    poke(w);
    let r = pick(if cond() { &*q } else { &*w });
    r.read();
}

fn holder_then_mutation(q: &mut R) {
    let w = &mut *q;
    poke(w);
    let v = V::new(if cond() { &*q } else { &*w });
    q.write(); //~ E0499
    v.peek();
}

fn picked_then_mutation(q: &mut R) {
    let w = &mut *q;
    poke(w);
    let r = pick(if cond() { &*q } else { &*w });
    q.write(); //~ E0499
    r.read();
}

fn holder_then_move(o: R) {
    let w = &o;
    let v = V::new(if cond() { &o } else { &*w });
    take(o); //~ E0505
    v.peek();
}
