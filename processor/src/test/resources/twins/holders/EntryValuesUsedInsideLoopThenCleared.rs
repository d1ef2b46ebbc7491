// Rust twin of fixtures/views/EntryValuesUsedInsideLoopThenCleared.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Conn { open: bool }
impl Conn {
    fn new() -> Conn { Conn { open: true } }
    fn is_open(&self) -> bool { self.open }
    fn send(&mut self, m: &str) {}
    fn name(&self) -> String { String::from("c") }
    fn close(self) {}
}

fn demo(by_host: &mut std::collections::HashMap<String, Conn>) -> i32 {
    let mut open = 0;
    for (_, v) in by_host.iter() {
        let c = v;
        if c.is_open() {
            open += 1;
        }
    }
    by_host.clear();
    open
}
