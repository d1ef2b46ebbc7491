// Rust twin of fixtures/views/IteratorLoopThenClear.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Conn { open: bool }
impl Conn {
    fn new() -> Conn { Conn { open: true } }
    fn is_open(&self) -> bool { self.open }
    fn send(&mut self, m: &str) {}
    fn name(&self) -> String { String::from("c") }
    fn close(self) {}
}

fn demo(conns: &mut Vec<Conn>) -> i32 {
    let mut open = 0;
    let mut it = conns.iter();
    while let Some(c) = it.next() {
        if c.is_open() {
            open += 1;
        }
    }
    conns.clear();
    open
}
