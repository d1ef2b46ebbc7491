// Rust twin of fixtures/borrowing/CursorMovedIntoOuterKeepsBufferBorrowed.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
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

struct Outer<'a> { inner: Cursor<'a> }
impl<'a> Outer<'a> {
    fn new(inner: Cursor<'a>) -> Outer<'a> { Outer { inner } }
    fn depth(&self) -> i32 { self.inner.peek() + 1 }
}

fn over(b: &Buf) -> Cursor<'_> {
    Cursor::new(b)
}

fn demo() -> i32 {
    let mut b = Buf::new();
    let c = Cursor::new(&b);
    let o = Outer::new(c);
    b.push(1); //~ E0502
    let n = o.depth();
    let p = Outer::new(over(&b));
    b.push(2); //~ E0502
    n + p.depth()
}
