// Rust twin of fixtures/borrowing/CursorOverLocalStoredInStaticThroughLocal.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Buf { n: i32 }
impl Buf {
    fn new() -> Buf { Buf { n: 0 } }
    fn len(&self) -> i32 { self.n }
    fn push(&mut self, x: i32) { self.n += x; }
}
fn take(b: Buf) {}

struct Cursor<'a> { buf: &'a Buf, pos: i32 }
impl<'a> Cursor<'a> {
    fn new(buf: &'a Buf) -> Cursor<'a> { Cursor { buf, pos: 0 } }
    fn peek(&self) -> i32 { self.buf.len() + self.pos }
    fn target(&self) -> &Buf { self.buf }
    fn sub(&self) -> Cursor<'_> { Cursor::new(self.buf) }
}
fn consume(c: Cursor) {}

fn sink<T: 'static>(t: T) {}

fn remember() {
    let b = Buf::new();
    let c = Cursor::new(&b); //~ E0597
    c.peek();
    sink(c);
}
fn keep_owner() {
    let b = Buf::new();
    let c = Cursor::new(&b);
    c.peek();
    sink(b);
}
