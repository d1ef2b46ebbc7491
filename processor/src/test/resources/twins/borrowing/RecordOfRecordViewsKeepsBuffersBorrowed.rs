// Rust twin of fixtures/borrowing/RecordOfRecordViewsKeepsBuffersBorrowed.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Buf { n: i32 }
impl Buf {
    fn new() -> Buf { Buf { n: 0 } }
    fn len(&self) -> i32 { self.n }
    fn push(&mut self, x: i32) { self.n += x; }
}
fn take(b: Buf) {}

struct Span<'a> { buf: &'a Buf, start: i32 }
impl<'a> Span<'a> {
    fn new(buf: &'a Buf, start: i32) -> Span<'a> { Span { buf, start } }
    fn buf(&self) -> &Buf { self.buf }
    fn start(&self) -> i32 { self.start }
    fn end(&self) -> i32 { self.start + self.buf.len() }
}

struct Pair<'a> { left: &'a Span<'a>, right: &'a Span<'a> }
impl<'a> Pair<'a> {
    fn new(left: &'a Span<'a>, right: &'a Span<'a>) -> Pair<'a> { Pair { left, right } }
    fn width(&self) -> i32 { self.right.end() - self.left.start() }
}

fn demo() -> i32 {
    let a = Buf::new();
    let mut b = Buf::new();
    let l = Span::new(&a, 0);
    let r = Span::new(&b, 0);
    let p = Pair::new(&l, &r);
    b.push(1); //~ E0502
    p.width()
}
