// Rust twin of fixtures/views/OptionalMapToIntThenClear.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Conn { open: bool }
impl Conn {
    fn new() -> Conn { Conn { open: true } }
    fn is_open(&self) -> bool { self.open }
    fn send(&mut self, m: &str) {}
    fn name(&self) -> String { String::from("c") }
    fn close(self) {}
}

fn demo(conns: &mut Vec<Conn>) -> usize {
    let len = conns.iter().next().map(|c| c.name().len());
    conns.clear();
    len.unwrap_or(0)
}
