// Rust twin of fixtures/resources/java21/ExecutorNeverShutDown.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]
// J0001 has no Rust counterpart: a pool that is dropped shuts itself down (its Drop joins or
// detaches the threads).
struct Pool { workers: Vec<std::thread::JoinHandle<()>> }
impl Pool {
    fn new() -> Pool { Pool { workers: Vec::new() } }
    fn execute(&mut self, task: fn()) { self.workers.push(std::thread::spawn(task)); }
}

fn fire_and_forget(task: fn()) {
    let mut pool = Pool::new();
    pool.execute(task);
}
