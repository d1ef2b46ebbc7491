// Twin of fixtures/models/UserModelOnObjectReachesInterfaces.java: the model makes `equals` take
// its argument, as a trait method that takes it by value does.
struct Conn;

impl Conn {
    fn send(&self, _msg: &str) {}
}

trait Key {
    fn equals(&self, other: Conn) -> bool;
}

fn compare(key: &dyn Key) {
    let c = Conn;
    key.equals(c);
    c.send("HELLO"); //~ E0382
}

fn send_then_compare(key: &dyn Key) {
    let c = Conn;
    c.send("HELLO");
    key.equals(c);
}
