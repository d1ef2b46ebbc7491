// Rust twin of fixtures/resources/FieldInitialisers.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]
// J0001 has no Rust counterpart: a struct's fields are dropped with it, the old value of an
// assigned field is dropped by the assignment, and a constructor that returns an error drops
// what it built; a `static` is never dropped. Every item below is accepted.
use std::io::{self, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::OnceLock;

struct NoClose {
    socket: Option<TcpStream>,
}

impl NoClose {
    fn new() -> NoClose {
        NoClose { socket: None }
    }
}

struct Overwrites {
    out: Vec<u8>,
    socket: Option<TcpStream>,
}

impl Overwrites {
    fn new(connected: TcpStream) -> Overwrites {
        let mut o = Overwrites { out: Vec::new(), socket: None };
        o.socket = Some(connected);
        o
    }
}

struct ThrowsAfter {
    server: TcpListener,
}

impl ThrowsAfter {
    fn new(port: i32) -> io::Result<ThrowsAfter> {
        let server = TcpListener::bind("127.0.0.1:0")?;
        if port < 0 {
            return Err(io::Error::new(io::ErrorKind::Other, "bad port"));
        }
        Ok(ThrowsAfter { server })
    }
}

struct Released {
    socket: Option<TcpStream>,
    log: Box<dyn Write>,
}

struct Console {
    input: io::Stdin,
}

impl Console {
    fn ask(&self) -> io::Result<String> {
        let mut line = String::new();
        self.input.read_line(&mut line)?;
        Ok(line)
    }
}

static LISTENER: OnceLock<TcpListener> = OnceLock::new();

fn listen() -> io::Result<()> {
    let l = TcpListener::bind("127.0.0.1:0")?;
    let _ = LISTENER.set(l);
    Ok(())
}
