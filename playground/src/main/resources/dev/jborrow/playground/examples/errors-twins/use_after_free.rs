// The Rust twin of samples/errors/UseAfterFree.java (does not compile).
struct Connection {
    host: String,
}

impl Connection {
    fn open(host: &str) -> Connection {
        Connection { host: host.to_string() }
    }
    fn send(&self, message: &str) {
        println!("{} <- {message}", self.host);
    }
    fn host(&self) -> &str {
        &self.host
    }
    fn close(self) {
        println!("closed {}", self.host);
    }
}

fn send_twice(host: &str) {
    let conn = Connection::open(host);
    conn.send("HELLO");
    conn.close();
    conn.send("BYE");
}

fn status_line(host: &str) -> String {
    let conn = Connection::open(host);
    let current = &conn;
    conn.close();
    format!("last connection: {}", current.host())
}

fn main() {
    send_twice("example.org");
    println!("{}", status_line("example.org"));
}
