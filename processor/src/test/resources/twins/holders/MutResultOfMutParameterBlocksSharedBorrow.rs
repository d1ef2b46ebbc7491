// Rust twin of fixtures/views/MutResultOfMutParameterBlocksSharedBorrow.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Buf { n: i32 }
impl Buf {
    fn new() -> Buf { Buf { n: 0 } }
    fn len(&self) -> i32 { self.n }
    fn push(&mut self, x: i32) { self.n += x; }
}
fn take(b: Buf) {}

fn pickm<'a>(x: &'a mut Buf) -> &'a mut Buf { x }

fn demo() -> i32 {
    let mut a = Buf::new();
    let m = pickm(&mut a);
    let r = &a; //~ E0502
    m.push(1);
    r.len()
}
