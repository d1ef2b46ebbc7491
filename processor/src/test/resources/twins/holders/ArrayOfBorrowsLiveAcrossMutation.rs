// Rust twin of fixtures/views/ArrayOfBorrowsLiveAcrossMutation.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
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
    let mut two: [Option<&Buf>; 2] = [None, None];
    let r = &b;
    two[0] = Some(r);
    b.push(1); //~ E0502
    two.len() as i32
}
