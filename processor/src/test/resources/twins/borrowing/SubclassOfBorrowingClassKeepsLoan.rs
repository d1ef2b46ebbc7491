// Rust twin of fixtures/borrowing/SubclassOfBorrowingClassKeepsLoan.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Buf { n: i32 }
impl Buf {
    fn new() -> Buf { Buf { n: 0 } }
    fn len(&self) -> i32 { self.n }
    fn push(&mut self, x: i32) { self.n += x; }
}

struct Cursor<'a> { buf: &'a Buf }
impl<'a> Cursor<'a> {
    fn peek(&self) -> i32 { self.buf.len() }
}

struct Numbered<'a> { cursor: Cursor<'a>, line: i32 }
impl<'a> Numbered<'a> {
    fn new(buf: &'a Buf, line: i32) -> Numbered<'a> { Numbered { cursor: Cursor { buf }, line } }
    fn at(&self) -> i32 { self.line + self.cursor.peek() }
}

fn demo() -> i32 {
    let mut b = Buf::new();
    let c = Numbered::new(&b, 1);
    b.push(1); //~ E0502
    c.at()
}
