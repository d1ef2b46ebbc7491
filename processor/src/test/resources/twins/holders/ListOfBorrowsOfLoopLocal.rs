// Rust twin of fixtures/views/ListOfBorrowsOfLoopLocal.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Buf { n: i32 }
impl Buf {
    fn new() -> Buf { Buf { n: 0 } }
    fn len(&self) -> i32 { self.n }
    fn push(&mut self, x: i32) { self.n += x; }
}
fn take(b: Buf) {}

fn demo(n: i32) -> i32 {
    let mut ys = Vec::new();
    for i in 0..n {
        let mut z = Buf::new();
        let r = &mut z; //~ E0597
        ys.push(r);
    }
    ys.len() as i32
}
