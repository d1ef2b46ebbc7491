// Rust twin of fixtures/moves/MethodReferenceConsumesCapturedOwner.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
// A Java functional interface may run many times: its closure is an `Fn`.
#![allow(unused, unused_mut, dead_code)]

struct Conn;
impl Conn {
    fn new() -> Conn { Conn }
    fn ping(&self) -> i32 { 0 }
    fn close(self) {}
}
fn run(r: &dyn Fn()) { r(); }

fn bound() {
    let c = Conn::new();
    let r: &dyn Fn() = &|| c.close(); //~ E0507
    run(r);
}

fn read_only() {
    let c = Conn::new();
    let r: &dyn Fn() = &|| { c.ping(); };
    run(r);
    c.close();
}

fn direct() {
    let c = Conn::new();
    c.close();
}
