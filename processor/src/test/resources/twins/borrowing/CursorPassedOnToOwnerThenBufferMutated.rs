// Rust twin of fixtures/borrowing/CursorPassedOnToOwnerThenBufferMutated.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Buf { n: i32 }
impl Buf {
    fn new() -> Buf { Buf { n: 0 } }
    fn len(&self) -> i32 { self.n }
    fn push(&mut self, x: i32) { self.n += x; }
}

struct Cursor<'a> { buf: &'a Buf }
impl<'a> Cursor<'a> {
    fn new(buf: &'a Buf) -> Cursor<'a> { Cursor { buf } }
    fn peek(&self) -> i32 { self.buf.len() }
}

fn finish(c: Cursor) -> i32 { c.peek() }

fn demo() -> i32 {
    let mut b = Buf::new();
    let c = Cursor::new(&b);
    let mut n = finish(c);
    b.push(n);
    let d = Cursor::new(&b);
    n += d.peek();
    b.push(n);
    n
}
