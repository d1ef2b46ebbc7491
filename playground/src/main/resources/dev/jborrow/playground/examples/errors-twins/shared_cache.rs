// The Rust twin of samples/errors/SharedCache.java (does not compile).
use std::collections::HashMap;
use std::thread;

struct Cache {
    entries: HashMap<String, String>,
}

impl Cache {
    fn put(&mut self, key: &str, value: &str) {
        self.entries.insert(key.to_string(), value.to_string());
    }
}

fn main() {
    let mut cache = Cache { entries: HashMap::new() };
    let users = thread::spawn(move || cache.put("user:1", "alice"));
    let orders = thread::spawn(move || cache.put("order:7", "pending"));
    users.join().unwrap();
    orders.join().unwrap();
}
