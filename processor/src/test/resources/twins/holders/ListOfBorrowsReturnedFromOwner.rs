// Rust twin of fixtures/views/ListOfBorrowsReturnedFromOwner.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Session { age: i32 }
impl Session {
    fn expired(&self) -> bool { self.age > 10 }
    fn id(&self) -> String { String::from("s") }
}

fn expired<'x>(all: Vec<Session>) -> Vec<&'x Session> {
    let mut out = Vec::new();
    for s in all.iter() {
        if s.expired() {
            out.push(s);
        }
    }
    out //~ E0515
}
