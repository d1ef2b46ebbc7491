// Rust twin of fixtures/resources/FieldOverwrittenWhileOpen.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]
// J0001 has no Rust counterpart: assigning a field drops its old value, so the old file is
// closed before the new one takes its place.
use std::fs::File;
use std::io;

struct Log { out: File }
impl Log {
    fn new(path: &str) -> io::Result<Log> {
        Ok(Log { out: File::create(path)? })
    }
    fn rotate(&mut self, next: &str) -> io::Result<()> {
        self.out = File::create(next)?;
        Ok(())
    }
    fn replace(&mut self, next: &File) {
        self.out = *next; //~ E0507
    }
    fn close(self) {}
}
