// Rust twin of fixtures/views/ListOfBorrowsSpawned.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Session { age: i32 }
impl Session {
    fn expired(&self) -> bool { self.age > 10 }
    fn id(&self) -> String { String::from("s") }
}

fn reap(sessions: &Vec<Session>) {
    let mut dead = Vec::new();
    for s in sessions.iter() {
        dead.push(s);
    }
    std::thread::spawn(move || println!("{}", dead.len())); //~ E0521
}
