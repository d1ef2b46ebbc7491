// Rust twin of fixtures/borrowing/FieldOfMutViewReadWhileViewReborrowed.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Buf { n: i32 }
impl Buf {
    fn new() -> Buf { Buf { n: 0 } }
    fn len(&self) -> i32 { self.n }
    fn push(&mut self, x: i32) { self.n += x; }
}
fn take(b: Buf) {}

struct Block<'a> { current: &'a Buf, unrelated: &'a Buf }
fn use_it<T>(t: T) {}

fn bump<'a>(block: &mut Block<'a>) {
    let x = &mut *block;
    let p: &'a Buf = &*block.current; //~ E0502
    use_it(x);
    use_it(p);
}
