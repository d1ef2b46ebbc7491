// Rust twin of fixtures/holders/SixBorrowsInOneHolderThenMutation.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Buf { len: i32 }
impl Buf {
    fn new() -> Buf { Buf { len: 0 } }
    fn len(&self) -> i32 { self.len }
    fn grow(&mut self) { self.len += 1; }
}

struct Six<'a> { a: &'a Buf, b: &'a Buf, c: &'a Buf, d: &'a Buf, e: &'a Buf, f: &'a Buf }
impl<'a> Six<'a> {
    fn total(&self) -> i32 {
        self.a.len() + self.b.len() + self.c.len() + self.d.len() + self.e.len() + self.f.len()
    }
}

fn demo(n: i32) -> i32 {
    let (mut a, b, c, d, e, f) = (Buf::new(), Buf::new(), Buf::new(), Buf::new(), Buf::new(), Buf::new());
    let g = Buf::new();
    let mut six = Six { a: &a, b: &b, c: &c, d: &d, e: &e, f: &f };
    let mut t = 0;
    for i in 0..n {
        t += six.total();
        if i % 2 == 0 {
            six = Six { a: &a, b: &b, c: &c, d: &d, e: &e, f: &g };
        }
    }
    a.grow(); //~ E0502
    t + six.total()
}
