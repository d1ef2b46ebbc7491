// Rust twin of fixtures/views/ListOfBorrowsReplacedEndsLoans.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Buf { n: i32 }
impl Buf {
    fn new() -> Buf { Buf { n: 0 } }
    fn len(&self) -> i32 { self.n }
    fn push(&mut self, x: i32) { self.n += x; }
}
fn take(b: Buf) {}

fn demo() -> i32 {
    let mut b = Buf::new();
    let mut batch: Vec<&Buf> = Vec::new();
    let r = &b;
    batch.push(r);
    let n = batch.len() as i32;
    batch = Vec::new();
    b.push(n);
    batch.len() as i32
}
