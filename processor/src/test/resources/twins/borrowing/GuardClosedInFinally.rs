// Rust twin of fixtures/borrowing/GuardClosedInFinally.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]

struct Conn { open: bool }
impl Conn {
    fn new() -> Conn { Conn { open: true } }
    fn is_open(&self) -> bool { self.open }
    fn send(&mut self, m: &str) {}
    fn name(&self) -> String { String::from("c") }
    fn close(self) {}
}

struct Tx<'a> { conn: &'a mut Conn }
impl<'a> Tx<'a> {
    fn new(conn: &'a mut Conn) -> Tx<'a> { Tx { conn } }
    fn exec(&mut self, sql: &str) { self.conn.send(sql); }
    fn close(self) {}
}

fn demo(conn: &mut Conn) {
    let mut t = Tx::new(conn);
    {
        t.exec("update");
    }
    t.close();
    conn.send("done");
}
