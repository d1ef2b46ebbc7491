// Rust twin of fixtures/threads/SpawnedClosureWritesThroughSharedBorrow.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct R;
impl R {
    fn read(&self) -> i32 { 0 }
    fn write(&mut self) {}
}
struct H { s: R, t: R }
impl H { fn new() -> H { H { s: R, t: R } } }

fn field_of_shared(hp: &H) {
    std::thread::spawn(move || { hp.s.write(); }); //~ E0521 E0596
}

fn shared(p: &R) {
    std::thread::spawn(move || { p.write(); }); //~ E0521 E0596
}

fn read_shared(p: &R) {
    std::thread::spawn(move || { p.read(); }); //~ E0521
}

fn mutable(q: &mut R) {
    std::thread::spawn(move || { q.write(); }); //~ E0521
}

fn owned_parameter(mut ho: H) {
    std::thread::spawn(move || { ho.s.write(); });
}

fn owned_local() {
    let mut h = H::new();
    std::thread::spawn(move || { h.s.write(); h.t.write(); });
}
