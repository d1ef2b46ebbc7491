// Rust twin of fixtures/views/IteratorNextTwiceBothUsed.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Conn { open: bool }
impl Conn {
    fn new() -> Conn { Conn { open: true } }
    fn is_open(&self) -> bool { self.open }
    fn send(&mut self, m: &str) {}
    fn name(&self) -> String { String::from("c") }
    fn close(self) {}
}

fn demo(conns: &Vec<Conn>) -> bool {
    let mut it = conns.iter();
    let a = it.next().unwrap();
    let b = it.next().unwrap();
    a.is_open() && b.is_open()
}
