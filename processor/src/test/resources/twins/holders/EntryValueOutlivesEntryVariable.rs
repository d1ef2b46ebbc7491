// Rust twin of fixtures/views/EntryValueOutlivesEntryVariable.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Conn { open: bool }
impl Conn {
    fn new() -> Conn { Conn { open: true } }
    fn is_open(&self) -> bool { self.open }
    fn send(&mut self, m: &str) {}
    fn name(&self) -> String { String::from("c") }
    fn close(self) {}
}

fn demo(by_host: &std::collections::HashMap<String, Conn>) -> bool {
    let mut last = None;
    for (_, v) in by_host.iter() {
        last = Some(v);
    }
    match last { Some(c) => c.is_open(), None => false }
}
