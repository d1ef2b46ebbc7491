// Rust twin of fixtures/borrowing/HolderReassignedThroughItselfKeepsOldBorrows.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code, unused_assignments)]

pub struct R { n: i32 }
impl R {
    fn new() -> R { R { n: 0 } }
    fn read(&self) -> i32 { self.n }
    fn write(&mut self) { self.n += 1; }
}
pub struct V<'a> { r: &'a R }
impl<'a> V<'a> {
    fn new(r: &'a R) -> V<'a> { V { r } }
    fn peek(&self) -> i32 { self.r.read() }
    fn get(&self) -> &R { self.r }
}
fn through_itself() {
    let mut a0 = R::new();
    let mut v1 = V::new(&a0);
    v1 = V::new(v1.get()); //~ E0506
    a0.write(); //~ E0502
    v1.peek();
}
fn through_another() {
    let mut a0 = R::new();
    let v1 = V::new(&a0);
    let v2 = V::new(v1.get());
    a0.write(); //~ E0502
    v2.peek();
}
fn dead_before_the_write() {
    let mut a0 = R::new();
    let v1 = V::new(&a0);
    let v2 = V::new(v1.get());
    v2.peek();
    a0.write();
}
