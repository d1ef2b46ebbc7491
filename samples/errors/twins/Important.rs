// Rust twin of samples/errors/Important.java (checked by bench/twins.sh).
#![allow(unused, dead_code)]

struct Text { s: String }
impl Text {
    fn new(s: &str) -> Text { Text { s: String::from(s) } }
    fn first_sentence(&self) -> &str { self.s.split('.').next().unwrap() }
}

struct Excerpt<'a> { part: &'a Text }
impl<'a> Excerpt<'a> {
    fn new(part: &'a Text) -> Excerpt<'a> { Excerpt { part } }
    fn show(&self) -> String { format!("excerpt: {}", self.part.first_sentence()) }
}

fn main() {
    let excerpt;
    {
        let novel = Text::new("Call me Ishmael. Some years ago...");
        excerpt = Excerpt::new(&novel); //~ E0597
    }
    println!("{}", excerpt.show());
}
