// Rust twin of fixtures/views/CollectExpiredReportThenClear.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Session { age: i32 }
impl Session {
    fn expired(&self) -> bool { self.age > 10 }
    fn id(&self) -> String { String::from("s") }
}

fn report(dead: &Vec<&Session>) -> i32 { dead.len() as i32 }

fn reap(sessions: &mut Vec<Session>) -> i32 {
    let mut dead = Vec::new();
    for s in sessions.iter() {
        if s.expired() {
            dead.push(s);
        }
    }
    let n = report(&dead);
    sessions.clear();
    n
}
