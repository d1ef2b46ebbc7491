// Rust twin of fixtures/views/MapOfBorrowsUsedBeforeClear.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Conn { open: bool }
impl Conn {
    fn new() -> Conn { Conn { open: true } }
    fn is_open(&self) -> bool { self.open }
    fn send(&mut self, m: &str) {}
    fn name(&self) -> String { String::from("c") }
    fn close(self) {}
}

fn index(conns: &mut Vec<Conn>) -> i32 {
    let mut by_name = std::collections::HashMap::new();
    for c in conns.iter() {
        by_name.insert(c.name(), c);
    }
    let n = by_name.len() as i32;
    conns.clear();
    n
}
