// The Rust twin of samples/errors/RacyCounter.java (does not compile): a thread per task
// stands in for the Java thread pool.
use std::thread;

struct Counter {
    n: u32,
}

impl Counter {
    fn increment(&mut self) {
        self.n += 1;
    }
}

fn main() {
    let mut hits = Counter { n: 0 };
    for _ in 0..1000 {
        thread::spawn(move || hits.increment());
    }
}
