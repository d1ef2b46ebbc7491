// Rust twin of fixtures/borrowing/ViewMethodStoresBorrowedFieldInStatic.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Buf { n: i32 }
impl Buf {
    fn new() -> Buf { Buf { n: 0 } }
    fn len(&self) -> i32 { self.n }
    fn push(&mut self, x: i32) { self.n += x; }
}
fn take(b: Buf) {}

fn sink<T: 'static>(t: T) {}

struct Cursor<'a> { buf: &'a Buf }
impl<'a> Cursor<'a> {
    fn new(buf: &'a Buf) -> Cursor<'a> { Cursor { buf } }
    fn remember(&self) {
        sink(self.buf); //~ E0521
    }
}
