// Rust twin of fixtures/borrowing/UnmarkedFactoryOfTwoBuffers.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Buf { n: i32 }
impl Buf {
    fn len(&self) -> i32 { self.n }
}

struct Cursor<'a> { buf: &'a Buf }
impl<'a> Cursor<'a> {
    fn peek(&self) -> i32 { self.buf.len() }
}

fn pick(a: &Buf, b: &Buf, first: bool) -> Cursor { //~ E0106
    Cursor { buf: if first { a } else { b } }
}
