// Rust twin of fixtures/borrowing/CursorAfterClose.java (the sample samples/errors/CursorAfterClose.java; checked by bench/twins.sh).
#![allow(unused, dead_code)]

struct MappedBuffer { bytes: Vec<u8> }
impl MappedBuffer {
    fn map(path: &str) -> MappedBuffer { MappedBuffer { bytes: path.as_bytes().to_vec() } }
    fn size(&self) -> usize { self.bytes.len() }
    fn at(&self, i: usize) -> u8 { self.bytes[i] }
    fn close(self) { println!("unmapped"); }
}

struct Cursor<'a> { buf: &'a MappedBuffer, pos: usize }
impl<'a> Cursor<'a> {
    fn new(buf: &'a MappedBuffer) -> Cursor<'a> { Cursor { buf, pos: 0 } }
    fn has_next(&self) -> bool { self.pos < self.buf.size() }
    fn next(&mut self) -> u8 { self.pos += 1; self.buf.at(self.pos - 1) }
}

fn main() {
    let buf = MappedBuffer::map("records.bin");
    let mut cursor = Cursor::new(&buf);
    println!("first byte: {}", cursor.next());
    buf.close(); //~ E0505
    while cursor.has_next() {
        println!("{}", cursor.next());
    }
}
