// Rust twin of fixtures/resources/ExecutorShutDownStaysUsable.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]
// Accepted, as the fixture: shutting a pool down does not consume it, and waiting for its
// threads afterwards is legal (here: a pool of joined threads).
use std::thread::JoinHandle;

struct Pool { workers: Vec<JoinHandle<()>>, open: bool }
impl Pool {
    fn new() -> Pool { Pool { workers: Vec::new(), open: true } }
    fn execute(&mut self, task: fn()) { self.workers.push(std::thread::spawn(task)); }
    fn shutdown(&mut self) { self.open = false; }
    fn await_termination(self) -> bool {
        for w in self.workers { w.join().unwrap(); }
        true
    }
}

fn run_all(task: fn()) -> bool {
    let mut pool = Pool::new();
    pool.execute(task);
    pool.shutdown();
    pool.await_termination()
}
