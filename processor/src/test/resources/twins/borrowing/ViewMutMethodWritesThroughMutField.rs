// Rust twin of fixtures/borrowing/ViewMutMethodWritesThroughMutField.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Buf { n: i32 }
impl Buf {
    fn new() -> Buf { Buf { n: 0 } }
    fn len(&self) -> i32 { self.n }
    fn push(&mut self, x: i32) { self.n += x; }
}
fn take(b: Buf) {}

fn grow(b: &mut Buf) { b.push(1); }

struct Writer<'a> { buf: &'a mut Buf }
impl<'a> Writer<'a> {
    fn new(buf: &'a mut Buf) -> Writer<'a> { Writer { buf } }
    fn write(&mut self, x: i32) {
        self.buf.push(x);
        self.buf.n += 1;
        grow(self.buf);
    }
}
