// Rust twin of fixtures/views/SharedResultOfMutMethodBlocksSharedCall.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Buf { n: i32 }
impl Buf {
    fn new() -> Buf { Buf { n: 0 } }
    fn len(&self) -> i32 { self.n }
    fn push(&mut self, x: i32) { self.n += x; }
}
fn take(b: Buf) {}

struct Vec { slot: Buf }
impl Vec {
    fn new() -> Vec { Vec { slot: Buf::new() } }
    fn slot(&mut self) -> &Buf { &self.slot }
    fn grow(&mut self) { self.slot.push(1); }
    fn size(&self) -> i32 { self.slot.len() }
}

fn demo() -> i32 {
    let mut v = Vec::new();
    let s = v.slot();
    let n = v.size(); //~ E0502
    n + s.len()
}
