// Rust twin of fixtures/resources/LockNotUnlockedOnEveryPath.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]
// J0001 has no Rust counterpart: Mutex::lock returns a guard whose Drop unlocks, so an early
// return or `?` cannot leave the mutex locked.
use std::io;
use std::sync::Mutex;

struct Counter { count: Mutex<u32> }
impl Counter {
    fn returns_early(&self, skip: bool) {
        let mut g = self.count.lock().unwrap();
        if skip {
            return;
        }
        *g += 1;
    }
    fn throws_between(&self) -> io::Result<()> {
        let g = self.count.lock().unwrap();
        write()?;
        drop(g);
        Ok(())
    }
    fn unlocked_in_finally(&self) -> io::Result<()> {
        let g = self.count.lock().unwrap();
        write()
    }
}

fn write() -> io::Result<()> { Ok(()) }
