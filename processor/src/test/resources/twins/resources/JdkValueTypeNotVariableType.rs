// Rust twin of fixtures/resources/JdkValueTypeNotVariableType.java: rustc 1.95 must report exactly the codes marked below, in the order of the fixture
#![allow(unused, unused_mut, dead_code)]
// J0001 has no Rust counterpart: a value boxed as `dyn Any` or `dyn Read` is still the file or
// socket it was, dropped (and closed) at the end of its scope. Closing twice is a use after move.
use std::any::Any;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::net::TcpStream;

fn describe(addr: &str) -> io::Result<String> {
    let o: Box<dyn Any> = Box::new(TcpStream::connect(addr)?);
    Ok(format!("{:?}", o.type_id()))
}

fn closed_on_one_path(path: &str, quick: bool) -> io::Result<()> {
    let c: Box<dyn Read> = Box::new(File::open(path)?);
    if quick {
        return Ok(());
    }
    drop(c);
    Ok(())
}

fn counted(path: &str) -> io::Result<usize> {
    let lines = BufReader::new(File::open(path)?).lines();
    Ok(lines.count())
}

fn listed_only(dir: &str) -> io::Result<()> {
    let entries = std::fs::read_dir(dir)?;
    Ok(())
}

fn counted_temporary(path: &str) -> io::Result<usize> {
    Ok(BufReader::new(File::open(path)?).lines().count())
}

fn filtered_temporary(path: &str) -> io::Result<usize> {
    Ok(BufReader::new(File::open(path)?).lines().filter(|l| l.is_ok()).count())
}

fn filtered(path: &str) -> io::Result<usize> {
    let files = BufReader::new(File::open(path)?).lines().filter(|l| l.is_ok());
    Ok(files.count())
}

fn closed_twice(path: &str) -> io::Result<()> {
    let c: Box<dyn Read> = Box::new(File::open(path)?);
    drop(c);
    drop(c); //~ E0382
    Ok(())
}

fn closed(path: &str) -> io::Result<()> {
    let c: Box<dyn Read> = Box::new(File::open(path)?);
    drop(c);
    Ok(())
}

fn closed_through_a_cast(addr: &str) -> io::Result<()> {
    let o: Box<dyn Any> = Box::new(TcpStream::connect(addr)?);
    drop(o.downcast::<TcpStream>());
    Ok(())
}

fn returned(addr: &str) -> io::Result<Box<dyn Any>> {
    let o: Box<dyn Any> = Box::new(TcpStream::connect(addr)?);
    Ok(o)
}

fn handed_over(path: &str) -> io::Result<()> {
    let c: Box<dyn Read> = Box::new(File::open(path)?);
    keep(c);
    Ok(())
}

fn in_scope(path: &str) -> io::Result<usize> {
    let lines = BufReader::new(File::open(path)?).lines();
    Ok(lines.count())
}

fn closed_at_the_end(path: &str) -> io::Result<usize> {
    let lines = BufReader::new(File::open(path)?).lines();
    Ok(lines.count())
}

fn stream_returned(path: &str) -> io::Result<io::Lines<BufReader<File>>> {
    Ok(BufReader::new(File::open(path)?).lines())
}

fn filtered_returned(path: &str) -> io::Result<impl Iterator<Item = io::Result<String>>> {
    Ok(BufReader::new(File::open(path)?).lines().filter(|l| l.is_ok()))
}

fn filtered_in_scope(path: &str) -> io::Result<usize> {
    let files = BufReader::new(File::open(path)?).lines().filter(|l| l.is_ok());
    Ok(files.count())
}

fn in_memory() -> usize {
    let c: Box<dyn Read> = Box::new(Cursor::new(vec![1u8]));
    std::mem::size_of_val(&c)
}

fn keep(c: Box<dyn Read>) {
    drop(c);
}
