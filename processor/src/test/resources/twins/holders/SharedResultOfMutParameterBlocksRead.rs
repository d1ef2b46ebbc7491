// Rust twin of fixtures/views/SharedResultOfMutParameterBlocksRead.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Buf { n: i32 }
impl Buf {
    fn new() -> Buf { Buf { n: 0 } }
    fn len(&self) -> i32 { self.n }
    fn push(&mut self, x: i32) { self.n += x; }
}
fn take(b: Buf) {}

fn pick<'a>(x: &'a mut Buf) -> &'a Buf {
    x.push(1);
    x
}

fn demo() -> i32 {
    let mut a = Buf::new();
    let m = pick(&mut a);
    let n = a.len(); //~ E0502
    n + m.len()
}
