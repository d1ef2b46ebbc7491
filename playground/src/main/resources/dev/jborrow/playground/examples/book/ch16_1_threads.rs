// The Rust book, 16.1 "Using move Closures with Threads", listing 16-4 with `move` added
// as the compiler suggests (does not compile).
use std::thread;

fn main() {
    let v = vec![1, 2, 3];

    let handle = thread::spawn(move || {
        println!("Here's a vector: {v:?}");
    });

    drop(v); // oh no!

    handle.join().unwrap();
}
