// Rust twin of fixtures/views/ResultNotTiedToMutParameterOutsideFrom.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Buf { n: i32 }
impl Buf {
    fn new() -> Buf { Buf { n: 0 } }
    fn len(&self) -> i32 { self.n }
    fn push(&mut self, x: i32) { self.n += x; }
}
fn take(b: Buf) {}

fn first<'a>(a: &'a Buf, b: &mut Buf) -> &'a Buf {
    b.push(a.len());
    a
}

fn demo() -> i32 {
    let x = Buf::new();
    let mut y = Buf::new();
    let r = first(&x, &mut y);
    y.push(1);
    r.len() + y.len()
}
