// Rust twin of fixtures/borrowing/ViewStoresMutParameterAndOwnsAnotherValue.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Buf { n: i32 }
impl Buf {
    fn new() -> Buf { Buf { n: 0 } }
    fn len(&self) -> i32 { self.n }
    fn push(&mut self, x: i32) { self.n += x; }
}
fn take(b: Buf) {}

struct Copier<'a> { dst: &'a mut Buf, scratch: Buf }
impl<'a> Copier<'a> {
    fn new(dst: &'a mut Buf, scratch: Buf) -> Copier<'a> { Copier { dst, scratch } }
    fn flush(&mut self) { self.dst.push(self.scratch.len()); }
}

fn demo(out: &mut Buf) -> i32 {
    let mut c = Copier::new(out, Buf::new());
    c.flush();
    out.len()
}
