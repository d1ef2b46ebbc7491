// Rust twin of fixtures/resources/FieldClosedOnSomePaths.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]
// J0001 has no Rust counterpart: returning early from a consuming `close` drops `self`, and the
// socket with it.
use std::io;
use std::net::TcpStream;

struct Client { socket: TcpStream, quiet: bool }
impl Client {
    fn new(host: &str) -> io::Result<Client> {
        Ok(Client { socket: TcpStream::connect((host, 80))?, quiet: false })
    }
    fn close(self) {
        if self.quiet {
            return;
        }
        drop(self.socket);
    }
}
