// Rust twin of fixtures/borrowing/RecordViewChosenInBranches.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
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

fn demo(left: bool) -> i32 {
    let mut a = Buf::new();
    let mut b = Buf::new();
    let s;
    if left {
        s = Span::new(&a, 0);
    } else {
        s = Span::new(&b, 1);
    }
    let n = s.end();
    a.push(n);
    b.push(n);
    n
}
