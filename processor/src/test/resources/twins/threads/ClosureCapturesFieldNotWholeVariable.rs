// Rust twin of fixtures/threads/ClosureCapturesFieldNotWholeVariable.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Counter { n: i32 }
impl Counter {
    fn new() -> Counter { Counter { n: 0 } }
    fn inc(&mut self) { self.n += 1; }
    fn get(&self) -> i32 { self.n }
}
struct Pair { left: Counter, right: Counter }
impl Pair {
    fn new() -> Pair { Pair { left: Counter::new(), right: Counter::new() } }
}
fn keep(p: Pair) {}

fn other_field() -> i32 {
    let pair = Pair::new();
    std::thread::spawn(move || println!("{}", pair.left.get()));
    return pair.right.get();
}

fn same_field() -> i32 {
    let pair = Pair::new();
    std::thread::spawn(move || println!("{}", pair.left.get()));
    return pair.left.get(); //~ E0382
}

fn whole() {
    let pair = Pair::new();
    std::thread::spawn(move || println!("{}", pair.left.get()));
    keep(pair); //~ E0382
}
