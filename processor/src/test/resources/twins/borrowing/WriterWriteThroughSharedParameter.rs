// Rust twin of fixtures/borrowing/WriterWriteThroughSharedParameter.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Buf { n: i32 }
impl Buf {
    fn new() -> Buf { Buf { n: 0 } }
    fn len(&self) -> i32 { self.n }
    fn push(&mut self, x: i32) { self.n += x; }
}
fn take(b: Buf) {}

struct Writer<'a> { buf: &'a mut Buf }
impl<'a> Writer<'a> {
    fn new(buf: &'a mut Buf) -> Writer<'a> { Writer { buf } }
    fn write(&mut self, x: i32) { self.buf.push(x); }
    fn size(&self) -> i32 { self.buf.len() }
}

fn demo(w: &Writer) {
    w.write(1); //~ E0596
}
